// Apart from the parser, so that telling the kinds apart loads neither YAML nor zod.

/** Which kind of data file a text holds. */
export type DataFileKind = 'dataset' | 'registry';

/**
 * Tells a registry (a top-level `ptces` list) from a PTCE dataset, without validating.
 *
 * @param text - The YAML text.
 * @returns `'registry'` or `'dataset'`.
 * @example
 * dataFileKind('version: 1\nptces: []')
 * //=> 'registry'
 */
export function dataFileKind(text: string): DataFileKind {
  return /^ptces\s*:/m.test(text) ? 'registry' : 'dataset';
}
