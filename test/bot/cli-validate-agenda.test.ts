import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `${root}test/fixtures/${name}`;

describe('ptce validate', () => {
  it('exits 0 on a valid dataset and a valid registry', async () => {
    const r = await runCli([
      'validate',
      fixture('second-ptce.yaml'),
      `${root}packages/core/data/hauts-de-france.yaml`,
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Pôle Ressources : 4 structures, 3 groupes, 9 réunions');
    expect(r.out).toContain('15 PTCE');
  });

  it('lists exactly the three injected faults with their lines, and exits 1', async () => {
    const r = await runCli(['validate', fixture('broken-three-faults.yaml')]);
    expect(r.code).toBe(1);
    const file = fixture('broken-three-faults.yaml').replace(process.cwd() + '/', '');
    expect(r.err.trim().split('\n')).toEqual([
      `${file}:164:32 bodies[0].cadence.min: Entrée invalide : nombre attendu, chaîne de caractères reçu`,
      `${file}:255:12 meetings[5].start: date impossible : « 2026-02-30 »`,
      `${file}:279:11 meetings[8].body: instance « assemblee-generale » introuvable`,
      `✗ ${fixture('broken-three-faults.yaml')} — 3 erreur(s)`,
    ]);
  });

  it('refuses a file saved in Latin-1 at its first wrong byte, in French, and still checks the next file', async () => {
    const latin1 = path.join(mkdtempSync(path.join(tmpdir(), 'ptce-latin1-')), 'latin1.yaml');
    writeFileSync(latin1, Buffer.from(readFileSync(fixture('second-ptce.yaml'), 'utf8'), 'latin1'));
    const r = await runCli(['validate', latin1, fixture('second-ptce.yaml')]);
    expect(r.code).toBe(1);
    // Line 1 is « # Données fictives… »: the é is byte 0xE9 in Latin-1.
    expect(r.err.trim().split('\n')).toEqual([
      `${path.relative(process.cwd(), latin1)}:1:7: Encodage invalide : l’octet 0xE9 n’est pas de l’UTF-8 (attendu : un fichier texte en UTF-8). Ce fichier est sans doute en Latin-1 ou Windows-1252 : ouvrez-le et enregistrez-le en UTF-8.`,
      `✗ ${latin1} — 1 erreur(s)`,
    ]);
    expect(r.out).toContain('Pôle Ressources : 4 structures, 3 groupes, 9 réunions');
  });

  it('refuses an alias bomb with a located French error, and still checks the next file', async () => {
    const bomb = path.join(mkdtempSync(path.join(tmpdir(), 'ptce-bomb-')), 'bomb.yaml');
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (const [name, from] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      lines.push(`${name}: &${name} [${Array(9).fill(`*${from}`).join(', ')}]`);
    writeFileSync(bomb, `${lines.join('\n')}\n`);
    const r = await runCli(['validate', bomb, fixture('second-ptce.yaml')]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `${path.relative(process.cwd(), bomb)}:2:8: YAML refusé : ses alias (*nom) reprennent trop de fois les mêmes blocs (attendu : au plus 100 reprises). Écrivez les données en toutes lettres, sans alias.`,
      `✗ ${bomb} — 1 erreur(s)`,
    ]);
    expect(r.out).toContain('Pôle Ressources : 4 structures, 3 groupes, 9 réunions');
  });

  it('refuses a file over 1 MB before reading it, unless --max-size raises the limit', async () => {
    const big = path.join(mkdtempSync(path.join(tmpdir(), 'ptce-big-')), 'big.yaml');
    // A valid file made 1,5 MB long by a comment.
    writeFileSync(big, `${readFileSync(fixture('second-ptce.yaml'), 'utf8')}\n# ${'x'.repeat(1_500_000)}\n`);
    const refused = await runCli(['validate', big]);
    expect(refused.code).toBe(1);
    expect(refused.err.trim()).toBe(
      `Le fichier « ${path.relative(process.cwd(), big)} » fait 1,5 Mo : c’est plus que la limite de 1 Mo (un fichier de PTCE en fait environ 0,1). Vérifiez que c’est le bon fichier, ou relevez la limite avec --max-size 2.`,
    );
    const raised = await runCli(['validate', '--max-size', '2', big]);
    expect([raised.code, raised.err]).toEqual([0, '']);
    expect(raised.out).toContain('Pôle Ressources : 4 structures, 3 groupes, 9 réunions');
    const bad = await runCli(['validate', '--max-size', 'beaucoup', big]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain(
      'Taille invalide pour --max-size : « beaucoup » (attendu : un nombre de Mo, par exemple 5).',
    );
  });

  it('says clearly when the file does not exist', async () => {
    const r = await runCli(['validate', '/nonexistent/x.yaml']);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('Impossible de lire « /nonexistent/x.yaml » : fichier introuvable.');
  });
});

describe('ptce agenda', () => {
  it('lists the meetings of a year, month-only entries as months, cancelled ones marked', async () => {
    const r = await runCli([
      'agenda',
      '--data',
      fixture('second-ptce.yaml'),
      '--from',
      '2026',
      '--to',
      '2026',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'Agenda du jeudi 1er janvier 2026 au jeudi 31 décembre 2026',
      '7 réunions :',
      'janvier 2026 — Bureau',
      'jeudi 5 février 2026 de 14 h à 16 h 30 — Conseil de coopération de février (Le Touquet-Paris-Plage)',
    ]);
    expect(r.out).toContain('jeudi 18 juin 2026 à 14 h — Conseil de coopération de juin (annulée)');
  });

  it('filters by body and prints JSON', async () => {
    const r = await runCli([
      'agenda',
      '--data',
      fixture('second-ptce.yaml'),
      '--from',
      '2026',
      '--to',
      '2027',
      '--body',
      'bureau',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { meetings: { id: string; precision: string }[] };
    expect(data.meetings.every((m) => m.id.length > 0)).toBe(true);
    expect(data.meetings[0]?.precision).toBe('month');
  });

  it('refuses an impossible date with a French explanation and exit 2', async () => {
    const r = await runCli(['agenda', '--data', fixture('second-ptce.yaml'), '--from', '2026-13']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      'Date invalide pour --from : « 2026-13 » (attendu : AAAA-MM-JJ, AAAA-MM ou AAAA).',
    );
  });

  it('refuses an unknown body', async () => {
    const r = await runCli(['agenda', '--data', fixture('second-ptce.yaml'), '--body', 'copil']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Instance ou groupe inconnu : « copil ».');
  });
});

describe('the installed ptce binary', () => {
  it('runs from the repository root through npx', () => {
    const out = execFileSync('npx', ['--no-install', 'ptce', 'validate', fixture('second-ptce.yaml')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('✓');
  });
});
