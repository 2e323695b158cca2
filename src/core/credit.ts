/**
 * The first part of the credit line: the programme, "219-CTr/TU, Tỉnh ủy Lào Cai". When the
 * source the feed names is the document itself ("Chương trình số 219-CTr/TU ngày 22/5/2023 của
 * Tỉnh ủy Lào Cai"), the source already says it, and a newsroom credit names it once.
 */
import type { ProgrammeModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';

export function creditProgramme({ programme }: Pick<ProgrammeModel, 'programme'>, lang: Lang): string {
  const source = localText(programme.source?.title, lang);
  if (source.normalize('NFC').includes(programme.symbol.normalize('NFC'))) return '';
  const issuer = localText(programme.issuer, lang);
  return `${programme.symbol}${issuer ? `, ${issuer}` : ''}`;
}
