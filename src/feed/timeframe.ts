/**
 * Reads a Vietnamese plan's timeframe column ("Thời gian / lộ trình thực hiện") into structure.
 * Shared by the widgets and the CLI. (Parser body: in progress — see tests/feed/timeframe.test.ts.)
 */
import type { CalendarDate, Precision, Recurrence, TimeframeKind } from './schema.js';

export interface Timeframe {
  /** The text exactly as the document has it. */
  raw: string;
  kind: TimeframeKind;
  start?: CalendarDate;
  end?: CalendarDate;
  /** Runs on with no end the text names ("Từ Quý III/2023", "Thường xuyên"). */
  openEnd: boolean;
  recurrence?: Recurrence;
  precision?: Precision;
  /** For `compound`: each part on its own ("Hoàn thành trước ngày 30/9/2026 và duy trì liên tục"). */
  parts?: Timeframe[];
}

export function parseTimeframe(raw: string): Timeframe {
  return { raw, kind: 'unparsed', openEnd: false };
}
