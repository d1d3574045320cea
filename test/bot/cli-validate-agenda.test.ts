import { execFileSync } from 'node:child_process';
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
