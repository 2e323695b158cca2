/**
 * Files, URLs and standard streams for the CLI. Every failure becomes a CliError: one line that
 * says what went wrong and where, and exit code 2.
 */
import { readFile, writeFile, mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import { DEFAULT_MAX_BYTES } from '../feed/limits.js';
import { decodeFeed } from '../feed/decode.js';
import { FeedError } from '../feed/issues.js';
import { GUIDE } from './guide.js';

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

/**
 * Reads a file, a URL or standard input ("-") as text. A feed over the widgets' size cap is
 * refused here as the widgets refuse it, whichever way it comes (a FeedError, `too-large`), so
 * `tiendo validate` never passes a file the widgets would not show; `maxBytes: Infinity` for
 * tables being imported.
 */
export async function readSource(source: string, options: { timeout?: number; maxBytes?: number } = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const tooLarge = () => new FeedError('too-large', [{ severity: 'error', code: 'too-large', path: [], params: { limit: maxBytes } }], isUrl(source) ? source : undefined);
  if (isUrl(source)) return fetchSource(source, options.timeout ?? DEFAULT_TIMEOUT, maxBytes, tooLarge);
  let bytes: Buffer;
  try {
    if (source !== '-' && (await stat(source)).size > maxBytes) throw tooLarge();
    bytes = source === '-' ? await readStdin(maxBytes, tooLarge) : await readFile(source);
  } catch (e) {
    if (e instanceof FeedError) throw e;
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
  if (kind) throw new CliError(`${name} is ${kind}, not text: copy the table out of it as text first (see ${GUIDE}cli.md#tiendo-import)`);
  // A byte-order mark says UTF-16 or UTF-32: decoded as the widgets decode it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return decodeFeed(bytes);
  }
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

async function readStdin(maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function fetchSource(url: string, timeout: number, maxBytes: number, tooLarge: () => Error): Promise<Source> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.1' } });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new CliError(`no answer within ${timeout / 1000} s: ${url}`);
    throw new CliError(`could not fetch ${url}: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
  }
  if (!response.ok) throw new CliError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`);
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > maxBytes) throw tooLarge();
  return { text: decode(body, url), name: url, url: response.url || url };
}

/** Writes to a file (creating its folder) or, without one, to standard output. */
export async function writeOutput(path: string | undefined, text: string | Uint8Array): Promise<void> {
  if (!path || path === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    return;
  }
  // `a/missing/../../x.html` is `x.html`: resolved first, so no folder is made on the way to it.
  const target = resolve(path);
  const made: string[] = [];
  try {
    made.push(...(await makeFolder(dirname(target))));
    await writeFile(target, text);
  } catch (e) {
    // Nothing left behind: the folders made for a file that could not be written go again.
    for (const dir of made.reverse()) await rmdir(dir).catch(() => {});
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOTDIR' ? 'a file stands where a folder should be' : (e as Error).message;
    throw new CliError(`cannot write ${path}: ${reason}`);
  }
}

/**
 * The folder of an output file, created one level at a time. (`mkdir(…, { recursive: true })`
 * never returns for some paths, such as under /proc on Linux.)
 */
async function makeFolder(folder: string): Promise<string[]> {
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
  const made: string[] = [];
  try {
    for (const dir of missing) made.push((await mkdir(dir), dir));
  } catch (e) {
    for (const dir of made.reverse()) await rmdir(dir).catch(() => {});
    throw e;
  }
  return missing;
}
