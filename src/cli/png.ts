/**
 * `tiendo render … --format png`: the SVG image (image.ts) photographed by a local Chrome or
 * Chromium at a chosen scale, so a graphics desk or a social site that takes no SVG gets the same
 * picture. The social card (`--preset social`) is 1200×630: the programme's name and the source
 * on top of the picture's first rows, as link previews crop to that shape anyway.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProgrammeModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { IMAGE_FONT, textBlock, wrapText, xml } from '../core/image-text.js';
import { themeColours } from '../core/theme.js';
import { findBrowser } from './browser.js';
import { CliError, writeOutput } from './io.js';
import { creditText, type Picture } from './image.js';
import { documentName } from '../derive/document.js';

export const SOCIAL = { width: 1200, height: 630 } as const;

/**
 * The picture framed as a 1200×630 card, laid out like a newsroom's chart: a kicker naming the
 * document ("Chương trình số 219-CTr/TU · Tỉnh ủy Lào Cai"), the widget's title as the headline,
 * the programme's subject as the dek, then the picture's top, fading out above the credit rather
 * than cut through a line of text.
 */
export function socialCard(picture: Picture, model: ProgrammeModel, lang: Lang, headline: string): Picture {
  const { width, height } = SOCIAL;
  const light = !/fill="#0d1117"/.test(picture.svg);
  const c = themeColours(light ? 'light' : 'dark');
  const issuer = localText(model.programme.issuer, lang);
  const kicker = wrapText(`${documentName(model.programme.symbol, lang)}${issuer ? ` · ${issuer}` : ''}`, width - 80, 18, true, 1);
  const title = wrapText(headline, width - 80, 34, true, 2);
  const dek = wrapText(localText(model.programme.title, lang), width - 80, 20, false, 2);
  const credit = wrapText(creditText(model, lang), width - 80, 18, false, 2);
  const top = 36 + 26 + title.length * 44 + dek.length * 26 + 14;
  const foot = height - 24 - credit.length * 24;
  // The picture keeps its own scale (never shrunk to illegible, never blown up and cropped at
  // the sides) and a tall one is cut at the card's foot.
  const room = foot - top - 8;
  const fit = picture.height * (width / picture.width) <= room ? 'meet' : 'slice';
  const inner = picture.svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/, `<svg x="0" y="${top}" width="${width}" height="${room}" preserveAspectRatio="xMidYMin ${fit}"`);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(IMAGE_FONT)}">
<defs><linearGradient id="tiendo-fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.background}" stop-opacity="0"/><stop offset="1" stop-color="${c.background}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="${c.background}"/>
${textBlock(kicker, 40, 36 + 18, 26, `font-size="18" font-weight="700" fill="${c.accent}"`)}
${textBlock(title, 40, 36 + 26 + 34, 44, `font-size="34" font-weight="700" fill="${c.text}"`)}
${textBlock(dek, 40, 36 + 26 + title.length * 44 + 20, 26, `font-size="20" fill="${c.muted}"`)}
${inner}
<rect y="${foot - 8 - FADE}" width="${width}" height="${FADE}" fill="url(#tiendo-fade)"/>
<rect y="${foot - 8}" width="${width}" height="${height - foot + 8}" fill="${c.surface}"/>
${textBlock(credit, 40, foot + 18, 24, `font-size="18" fill="${c.muted}"`)}
</svg>
`;
  return { svg, width, height };
}

/** How far above the credit the picture fades out, px. */
const FADE = 72;

/** Writes the picture as a PNG of width×scale by height×scale device pixels. */
export async function writePng(out: string | undefined, picture: Picture, scale: number): Promise<void> {
  if (!out || out === '-') throw new CliError('a PNG needs --out <file.png>');
  const browser = findBrowser();
  if (!browser) throw new CliError('a PNG needs Chrome or Chromium (install one, or set CHROME_PATH); --format svg needs neither');
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-png-'));
  try {
    const page = join(dir, 'image.svg');
    const shot = join(dir, 'image.png');
    await writeFile(page, picture.svg);
    await run(browser, [
      '--headless', '--disable-gpu', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-extensions', '--hide-scrollbars', `--user-data-dir=${join(dir, 'profile')}`,
      `--window-size=${picture.width},${picture.height}`, `--force-device-scale-factor=${scale}`, `--screenshot=${shot}`,
      pathToFileURL(page).href,
    ]);
    await writeOutput(out, await readFile(shot));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`could not draw the PNG with ${browser} (${(e as Error).message})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeout = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', (code) => (clearTimeout(timer), code === 0 ? resolve() : reject(new Error(`the browser exited with code ${code}`))));
  });
}
