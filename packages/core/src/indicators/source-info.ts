import type { Dataset } from '../dataset/dataset.js';

/** A cited source document, as much as the dataset knows of it. */
export interface SourceInfo {
  /** Short name (`rapport-activite-2023`). */
  readonly id: string;
  /** Absent when the id is not among the dataset's sources. */
  readonly title?: string;
  /** The document's period (`2023`, `2023-12`). */
  readonly date?: string;
}

/**
 * The id, title and date of a source cited by its short name.
 *
 * @param dataset - The dataset.
 * @param id - The source's short name.
 * @returns The source's id, title and date (only the id when the source is unknown).
 * @example
 * sourceInfo(dataset, 'rapport-activite-2023')
 * //=> { id: 'rapport-activite-2023', title: "PHARE, rapport d'activité de l'année 2023", date: '2024' }
 */
export function sourceInfo(dataset: Dataset, id: string): SourceInfo {
  const source = dataset.sourceById.get(id);
  return source ? { id, title: source.title, date: source.date } : { id };
}
