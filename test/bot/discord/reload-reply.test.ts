import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveDataset } from '../../../packages/bot/src/discord/live-dataset.js';
import { reloadReply } from '../../../packages/bot/src/discord/reload-reply.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

function workingCopy(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ptce-reload-')), 'ptce.yaml');
  copyFileSync(path.join(fixtures, 'second-ptce.yaml'), file);
  return file;
}

describe('liveDataset', () => {
  it('replaces the data with a valid new file', () => {
    const file = workingCopy();
    const live = liveDataset(file);
    const before = live.current;
    const outcome = live.reload();
    expect(outcome.ok).toBe(true);
    expect(live.current).not.toBe(before);
    expect(reloadReply(outcome, live.current)).toMatchObject({
      title: 'Données rechargées',
      lines: [{ text: 'Pôle Ressources : 4 structures, 3 groupes, 9 réunions.' }],
    });
  });

  it('keeps the last good data when the new file is broken, and lists every located error', () => {
    const file = workingCopy();
    const live = liveDataset(file);
    const before = live.current;
    copyFileSync(path.join(fixtures, 'broken-three-faults.yaml'), file);
    const outcome = live.reload();
    expect(outcome.ok).toBe(false);
    expect(live.current).toBe(before);
    const shown = path.relative(process.cwd(), file);
    const r = reloadReply(outcome, live.current);
    expect(r.error).toBe(true);
    expect(r.title).toBe('Données non rechargées');
    expect(r.lines.map((l) => l.text)).toEqual([
      `Le fichier « ${shown} » contient des erreurs.`,
      `${shown}:164:32 bodies[0].cadence.min: Entrée invalide : nombre attendu, chaîne de caractères reçu`,
      `${shown}:255:12 meetings[5].start: date impossible : « 2026-02-30 »`,
      `${shown}:279:11 meetings[8].body: instance « assemblee-generale » introuvable`,
      'Le bot continue avec les données précédentes (Pôle Ressources : 4 structures, 3 groupes, 9 réunions).',
    ]);
  });

  it('keeps the last good data when the new file is not UTF-8, and says where and what to do', () => {
    const file = workingCopy();
    const live = liveDataset(file);
    const before = live.current;
    writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'latin1'));
    const outcome = live.reload();
    expect(live.current).toBe(before);
    const shown = path.relative(process.cwd(), file);
    expect(reloadReply(outcome, live.current).lines.map((l) => l.text)).toEqual([
      `Le fichier « ${shown} » n’est pas en UTF-8.`,
      `${shown}:1:7: Encodage invalide : l’octet 0xE9 n’est pas de l’UTF-8 (attendu : un fichier texte en UTF-8). Ce fichier est sans doute en Latin-1 ou Windows-1252 : ouvrez-le et enregistrez-le en UTF-8.`,
      'Le bot continue avec les données précédentes (Pôle Ressources : 4 structures, 3 groupes, 9 réunions).',
    ]);
  });

  it('keeps the last good data when the file disappears', () => {
    const file = workingCopy();
    const live = liveDataset(file);
    writeFileSync(file, '');
    const outcome = live.reload();
    expect(outcome.ok).toBe(false);
    expect(live.current.ptce.name).toBe('Pôle Ressources');
  });
});
