/**
 * Bytes of a feed → text. UTF-8 (with or without a byte-order mark), and UTF-16 or UTF-32 when a
 * byte-order mark says so (Windows editors save "Unicode" as UTF-16 with one); shared by the
 * widgets' loader and the CLI so both read the same bytes the same way.
 */

export function decodeFeed(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return utf32(bytes.subarray(4), true);
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return utf32(bytes.subarray(4), false);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 byte-order mark
}

/** TextDecoder has no UTF-32; a code point that is none becomes U+FFFD, as a decoder would make it. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const points: number[] = [];
  for (let i = 0; i + 3 < bytes.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (points.length === 8192) parts.push(String.fromCodePoint(...points.splice(0)));
  }
  if (bytes.byteLength % 4) points.push(0xfffd);
  return parts.join('') + String.fromCodePoint(...points);
}
