import * as z from 'zod';
import { AttendanceRules } from './attendance-rules.js';
import { Body, Cadence } from './body.js';
import { Email, Id, LocalDateText, Period, Text, TimeOfDay, Url } from './common.js';
import { DatasetFile, RegistryEntry, RegistryFile } from './dataset-file.js';
import { Indicator, Observation, Target } from './indicator.js';
import { AgendaItem, Meeting, Series } from './meeting.js';
import { Person } from './person.js';
import { Address, Ptce } from './ptce.js';
import { ReminderRule } from './reminder.js';
import { Source } from './source.js';
import { Partner, Structure } from './structure.js';
import { WorkingGroup } from './working-group.js';

/** A JSON Schema document (draft-07), as produced by zod. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

// Named definitions, with the French hint an editor shows on hover. Everything else is inlined.
const DEFINITIONS: readonly (readonly [z.ZodType, string, string])[] = [
  [Id, 'Id', 'Identifiant : minuscules, chiffres et tirets (ex. « comite-strategique »).'],
  [Text, 'Text', 'Texte non vide.'],
  [LocalDateText, 'LocalDate', 'Date : AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (heure locale).'],
  [Period, 'Period', 'Période : AAAA, AAAA-MM ou AAAA-MM-JJ.'],
  [TimeOfDay, 'TimeOfDay', 'Heure au format HH:MM (ex. « 09:00 »).'],
  [Url, 'Url', 'Adresse web (http:// ou https://).'],
  [Email, 'Email', 'Adresse e-mail.'],
  [Address, 'Address', 'Adresse postale.'],
  [Cadence, 'Cadence', 'Fréquence attendue des réunions : entre « min » et « max » fois par « per ».'],
  [Ptce, 'Ptce', 'Le PTCE : nom, structure porteuse, territoire, charte, jalons.'],
  [Source, 'Source', 'Document public dont les données sont tirées, cité par son identifiant.'],
  [Structure, 'Structure', 'Structure membre du PTCE.'],
  [Partner, 'Partner', 'Partenaire non membre (collectivité, entreprise, réseau, financeur…).'],
  [Person, 'Person', 'Personne citée par les sources (coordonnées professionnelles seulement).'],
  [
    AttendanceRules,
    'AttendanceRules',
    'Règles de présence : qui est convoqué, voix par structure ou par personne, quorum, pouvoirs, délai de convocation.',
  ],
  [Body, 'Body', 'Instance de gouvernance (comité, bureau, conseil d’administration…).'],
  [WorkingGroup, 'WorkingGroup', 'Groupe de travail du PTCE, avec ses sous-groupes.'],
  [
    Meeting,
    'Meeting',
    'Réunion d’une instance (« body ») ou d’un groupe (« group ») ; « start » garde la précision de la source.',
  ],
  [AgendaItem, 'AgendaItem', 'Point de l’ordre du jour, avec éventuellement une heure et des sous-points.'],
  [Series, 'Series', 'Série de réunions récurrentes (ex. « le premier mardi du mois à 18 h »).'],
  [Indicator, 'Indicator', 'Indicateur déclaré, avec ses observations et ses cibles.'],
  [Observation, 'Observation', 'Valeur d’un indicateur pour une période, selon une source.'],
  [Target, 'Target', 'Valeur cible d’un indicateur pour une période.'],
  [
    ReminderRule,
    'ReminderRule',
    'Règle de rappel : « daysBefore » + « at » (ex. la veille à 9 h), ou « hoursBefore » / « minutesBefore ».',
  ],
  [RegistryEntry, 'RegistryEntry', 'Un PTCE tel que le liste un registre régional.'],
];

// zod's `.refine` has no JSON Schema form: the rule "daysBefore + at, or hoursBefore /
// minutesBefore" is spelled out so that editors flag a mixed rule too.
const REMINDER_RULE_KINDS = [
  {
    required: ['daysBefore', 'at'],
    not: { anyOf: [{ required: ['hoursBefore'] }, { required: ['minutesBefore'] }] },
  },
  {
    anyOf: [{ required: ['hoursBefore'] }, { required: ['minutesBefore'] }],
    not: { anyOf: [{ required: ['daysBefore'] }, { required: ['at'] }] },
  },
];

// The same for attendance rules: either from a source or a setting of the file, never both.
const ATTENDANCE_RULES_BASIS = [
  { required: ['setting'], not: { required: ['source'] } },
  { required: ['source'], not: { required: ['setting'] } },
];

function jsonSchemaOf(schema: z.ZodType, title: string, description: string): JsonSchema {
  // A registry of our own, built on each call: zod's global registry would leak between calls.
  const metadata = z.registry<{ id: string; description: string }>();
  for (const [definition, id, text] of DEFINITIONS) metadata.add(definition, { id, description: text });
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    metadata,
    unrepresentable: 'throw',
    override: (ctx) => {
      if (ctx.zodSchema === ReminderRule) Object.assign(ctx.jsonSchema, { anyOf: REMINDER_RULE_KINDS });
      if (ctx.zodSchema === AttendanceRules) Object.assign(ctx.jsonSchema, { anyOf: ATTENDANCE_RULES_BASIS });
    },
  });
  const { $schema, definitions, ...rest } = generated;
  return { $schema, title, description, ...rest, ...(definitions ? { definitions } : {}) };
}

/**
 * The JSON Schema (draft-07) of a PTCE data file (`auton-hommes.yaml`), generated from the zod
 * schema `DatasetFile` with `io: 'input'` (defaults make fields optional). Editors use it to
 * complete and check the YAML; `parseDataset` stays the authority (it also cross-checks ids).
 *
 * @returns The schema, as a plain object.
 * @example
 * datasetJsonSchema().required
 * //=> ['version', 'ptce']
 */
export function datasetJsonSchema(): JsonSchema {
  return jsonSchemaOf(
    DatasetFile,
    'Fichier de données d’un PTCE',
    'Structures, instances, groupes, réunions, indicateurs et règles de rappel d’un PTCE.',
  );
}

/**
 * The JSON Schema (draft-07) of a regional registry of PTCEs (`hauts-de-france.yaml`),
 * generated from the zod schema `RegistryFile`.
 *
 * @returns The schema, as a plain object.
 * @example
 * registryJsonSchema().required
 * //=> ['version', 'registry', 'ptces']
 */
export function registryJsonSchema(): JsonSchema {
  return jsonSchemaOf(RegistryFile, 'Registre régional de PTCE', 'La liste des PTCE d’une région.');
}

/**
 * The JSON Schema (draft-07) shipped as `packages/core/data/ptce.schema.json`: either kind of
 * data file (`anyOf` a PTCE dataset or a regional registry). The data files point to it on
 * their first line (`# yaml-language-server: $schema=./ptce.schema.json`). To regenerate the
 * file after changing a zod schema, run `npx tsx test/support/write-json-schema.ts`.
 *
 * @returns The schema, as a plain object.
 * @example
 * dataFileJsonSchema().anyOf?.length
 * //=> 2
 */
export function dataFileJsonSchema(): JsonSchema {
  return jsonSchemaOf(
    z.union([DatasetFile, RegistryFile]),
    'Fichier de données PTCE',
    'Le fichier d’un PTCE (réunions, instances, groupes…) ou un registre régional de PTCE.',
  );
}
