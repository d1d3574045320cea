import type { Dataset } from '../dataset/dataset.js';
import type { Meeting } from '../schema/index.js';

/**
 * The categories of a meeting's calendar event: the name of its body, or of its working group
 * (a sub-group's meeting gets its group's name, then its own), so a calendar app can filter by
 * them.
 *
 * @param meeting - A meeting (only `body` and `group` are read).
 * @param dataset - The dataset that names bodies and groups.
 * @returns The category names; empty when the target is unknown.
 * @example
 * eventCategories({ group: 'gt1' }, dataset)
 * //=> ['Cadres juridiques de la coopération']
 */
export function eventCategories(meeting: Pick<Meeting, 'body' | 'group'>, dataset: Dataset): string[] {
  if (meeting.body !== undefined) {
    const body = dataset.bodyById.get(meeting.body);
    return body ? [body.name] : [];
  }
  if (meeting.group === undefined) return [];
  const group = dataset.groupById.get(meeting.group);
  if (group) return [group.name];
  const ref = dataset.subgroupById.get(meeting.group);
  return ref ? [ref.group.name, ref.subgroup.name] : [];
}
