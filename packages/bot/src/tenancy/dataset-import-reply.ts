import { type DataFileError, formatDataFileError, formatInstantFr } from '@ptce/core';
import { type Reply, reply } from '../conversation/reply.js';
import { datasetSummary } from '../discord/reload-reply.js';
import type { DatasetVersionInfo } from '../store/index.js';
import type { AcceptOutcome } from './accept-dataset.js';
import { datasetChanges } from './dataset-changes.js';

/** How many errors the reply shows; the attached report has them all. */
const SHOWN_ERRORS = 5;

/** One error as staff read it in the reply: `ligne:colonne chemin : message`. */
export function shortDataFileError(error: DataFileError): string {
  return `${error.line}:${error.col}${error.path ? ` ${error.path}` : ''} : ${error.message}`;
}

/**
 * What staff are told after `/donnees importer` or `/donnees restaurer`: the data now in force and
 * what changed, or the first errors (with the full report attached) and the data still in force.
 *
 * @param outcome - What the import did.
 * @param verb - "importées" or "restaurées".
 * @param kept - A summary of the data in force before, for a refusal.
 * @returns The reply; an error reply when the file was refused.
 */
export function datasetImportReply(
  outcome: AcceptOutcome,
  verb: 'importées' | 'restaurées',
  kept: string | undefined,
): Reply {
  if (outcome.ok) {
    const changes = datasetChanges(outcome.previous, outcome.dataset);
    return reply('data-import', `Données ${verb}`, {
      lines: [
        `${datasetSummary(outcome.dataset)}.`,
        versionLine(outcome.version),
        ...(outcome.previous
          ? changes.length > 0
            ? ['Changements par rapport aux données précédentes :', ...changes.map((c) => `• ${c}`)]
            : [
                'Aucune structure, aucun groupe ni aucune réunion n’a changé par rapport aux données précédentes.',
              ]
          : ['C’est le premier fichier de données de ce serveur.']),
        'Les réponses et les rappels de ce serveur utilisent ces données dès maintenant.',
      ],
    });
  }
  return failedImportReply(outcome.message, outcome.errors, kept);
}

/**
 * The refusal of a file: its first located errors, the data kept, and the whole report as a file.
 *
 * @param message - Why the file is refused.
 * @param errors - Every located error.
 * @param kept - A summary of the data still in force, if any.
 * @returns An error reply.
 */
export function failedImportReply(
  message: string,
  errors: readonly DataFileError[],
  kept: string | undefined,
): Reply {
  const shown = errors.slice(0, SHOWN_ERRORS).map(shortDataFileError);
  const more = errors.length - shown.length;
  return reply('data-import', 'Données refusées', {
    lines: [
      message,
      ...shown,
      ...(more > 0
        ? [`… et ${more === 1 ? 'une autre erreur' : `${more} autres erreurs`} (voir le rapport joint).`]
        : []),
      kept
        ? `Les données précédentes restent en service (${kept}).`
        : 'Ce serveur n’a toujours pas de données : corrigez le fichier et importez-le à nouveau.',
    ],
    error: true,
    ...(errors.length > 0
      ? {
          files: [
            {
              name: 'erreurs-donnees.txt',
              text: `${message}\n${errors.map((e) => formatDataFileError(e)).join('\n')}\n`,
            },
          ],
        }
      : {}),
  });
}

/** A version as one line: its number, when, who, and the start of its SHA-256. */
export function versionLine(version: DatasetVersionInfo): string {
  return `Version ${version.version} du ${formatInstantFr(version.importedAt)}, par ${/^\d+$/.test(version.importedBy) ? `<@${version.importedBy}>` : version.importedBy}${version.restoredFrom === undefined ? '' : ` (restauration de la version ${version.restoredFrom})`} ; SHA-256 ${version.sha256.slice(0, 12)}…`;
}
