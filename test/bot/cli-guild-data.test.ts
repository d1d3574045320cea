import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../packages/bot/src/data/load-data.js';
import { datasetSummary } from '../../packages/bot/src/discord/reload-reply.js';
import { runCli } from './cli-support.js';
import { fixture } from './discord/e2e-harness.js';

const GUILD = '1196378239795331081';
const SECOND = readFileSync(fixture('second-ptce.yaml'), 'utf8');
let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ptce-cli-donnees-'));
  db = path.join(dir, 'ptce.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ptce donnees (hosted mode, from the shell)', () => {
  it('imports a file for a server, lists it, and exports it byte for byte', async () => {
    const imported = await runCli([
      'donnees',
      'importer',
      fixture('second-ptce.yaml'),
      '--serveur',
      GUILD,
      '--db',
      db,
    ]);
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n').slice(0, 2)).toEqual([
      'Données importées',
      `${datasetSummary(loadDataset(fixture('second-ptce.yaml')))}.`,
    ]);
    const history = await runCli(['donnees', 'historique', '--serveur', GUILD, '--db', db]);
    expect(history.out).toMatch(/^Version 1 du .+, par ptce donnees importer ; SHA-256 [0-9a-f]{12}…\n$/);
    const out = path.join(dir, 'export.yaml');
    const exported = await runCli(['donnees', 'exporter', '--serveur', GUILD, '--db', db, '--out', out]);
    expect([exported.code, readFileSync(out, 'utf8') === SECOND]).toEqual([0, true]);
  });

  it('refuses a broken file with its located errors and keeps the version in force', async () => {
    await runCli(['donnees', 'importer', fixture('second-ptce.yaml'), '--serveur', GUILD, '--db', db]);
    const broken = path.join(dir, 'casse.yaml');
    writeFileSync(broken, SECOND.replace('start: "2026-02-05T14:00"', 'start: "2026-02-30T14:00"'));
    const refused = await runCli(['donnees', 'importer', broken, '--serveur', GUILD, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^Données refusées\nLe fichier « casse\.yaml » contient une erreur\.\n\d+:\d+ meetings\[\d+\]\.start : /,
    );
    const restored = await runCli(['donnees', 'restaurer', '1', '--serveur', GUILD, '--db', db]);
    expect([restored.code, restored.out.split('\n')[0]]).toEqual([0, 'Données restaurées']);
    const missing = await runCli(['donnees', 'restaurer', '9', '--serveur', GUILD, '--db', db]);
    expect([missing.code, missing.err]).toEqual([
      1,
      `Le serveur ${GUILD} n’a pas de version 9 (voir ptce donnees historique).\n`,
    ]);
  });
});
