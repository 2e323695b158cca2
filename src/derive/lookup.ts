/**
 * The agency and the section a page names in an attribute (`agency="…"`, `section="…"`), found the
 * same way in every widget:
 *
 * - an agency by its id, else by its printed name in any spelling (ủy/uỷ, case, spacing);
 * - a section by its id, else by its printed number ("III", "iii"), ids first;
 * - a reference that names nothing finds nothing: no agency is highlighted, and a widget asked for
 *   a section that does not exist says so ("Không có mục “…” trong chương trình.") instead of
 *   quietly showing the whole programme — a typo in a page must not pass for the right view.
 *   A blank `section` is no request: every section.
 */
import type { AgencyModel, ProgrammeModel, SectionModel } from '../feed/model.js';
import { nameKey } from '../feed/name-key.js';

/** The agency an outside reference names (its id, or its name in any spelling). */
export function findAgency(model: Pick<ProgrammeModel, 'agencies' | 'agencyById'>, ref: string | undefined): AgencyModel | undefined {
  if (!ref) return undefined;
  const byId = model.agencyById.get(ref);
  if (byId) return byId;
  const key = nameKey(ref);
  return key ? model.agencies.find((a) => a.key === key) : undefined;
}

/** Whether a `section` attribute asks for one section at all (a blank one means every section). */
export const asksForSection = (ref: string | undefined): ref is string => !!ref?.trim();

/** The section an outside reference names (its id, else its printed number); `undefined` when it names none. */
export function findSection(sections: readonly SectionModel[], ref: string | undefined): SectionModel | undefined {
  const wanted = ref?.trim().toLowerCase();
  if (!wanted) return undefined;
  return sections.find((s) => s.id.toLowerCase() === wanted) ?? sections.find((s) => s.number?.trim().toLowerCase() === wanted);
}

/**
 * The sections a `section` attribute shows: all of them when it is blank, the one it names, or
 * none when it names no section (the widget then says "no such section").
 */
export function sectionsShown(sections: readonly SectionModel[], ref: string | undefined): readonly SectionModel[] {
  if (!asksForSection(ref)) return sections;
  const found = findSection(sections, ref);
  return found ? [found] : [];
}
