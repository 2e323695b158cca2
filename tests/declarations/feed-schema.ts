// The feed's schemas and types as the package declares them (dist/types, written by
// scripts/build-types.mjs, which names a schema inside another as `typeof Update` instead of
// spelling its zod type out again) are the very types of the source (src/feed/schema.ts).
// Compiled only, by tests/cli/declarations.test.mjs: a difference is a type error naming it.
import type * as z from 'zod/mini';
import type * as Shipped from '../../dist/types/feed/index.js';
import type * as Source from '../../src/feed/schema.js';

/** Whether A and B are one type (not merely assignable both ways: `any` matches nothing but itself). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Values = typeof Source;
type ShippedValues = typeof Shipped;
/** Every schema (and constant) of the source whose shipped declaration is another type, by name. */
type DifferentSchemas = { [K in keyof Values]: K extends keyof ShippedValues ? (Same<Values[K], ShippedValues[K]> extends true ? never : K) : K }[keyof Values];

/** The data types, each also what its shipped schema parses to. */
type Types = {
  Text: [Source.Text, Shipped.Text, z.infer<typeof Shipped.Text>];
  CalendarDate: [Source.CalendarDate, Shipped.CalendarDate, z.infer<typeof Shipped.CalendarDate>];
  Link: [Source.Link, Shipped.Link, z.infer<typeof Shipped.Link>];
  Programme: [Source.Programme, Shipped.Programme, z.infer<typeof Shipped.Programme>];
  AgencyKind: [Source.AgencyKind, Shipped.AgencyKind, z.infer<typeof Shipped.AgencyKind>];
  Agency: [Source.Agency, Shipped.Agency, z.infer<typeof Shipped.Agency>];
  Section: [Source.Section, Shipped.Section, z.infer<typeof Shipped.Section>];
  TimeframeKind: [Source.TimeframeKind, Shipped.TimeframeKind, z.infer<typeof Shipped.TimeframeKind>];
  Recurrence: [Source.Recurrence, Shipped.Recurrence, z.infer<typeof Shipped.Recurrence>];
  Precision: [Source.Precision, Shipped.Precision, z.infer<typeof Shipped.Precision>];
  StructuredTimeframe: [Source.StructuredTimeframe, Shipped.StructuredTimeframe, z.infer<typeof Shipped.StructuredTimeframe>];
  TimeframeInput: [Source.TimeframeInput, Shipped.TimeframeInput, z.infer<typeof Shipped.TimeframeInput>];
  ReportedStatus: [Source.ReportedStatus, Shipped.ReportedStatus, z.infer<typeof Shipped.ReportedStatus>];
  Update: [Source.Update, Shipped.Update, z.infer<typeof Shipped.Update>];
  Milestone: [Source.Milestone, Shipped.Milestone, z.infer<typeof Shipped.Milestone>];
  Task: [Source.Task, Shipped.Task, z.infer<typeof Shipped.Task>];
  Unit: [Source.Unit, Shipped.Unit, z.infer<typeof Shipped.Unit>];
  Comparator: [Source.Comparator, Shipped.Comparator, z.infer<typeof Shipped.Comparator>];
  Direction: [Source.Direction, Shipped.Direction, z.infer<typeof Shipped.Direction>];
  TargetMilestone: [Source.TargetMilestone, Shipped.TargetMilestone, z.infer<typeof Shipped.TargetMilestone>];
  Actual: [Source.Actual, Shipped.Actual, z.infer<typeof Shipped.Actual>];
  Target: [Source.Target, Shipped.Target, z.infer<typeof Shipped.Target>];
  Meta: [Source.Meta, Shipped.Meta, z.infer<typeof Shipped.Meta>];
  Feed: [Source.Feed, Shipped.Feed, z.infer<typeof Shipped.Feed>];
  FeedFrame: [Source.FeedFrame, Shipped.FeedFrame, z.infer<typeof Shipped.FeedFrame>];
};
type DifferentTypes = { [K in keyof Types]: Same<Types[K][0], Types[K][1]> extends true ? (Same<Types[K][0], Types[K][2]> extends true ? never : K) : K }[keyof Types];

// Each is `true` only when nothing differs; otherwise its type names what does.
export const schemas: [DifferentSchemas] extends [never] ? true : DifferentSchemas = true;
export const types: [DifferentTypes] extends [never] ? true : DifferentTypes = true;
// The checks can fail: a schema is not another one.
export const check: Same<Values['Task'], ShippedValues['Update']> = false;
