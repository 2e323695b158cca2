/**
 * The height messages an iframe page sends its parent, in the two formats host pages already
 * understand:
 *
 * - pym.js (NPR): the string `pymxPYMx{childId}xPYMxheightxPYMx{pixels}`
 *   (https://github.com/nprapps/pym.js/blob/master/src/pym.js, `_makeMessage`);
 * - AMP `<amp-iframe resizable>`: `{ sentinel: 'amp', type: 'embed-size', height }`
 *   (https://amp.dev/documentation/components/amp-iframe#iframe-resizing).
 *
 * `tiendo-embed.js` reads either. Height is not a secret, so the frame posts to any parent
 * (`'*'`); it is the parent that must check who is talking (see host.ts).
 */

const PYM = 'xPYMx';

/** A frame taller than this is a bug or an attack, not a widget. */
export const MAX_HEIGHT = 20000;

/** The messages that report `height` for a pym.js parent that gave the frame `childId`. */
export function heightMessages(height: number, childId: string): [pym: string, amp: { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  return [`pym${PYM}${childId}${PYM}height${PYM}${height}`, { sentinel: 'amp', type: 'embed-size', height }];
}

/**
 * The height a message reports, in whole pixels, or undefined when it is not a height message or
 * the height is not a number, not positive, or absurd (> 20000). A frame never hides itself, so 0
 * is ignored too.
 */
export function readHeight(data: unknown): number | undefined {
  let raw: unknown;
  if (typeof data === 'string') {
    const parts = data.split(PYM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return undefined;
    raw = parts[3];
  } else if (data && typeof data === 'object') {
    const message = data as { sentinel?: unknown; type?: unknown; height?: unknown };
    if (message.sentinel !== 'amp' || message.type !== 'embed-size') return undefined;
    raw = message.height;
  } else return undefined;
  // Only plain decimal numbers: not '', '0x10', '1e9', ' 12' or true, which Number() would accept.
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !/^\d{1,6}(\.\d+)?$/.test(text)) return undefined;
  const height = Math.ceil(Number(text));
  return height > 0 && height <= MAX_HEIGHT ? height : undefined;
}

/** Whether a message is a pym.js parent telling the frame its width (the child answers with its height). */
export function isPymWidth(data: unknown): boolean {
  return typeof data === 'string' && data.startsWith(`pym${PYM}`) && data.split(PYM)[2] === 'width';
}
