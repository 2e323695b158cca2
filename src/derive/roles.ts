/**
 * What a body does in a task — lead (chủ trì), co-lead (đồng chủ trì) or coordinating (phối hợp) —
 * and the words and letters for it. One rule for every widget: several leads of one task are each
 * a co-lead, and a body found by its name key is the same body whatever id a feed gave it.
 */
import type { AgencyModel, TaskModel } from '../feed/model.js';
import { translator } from './lang.js';

export type Role = 'lead' | 'co-lead' | 'coordinating';
export const ROLES: readonly Role[] = ['lead', 'co-lead', 'coordinating'];

/** The role `agency` has in `task`, if any. */
export function roleOf(task: TaskModel, agency: AgencyModel): Role | undefined {
  // By name key, not id: a careless feed may give one body two ids (the matrix shows them as one
  // column, and its selection carries only the first id).
  const same = (a: AgencyModel) => a.id === agency.id || a.key === agency.key;
  if (task.lead.some(same)) return task.lead.length > 1 ? 'co-lead' : 'lead';
  return task.coordinating.some(same) ? 'coordinating' : undefined;
}

/** "Chủ trì", "Đồng chủ trì", "Phối hợp". */
export const roleText = translator<Role>({
  vi: { lead: 'Chủ trì', 'co-lead': 'Đồng chủ trì', coordinating: 'Phối hợp' },
  en: { lead: 'Lead', 'co-lead': 'Co-lead', coordinating: 'Coordinating' },
});

/** The letters a matrix cell or a timeline row shows for a role ("CT", "ĐCT", "PH"); the full word goes beside them for screen readers. */
export const roleAbbreviation = translator<Role>({
  vi: { lead: 'CT', 'co-lead': 'ĐCT', coordinating: 'PH' },
  en: { lead: 'L', 'co-lead': 'CL', coordinating: 'C' },
});
