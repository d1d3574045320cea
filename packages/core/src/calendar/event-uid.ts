import type { Dataset } from '../dataset/dataset.js';

/**
 * The stable identifier of a meeting's calendar event (`UID`, and `@id` in JSON-LD): the meeting
 * id scoped by the PTCE id, so a calendar app updates the event in place when it moves or is
 * cancelled instead of adding a second one.
 *
 * @param meetingId - The meeting's id.
 * @param dataset - The dataset of the PTCE.
 * @returns `<meeting id>@<ptce id>.ptce`.
 * @example
 * eventUid('2023-12-12-comite-strategique', dataset)
 * //=> '2023-12-12-comite-strategique@auton-hommes.ptce'
 */
export function eventUid(meetingId: string, dataset: Pick<Dataset, 'ptce'>): string {
  return `${meetingId}@${dataset.ptce.id}.ptce`;
}
