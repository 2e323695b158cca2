/** Numbers as people type them into a report table or a form (Vietnamese or English decimal marks). */

/**
 * A number as offices type it: "1,5" and "1.5" are one and a half; "1.234,5" and "1,234.5" are
 * both 1234.5. "1.000" alone could be a thousand or one: undefined (ambiguous), never a guess.
 */
export function readNumber(cell: string): number | undefined {
  let s = cell.trim().replace(/[\s\u00A0\u202F]/g, '').replace(/%$/, '');
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const [thousands, decimal] = dot > comma ? [',', '.'] : ['.', ','];
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (comma >= 0 || dot >= 0) {
    const mark = comma >= 0 ? ',' : '.';
    const groups = s.split(mark);
    // One mark followed by exactly three digits is how both languages write thousands.
    if (groups.length === 2 && groups[1]!.length === 3) return undefined;
    if (groups.length > 2) {
      if (groups.slice(1).every((g) => g.length === 3)) s = groups.join('');
      else return undefined;
    } else s = groups.join('.');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

