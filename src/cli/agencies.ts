/**
 * Agency cells → agencies, the way Vietnamese documents write them (notes/vn-timeframes.md, 2.4).
 *
 * ";" separates bodies. A comma mostly does not: "các huyện ủy, thị ủy, thành ủy" is one group
 * and "Các ban đảng, đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy" one phrase sharing its
 * qualifier. A comma or "và" separates only when the next words start another body by its head
 * noun ("Bộ Công an, Bộ Quốc phòng"; "Đảng đoàn … và các tổ chức chính trị xã hội …"), and never
 * inside a phrase that began with "các".
 */
import { nameKey, normalizeText } from '../feed/name-key.js';
import type { AgencyKind } from '../feed/schema.js';

export interface AgencyPart {
  /** The name as printed, final full stop dropped. */
  name: string;
  kind: AgencyKind;
  /** Why the split or the kind is a guess, if it is one. */
  guess?: AgencyGuess;
  /** The cell text the guess is about. */
  context?: string;
}

export type AgencyGuess = 'group-guessed' | 'comma-in-name' | 'split-no-separator' | 'split-at-and';

/** Words that start the name of a body. Compared on tone-free keys, so "Uỷ ban" = "Ủy ban". */
const HEAD_NOUNS = [
  'Bộ', 'Sở', 'Ban', 'Ủy ban', 'UBND', 'HĐND', 'Hội đồng', 'Đảng đoàn', 'Đảng ủy', 'Đảng bộ', 'Văn phòng', 'Công an', 'Viện',
  'Trường', 'Đài', 'Báo', 'Hội', 'Hiệp hội', 'Ngân hàng', 'Bảo hiểm', 'Thanh tra', 'Tòa án', 'Cục', 'Chi cục', 'Tổng cục', 'Tỉnh ủy',
  'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Tỉnh đoàn', 'Đoàn', 'Liên đoàn', 'Liên minh', 'Mặt trận', 'MTTQ', 'Kho bạc', 'Trung tâm', 'Bộ Chỉ huy',
  'Bộ đội', 'Cảnh sát', 'Quân khu', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Ban cán sự', 'Ban Chỉ đạo',
  'Phòng', 'Bệnh viện', 'Chi nhánh', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
].map((w) => nameKey(w));

/** Group phrases that need no "các" to be a group (keys). */
const GROUP_PHRASES = ['bộ ngành', 'bộ ngành địa phương', 'sở ban ngành', 'sở ngành', 'địa phương', 'các địa phương'].map((w) => nameKey(w));

/** Whether `text` starts with a capitalised head noun, followed by a word boundary. */
function startsBody(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const key = nameKey(text.split(' ').slice(0, 3).join(' '));
  return HEAD_NOUNS.some((h) => key === h || key.startsWith(`${h} `));
}

const startsGroup = (text: string) => /^(?:các|những) /i.test(text);

/**
 * "UBND các huyện, thị xã", "Đảng ủy các xã, phường": a body of every unit of a level is a group;
 * "Ban Quản lý các khu công nghiệp" is one body.
 */
const MEMBERS_OF_EXCEPT = /(?:khối|liên hiệp|liên minh|liên đoàn|hiệp hội|quản lý|đại diện) (?:các|những) /iu;
const MEMBERS_OF = / (?:các|những) (?:huyện|xã|phường|thị trấn|thị xã|thành phố|tỉnh|quận|sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|trường|hội|đoàn thể)(?=[\s,;.]|$)/iu;

/** One cell → its agencies, in document order. */
export function splitAgencies(cell: string): AgencyPart[] {
  return normalizeText(cell)
    .split(';')
    .flatMap(splitSegment)
    .map((piece): Piece => (typeof piece === 'string' ? tidy(piece) : [tidy(piece[0]), piece[1], piece[2]]))
    .filter((piece) => (typeof piece === 'string' ? piece : piece[0]) !== '')
    .flatMap(splitRepeatedHead)
    .map(classify);
}

const tidy = (name: string) => name.replace(/^[-–•+*]\s*/, '').replace(/[\s.,;:]+$/, '').trim();

/**
 * Splits one ";"-segment at ", " or " và " where another body starts. A split at "và" is noted
 * as a guess ("Đảng đoàn … và các tổ chức chính trị xã hội …" could be read as one body), and
 * never made inside "Văn phòng HĐND và UBND huyện", one office serving two bodies.
 */
function splitSegment(segment: string): Piece[] {
  const text = segment.trim();
  if (startsGroup(text)) return [text];
  const parts: Array<[string, boolean]> = [];
  let start = 0;
  let and = false;
  for (const m of text.matchAll(/, | và /g)) {
    const next = text.slice(m.index + m[0].length);
    if (!startsBody(next) && !startsGroup(next)) continue;
    const current = text.slice(start, m.index);
    if (m[0] === ' và ' && /^Văn phòng /i.test(current)) continue;
    parts.push([current, and]);
    and = m[0] === ' và ';
    if (and) parts[parts.length - 1]![1] = true;
    start = m.index + m[0].length;
    if (startsGroup(next)) break; // the rest is one group phrase
  }
  parts.push([text.slice(start), and]);
  return parts.map(([part, byAnd]) => (byAnd ? [part, 'split-at-and', tidy(text)] : part));
}

/** A name, or a name with the guess that made it and the text the guess was made on. */
type Piece = string | [string, AgencyGuess, string];

/** "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ": two ministries with no separator. */
function splitRepeatedHead(piece: Piece): Piece[] {
  if (typeof piece !== 'string') return [piece];
  const name = piece;
  const head = /^(Bộ|Sở) /.exec(name)?.[1];
  if (!head) return [name];
  const at = name.indexOf(` ${head} `, head.length);
  if (at < 0) return [name];
  return [
    [name.slice(0, at), 'split-no-separator', name],
    [name.slice(at + 1), 'split-no-separator', name],
  ];
}

function classify(item: Piece): AgencyPart {
  const [name, split, context] = typeof item === 'string' ? [item, undefined, undefined] : item;
  const key = nameKey(name);
  const membersOf = MEMBERS_OF.test(name) && !MEMBERS_OF_EXCEPT.test(name); // "Đảng ủy Khối các cơ quan tỉnh" is one body
  if (startsGroup(name) || membersOf || GROUP_PHRASES.includes(key)) return { name, kind: 'group', ...(split && { guess: split, context }) };
  if (name.includes(',')) {
    // "Bộ, ngành, địa phương" (a list of kinds of body) is a group; "Bộ Khoa học, Công nghệ" a name.
    const first = name.split(',')[0]!.trim().split(' ');
    return first.length <= 2 ? { name, kind: 'group', guess: 'group-guessed' } : { name, kind: 'single', guess: 'comma-in-name' };
  }
  return { name, kind: 'single', ...(split && { guess: split, context }) };
}

/** Abbreviations written both ways in one document; expanded only for matching. */
const ABBREVIATIONS: Array<[string, string]> = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCS', 'Ban cán sự'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['TW', 'Trung ương'],
  ['TƯ', 'Trung ương'],
  ['VN', 'Việt Nam'],
  ['CT-XH', 'chính trị xã hội'],
  ['CTXH', 'chính trị xã hội'],
];
const EXPANSIONS = ABBREVIATIONS.map(([short, long]) => [` ${nameKey(short)} `, ` ${nameKey(long)} `] as const);

/** The key two printings of one body share, abbreviations expanded and a leading "các" dropped. */
export function looseKey(name: string): string {
  let key = ` ${nameKey(name.replace(/&amp;/g, '&'))} `;
  for (const [short, long] of EXPANSIONS) while (key.includes(short)) key = key.replace(short, long);
  return key.trim().replace(/^(?:cac|nhưng) /, '');
}
