import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  dataFileJsonSchema,
  datasetJsonSchema,
  registryJsonSchema,
} from '../../packages/core/src/schema/json-schema.js';
import { JSON_SCHEMA_PATH, jsonSchemaText } from '../support/write-json-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const autonHommesPath = `${root}packages/core/data/auton-hommes.yaml`;
const registryPath = `${root}packages/core/data/hauts-de-france.yaml`;
const secondPath = `${root}test/fixtures/second-ptce.yaml`;
const brokenPath = `${root}test/fixtures/broken-three-faults.yaml`;

const yamlOf = (path: string): unknown => parse(readFileSync(path, 'utf8'));

// ajv is an independent implementation: if it accepts what zod accepts, the shipped schema is
// what editors will check the files against.
// strictRequired would reject the `required` lists that spell out the reminder rule's two forms.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validateDataFile = ajv.compile(dataFileJsonSchema());
const validateDataset = ajv.compile(datasetJsonSchema());
const validateRegistry = ajv.compile(registryJsonSchema());

describe('the shipped JSON Schema (packages/core/data/ptce.schema.json)', () => {
  it('is exactly what the zod schemas generate', () => {
    const committed = readFileSync(JSON_SCHEMA_PATH, 'utf8');
    expect(
      committed === jsonSchemaText(),
      'packages/core/data/ptce.schema.json is out of date with the zod schemas: run `npx tsx test/support/write-json-schema.ts` and commit the result.',
    ).toBe(true);
  });

  it('is a draft-07 schema of either kind of data file', () => {
    const schema = dataFileJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Fichier de données PTCE');
    expect(schema.anyOf?.map((s) => (s as { required?: string[] }).required)).toEqual([
      ['version', 'ptce'],
      ['version', 'registry', 'ptces'],
    ]);
  });

  it('names its shared definitions and describes them in French', () => {
    const definitions = (dataFileJsonSchema().definitions ?? {}) as Record<string, { description?: string }>;
    expect(Object.keys(definitions).sort()).toEqual([
      'Address',
      'AgendaItem',
      'AttendanceRules',
      'Body',
      'Cadence',
      'Email',
      'Id',
      'Indicator',
      'LocalDate',
      'Meeting',
      'Observation',
      'Partner',
      'Period',
      'Person',
      'Ptce',
      'RegistryEntry',
      'ReminderRule',
      'Series',
      'Source',
      'Structure',
      'Target',
      'Text',
      'TimeOfDay',
      'Url',
      'WorkingGroup',
    ]);
    expect(definitions.LocalDate?.description).toBe(
      'Date : AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (heure locale).',
    );
  });

  it('keeps defaulted fields optional, as the YAML may leave them out', () => {
    expect(datasetJsonSchema().required).toEqual(['version', 'ptce']);
    expect(registryJsonSchema().required).toEqual(['version', 'registry', 'ptces']);
  });
});

describe('validating data files with ajv', () => {
  it.skipIf(!existsSync(autonHommesPath))('accepts the bundled auton-hommes.yaml', () => {
    const data = yamlOf(autonHommesPath);
    expect(validateDataFile(data), ajv.errorsText(validateDataFile.errors)).toBe(true);
    expect(validateDataset(data)).toBe(true);
    expect(validateRegistry(data)).toBe(false);
  });

  it('accepts the bundled hauts-de-france.yaml registry', () => {
    const data = yamlOf(registryPath);
    expect(validateDataFile(data), ajv.errorsText(validateDataFile.errors)).toBe(true);
    expect(validateRegistry(data)).toBe(true);
    expect(validateDataset(data)).toBe(false);
  });

  it('accepts the second PTCE fixture', () => {
    const data = yamlOf(secondPath);
    expect(validateDataFile(data), ajv.errorsText(validateDataFile.errors)).toBe(true);
  });

  it('rejects the broken copy at its string where a number is expected', () => {
    expect(validateDataset(yamlOf(brokenPath))).toBe(false);
    expect(validateDataset.errors?.map((e) => [e.instancePath, e.message])).toEqual([
      ['/bodies/0/cadence/min', 'must be integer'],
    ]);
  });

  it('rejects an unknown field, as zod does', () => {
    const data = yamlOf(secondPath) as { meetings: Record<string, unknown>[] };
    data.meetings[0] = { ...data.meetings[0], salle: 'B12' };
    expect(validateDataset(data)).toBe(false);
    expect(validateDataset.errors?.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/meetings/0', 'additionalProperties', { additionalProperty: 'salle' }],
    ]);
  });

  it('rejects a reminder rule that mixes a wall-clock time and a duration', () => {
    const data = yamlOf(secondPath) as Record<string, unknown>;
    data.reminders = { default: [{ id: 'mixte', daysBefore: 1, at: '09:00', hoursBefore: 2 }] };
    expect(validateDataset(data)).toBe(false);
    data.reminders = {
      default: [
        { id: 'veille', daysBefore: 1, at: '09:00' },
        { id: '2h', hoursBefore: 2 },
      ],
    };
    expect(validateDataset(data), ajv.errorsText(validateDataset.errors)).toBe(true);
  });

  it('rejects attendance rules that are both cited and set by the file, or neither', () => {
    const data = yamlOf(secondPath) as { bodies: Record<string, unknown>[] };
    const withRules = (attendance: Record<string, unknown>) => ({
      ...data,
      bodies: [{ ...data.bodies[0], attendance }, ...data.bodies.slice(1)],
    });
    expect(validateDataset(withRules({ convened: 'members', quorum: '1/4', setting: true }))).toBe(true);
    expect(
      validateDataset(withRules({ convened: 'members', setting: true, source: 'donnees-fictives' })),
    ).toBe(false);
    expect(validateDataset(withRules({ convened: 'members' }))).toBe(false);
    expect(validateDataset(withRules({ convened: 'members', quorum: '25%', setting: true }))).toBe(false);
  });
});
