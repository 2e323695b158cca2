/**
 * Files, URLs and standard streams for the CLI. Every failure becomes a CliError: one line that
 * says what went wrong and where, and exit code 2.
 */
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from '../feed/load.js';

/** A failure of the command line itself (usage, I/O), as opposed to an invalid feed. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Source {
  text: string;
  /** What to call it in messages: the path or URL as given. */
  name: string;
  /** The URL it came from (after redirects), for resolving relative links. */
  url?: string;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Reads a file, a URL or standard input ("-") as text. */
export async function readSource(source: string, options: { timeout?: number } = {}): Promise<Source> {
  if (isUrl(source)) return fetchSource(source, options.timeout ?? DEFAULT_TIMEOUT);
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (e) {
    throw new CliError(fileProblem(e, source));
  }
  return { text: decode(bytes, source), name: source === '-' ? '(stdin)' : source };
}

function fileProblem(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `file not found: ${path}`;
  if (code === 'EISDIR') return `is a directory, not a file: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  return `cannot read ${path}: ${(e as Error)?.message ?? e}`;
}

/**
 * UTF-8, or UTF-16 with a byte-order mark (Excel's "Unicode Text"). Anything else is most likely
 * a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI), which cannot be guessed reliably.
 */
export function decode(bytes: Uint8Array, name: string): string {
  const kind = binaryKind(bytes);
  if (kind) throw new CliError(`${name} is ${kind}, not text: copy the table out of it as text first (see docs/cli.md, "tiendo import")`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`not UTF-8 text: ${name} (save it as UTF-8, e.g. Excel's "CSV UTF-8" or Word's "Plain Text, Unicode (UTF-8)")`);
  }
}

/** Documents people pass by mistake instead of the table inside them. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.toString('latin1', 0, 5) === '%PDF-') return 'a PDF file';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'a Word, Excel or other zipped file (.docx, .xlsx, .zip)';
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) return 'an old Word or Excel file (.doc, .xls)';
  return undefined;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function fetchSource(url: string, timeout: number): Promise<Source> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.1' } });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new CliError(`no answer within ${timeout / 1000} s: ${url}`);
    throw new CliError(`could not fetch ${url}: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
  }
  if (!response.ok) throw new CliError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`);
  if (Number(response.headers.get('content-length')) > DEFAULT_MAX_BYTES) throw new CliError(`larger than ${DEFAULT_MAX_BYTES / 1048576} MB: ${url}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > DEFAULT_MAX_BYTES) throw new CliError(`larger than ${DEFAULT_MAX_BYTES / 1048576} MB: ${url}`);
  return { text: decode(body, url), name: url, url: response.url || url };
}

/** Writes to a file (creating its folder) or, without one, to standard output. */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
  if (!path || path === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    return;
  }
  try {
    await makeFolder(dirname(path));
    await writeFile(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOTDIR' ? 'a file stands where a folder should be' : (e as Error).message;
    throw new CliError(`cannot write ${path}: ${reason}`);
  }
}

/**
 * The folder of an output file, created one level at a time. (`mkdir(…, { recursive: true })`
 * never returns for some paths, such as under /proc on Linux.)
 */
async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let dir = folder; ; dir = dirname(dir)) {
    const found = await stat(dir).then((s) => s, () => null);
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) await mkdir(dir);
}
