/**
 * A document named the way Vietnamese writing names it: "Chương trình số 219-CTr/TU", "Kế hoạch số
 * 12-KH/UBND". The kind is read off the symbol's abbreviation (the official list of document kinds,
 * Nghị định 30/2020/NĐ-CP, appendix III); a symbol of another shape is named as a document.
 */
import type { Lang } from './lang.js';

const KINDS: Record<string, Record<Lang, string>> = {
  CTr: { vi: 'Chương trình', en: 'Programme' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  ĐA: { vi: 'Đề án', en: 'Scheme' },
};

/** "219-CTr/TU" → "Chương trình số 219-CTr/TU" / "Programme No. 219-CTr/TU"; "văn bản 219/X" otherwise. */
export function documentName(symbol: string, lang: Lang): string {
  // The kind sits between the number and the issuer: "219-CTr/TU", "12/KH-UBND".
  const kind = KINDS[/^\d+[-/]([^-/\s]+)[-/]/.exec(symbol.normalize('NFC'))?.[1] ?? ''];
  if (kind) return lang === 'vi' ? `${kind.vi} số ${symbol}` : `${kind.en} No. ${symbol}`;
  return lang === 'vi' ? `văn bản ${symbol}` : symbol;
}
