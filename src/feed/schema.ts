/**
 * The programme feed, version 1: one JSON document per programme.
 *
 * Defined once, in `zod/mini` (5 KB instead of 23 KB gzipped in the browser); the types below are
 * inferred from it and `scripts/build-schema.mjs` publishes it as JSON Schema. Field by field
 * documentation: docs/feed.md.
 *
 * `z.object` keeps only the keys it names, so unknown keys — and `__proto__` or `constructor`
 * from a hostile feed — never reach an object the widgets read.
 */
import * as z from 'zod/mini';
import { FEED_YEARS, type CalendarDate as DateString } from './calendar.js';
import { DATE_PATTERN, isFeedYearDate, isRealDate, isWholeYear, namesALanguage } from './rules.js';

export { DATE_PATTERN };

const nonEmpty = () => z.string().check(z.minLength(1));

/** A BCP 47-ish language tag used as a key of a language map ("vi", "en", "zh-Hant"). */
const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** Text as a plain string, or a map of languages: `{"vi": "…", "en": "…"}`. */
export const Text = z.union([
  nonEmpty(),
  z.record(languageTag, z.string()).check(z.refine(namesALanguage, 'empty language map')),
]);

/**
 * A calendar date, `YYYY-MM-DD`: never an instant, so 30/9 is 30/9 in every time zone.
 * (A regex and our own calendar check rather than `z.iso.date()`, which costs 1 KB more gzipped
 * in every widget.)
 */
export const CalendarDate = z.string().check(
  z.regex(DATE_PATTERN),
  z.refine(isRealDate, { params: { format: 'date' } }),
  z.refine(isFeedYearDate, { params: { format: 'feed-year' } }),
);

const year = z.number().check(
  z.gte(FEED_YEARS.min),
  z.lte(FEED_YEARS.max),
  z.refine(isWholeYear, { params: { format: 'year' } }),
);

/** An identifier the rest of the feed refers to. */
export const Id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/));

/** A link: http(s) or relative (resolved against the feed URL); anything else is dropped by the checks. */
export const Link = z.object({ url: nonEmpty(), title: z.optional(Text) });

export const Programme = z.object({
  /** The document's symbol as printed, e.g. "219-CTr/TU". */
  symbol: nonEmpty(),
  title: Text,
  issuer: Text,
  /** The date the document was issued. */
  issued: CalendarDate,
  /** The resolution or plan the programme implements. */
  implements: z.optional(z.object({ symbol: nonEmpty(), title: z.optional(Text), issued: z.optional(CalendarDate) })),
  /** First day of work, when it differs from `issued`. */
  start: z.optional(CalendarDate),
  /** Target year of the programme ("đến năm 2030"). */
  horizon: z.optional(year),
  /** Vision year ("tầm nhìn đến năm 2045"). */
  vision: z.optional(year),
  place: z.optional(Text),
  source: z.optional(z.object({ url: z.optional(nonEmpty()), title: z.optional(Text) })),
});

export const AgencyKind = z.enum(['single', 'group']);

export const Agency = z.object({
  id: Id,
  /** The name as printed in the document, on the document date. */
  name: Text,
  short: z.optional(Text),
  kind: z._default(AgencyKind, 'single'),
  /** Who took over after a reorganisation. Shown as a note, never substituted for `name`. */
  successor: z.optional(z.object({ name: Text, since: z.optional(CalendarDate), note: z.optional(Text) })),
});

export const Section = z.object({
  id: Id,
  /** The number as printed ("I", "II", …). */
  number: z.optional(z.string()),
  title: Text,
});

export const TimeframeKind = z.enum(['deadline', 'window', 'from', 'recurring', 'ongoing', 'relative', 'unparsed', 'compound']);
export const Recurrence = z.enum(['yearly', 'semiannual', 'quarterly', 'monthly', 'weekly', 'continuous']);
export const Precision = z.enum(['day', 'month', 'quarter', 'half', 'year']);

/** A timeframe the feed has already structured; `text` keeps what the document says. */
export const StructuredTimeframe = z.object({
  text: nonEmpty(),
  kind: TimeframeKind,
  start: z.optional(CalendarDate),
  end: z.optional(CalendarDate),
  openEnd: z.optional(z.boolean()),
  recurrence: z.optional(Recurrence),
  precision: z.optional(Precision),
});

/** The document's words ("Xong trong Quý III/2023"), or a structured object that keeps them. */
export const TimeframeInput = z.union([z.string(), StructuredTimeframe]);

export const ReportedStatus = z.enum(['planned', 'in-progress', 'done', 'delayed', 'cancelled']);

const progress = z.number().check(z.gte(0), z.lte(100));

export const Update = z.object({
  date: CalendarDate,
  text: Text,
  status: z.optional(ReportedStatus),
  progress: z.optional(progress),
  links: z.optional(z.array(Link)),
});

export const Milestone = z.object({
  date: CalendarDate,
  title: Text,
  done: z.optional(z.boolean()),
});

export const Task = z.object({
  id: Id,
  /** The number as printed ("1", "2a"). */
  number: z.optional(z.string()),
  section: Id,
  title: Text,
  /** One or more lead agencies (chủ trì); several leads make each a co-lead. */
  lead: z.array(Id).check(z.minLength(1)),
  /** Coordinating agencies (phối hợp). */
  coordinating: z._default(z.array(Id), []),
  timeframe: TimeframeInput,
  status: z.optional(ReportedStatus),
  progress: z.optional(progress),
  updates: z.optional(z.array(Update)),
  milestones: z.optional(z.array(Milestone)),
  links: z.optional(z.array(Link)),
});

export const Unit = z.enum(['percent', 'ratio', 'count', 'rank', 'currency', 'other']);
export const Comparator = z.enum(['gt', 'gte', 'eq', 'approx', 'lte', 'lt', 'range']);
export const Direction = z.enum(['higher', 'lower']);

export const TargetMilestone = z.object({
  /** The year the value is due ("đến năm 2030"): it means the end of that year. */
  year: z.optional(year),
  /** Or an exact date. */
  date: z.optional(CalendarDate),
  value: z.number(),
  /** Upper bound when the comparator is `range` ("10–12%"). */
  max: z.optional(z.number()),
  /** Overrides the target's comparator for this milestone. */
  comparator: z.optional(Comparator),
  /** The document's own words for this milestone. */
  text: z.optional(Text),
});

export const Actual = z.object({
  date: CalendarDate,
  value: z.number(),
  source: z.optional(Text),
  url: z.optional(nonEmpty()),
});

export const Target = z.object({
  id: Id,
  title: Text,
  kind: z._default(z.enum(['quantitative', 'qualitative']), 'quantitative'),
  section: z.optional(nonEmpty()),
  unit: z.optional(Unit),
  /** How the unit is written when `unit` is `other` or `currency` ("tỷ đồng", "doanh nghiệp"). */
  unitLabel: z.optional(Text),
  direction: z._default(Direction, 'higher'),
  comparator: z._default(Comparator, 'gte'),
  baseline: z.optional(z.object({ value: z.number(), date: z.optional(CalendarDate), year: z.optional(year), source: z.optional(Text) })),
  milestones: z._default(z.array(TargetMilestone), []),
  actuals: z._default(z.array(Actual), []),
  /** For qualitative targets: an assessment in words, if the feed gives one. */
  status: z.optional(z.enum(['achieved', 'on-track', 'behind', 'not-achieved', 'unknown'])),
  note: z.optional(Text),
});

export const Meta = z.object({
  schemaVersion: z.literal(1),
  /** The date the data describes ("số liệu đến ngày"). */
  asOf: z.optional(CalendarDate),
  publisher: z.optional(Text),
  /** Made-up demo data: the widgets label it visibly. */
  illustrative: z._default(z.boolean(), false),
  note: z.optional(Text),
  license: z.optional(z.string()),
});

const feedFields = {
  $schema: z.optional(z.string()),
  meta: Meta,
  programme: Programme,
  agencies: z.array(Agency),
  sections: z.array(Section),
  tasks: z.array(Task),
  targets: z._default(z.array(Target), []),
};

/** The whole feed, as published in `feed.schema.json`. */
export const Feed = z.object(feedFields);

/**
 * The feed's frame with its lists unchecked, so that each agency, section, task and target is
 * validated on its own: a bad item is reported and skipped, the rest renders.
 */
export const FeedFrame = z.object({
  ...feedFields,
  agencies: z.array(z.unknown()),
  sections: z.array(z.unknown()),
  tasks: z.array(z.unknown()),
  targets: z._default(z.array(z.unknown()), []),
});

export type Text = z.infer<typeof Text>;
/** The type of a checked date; calendar.ts defines it (the value of the same name is its schema). */
export type CalendarDate = DateString;
export type Link = z.infer<typeof Link>;
export type Programme = z.infer<typeof Programme>;
export type AgencyKind = z.infer<typeof AgencyKind>;
export type Agency = z.infer<typeof Agency>;
export type Section = z.infer<typeof Section>;
export type TimeframeKind = z.infer<typeof TimeframeKind>;
export type Recurrence = z.infer<typeof Recurrence>;
export type Precision = z.infer<typeof Precision>;
export type StructuredTimeframe = z.infer<typeof StructuredTimeframe>;
export type TimeframeInput = z.infer<typeof TimeframeInput>;
export type ReportedStatus = z.infer<typeof ReportedStatus>;
export type Update = z.infer<typeof Update>;
export type Milestone = z.infer<typeof Milestone>;
export type Task = z.infer<typeof Task>;
export type Unit = z.infer<typeof Unit>;
export type Comparator = z.infer<typeof Comparator>;
export type Direction = z.infer<typeof Direction>;
export type TargetMilestone = z.infer<typeof TargetMilestone>;
export type Actual = z.infer<typeof Actual>;
export type Target = z.infer<typeof Target>;
export type Meta = z.infer<typeof Meta>;
export type Feed = z.infer<typeof Feed>;
/** A feed whose lists are not read yet (parse.ts reads each item on its own). */
export type FeedFrame = z.infer<typeof FeedFrame>;
