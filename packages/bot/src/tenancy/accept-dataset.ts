import { type DataFileError, type Dataset, parseDataset } from '@ptce/core';
import { type DatasetVersionInfo, type Store, StoreError } from '../store/index.js';

/** The largest data file a guild may upload, in bytes. */
export const MAX_DATA_FILE_BYTES = 1_048_576;

/** What an upload (or a restore) did: the version now in force, or why the file was refused. */
export type AcceptOutcome =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly version: DatasetVersionInfo;
      /** The data the guild answered from before, if any. */
      readonly previous: Dataset | undefined;
    }
  | { readonly ok: false; readonly message: string; readonly errors: readonly DataFileError[] };

/** Who sends the file, and what it replaces. */
export interface AcceptInput {
  readonly guildId: string;
  readonly text: string;
  /** The name shown in error locations (the attachment's file name). */
  readonly filename: string;
  readonly importedBy: string;
  readonly previous: Dataset | undefined;
  /** The version a restore brings back. */
  readonly restoredFrom?: number;
  readonly now: Date;
}

/**
 * Parses, validates and cross-checks a guild's data file, and when it is sound binds the guild to
 * its PTCE and records it as the guild's newest version (who, when, SHA-256). A refused file
 * changes nothing: the guild keeps the data it had.
 *
 * @param store - The bot's store.
 * @param input - The file and who sends it.
 * @returns The accepted version, or the located errors.
 */
export function acceptDataset(store: Store, input: AcceptInput): AcceptOutcome {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_DATA_FILE_BYTES) {
    return {
      ok: false,
      message: `Le fichier « ${input.filename} » pèse ${formatMegabytes(bytes)} : la limite est de 1 Mo.`,
      errors: [],
    };
  }
  const result = parseDataset(input.text, { filename: input.filename });
  if (!result.ok) {
    return {
      ok: false,
      message: `Le fichier « ${input.filename} » contient ${result.errors.length === 1 ? 'une erreur' : `${result.errors.length} erreurs`}.`,
      errors: result.errors,
    };
  }
  const dataset = result.value;
  try {
    store.bindGuild(input.guildId, { ptceId: dataset.ptce.id, source: 'upload' }, input.now);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'ptce-taken') {
      return {
        ok: false,
        message: `Le fichier décrit le PTCE « ${dataset.ptce.id} », déjà lié à un autre serveur Discord : un PTCE ne peut servir qu’un serveur. Changez son identifiant (ptce.id) s’il s’agit d’un autre PTCE.`,
        errors: [],
      };
    }
    throw error;
  }
  const version = store.addDatasetVersion(
    input.guildId,
    {
      ptceId: dataset.ptce.id,
      yaml: input.text,
      importedBy: input.importedBy,
      ...(input.restoredFrom === undefined ? {} : { restoredFrom: input.restoredFrom }),
    },
    input.now,
  );
  return { ok: true, dataset, version, previous: input.previous };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}
