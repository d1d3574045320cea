import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}packages/bot/bin/ptce.js`;

describe('ptce ask', () => {
  it('answers a question about the past with --now', async () => {
    const r = await runCli(['ask', '--now', '2023-12-01T09:00', '--', 'prochain comité strat ?']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'Prochaine réunion : Comité stratégique',
      'Comité stratégique : mardi 12 décembre 2023 — Comité stratégique du PTCE (dans 11 jours)',
    ]);
  });

  it('prints exactly one JSON object with intent and text', async () => {
    const r = await runCli(['ask', '--json', '--now', '2023-12-01T09:00', '--', 'qui anime le gt 5']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { intent: string; text: string };
    expect(json.intent).toBe('group-info');
    expect(json.text).toContain('GT5 Éco-mobilité solidaire est animé par Isabelle Hary.');
  });

  it('exits 0 with intent unknown for a question it does not understand', async () => {
    const r = await runCli(['ask', '--json', '--', 'quel temps fera-t-il demain à Lille ?']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { intent: string }).intent).toBe('unknown');
  });

  it('refuses an empty question with exit 2', async () => {
    const r = await runCli(['ask', '--', '  ']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Question vide. Exemple : ptce ask -- "prochain comité de pilotage"');
  });

  it('refuses a question over 500 characters with exit 2', async () => {
    const r = await runCli(['ask', '--', 'a'.repeat(501)]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Question trop longue : 501 caractères (500 au plus).');
  });
});

describe('ptce chat through a pipe', () => {
  it('answers one line per question and stops at « quitter »', () => {
    const r = spawnSync(process.execPath, [bin, 'chat', '--now', '2023-12-01T09:00'], {
      input: 'combien d’adhérents en 2022 ?\n\nqui anime le GT5\nquitter\nprochain copil\n',
      encoding: 'utf8',
      cwd: root,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('• 2022 : 17 —');
    expect(r.stdout).toContain('GT5 Éco-mobilité solidaire est animé par Isabelle Hary.');
    expect(r.stdout).not.toContain('Comité de pilotage');
  });

  it('keeps the context of the last question for follow-ups', () => {
    const r = spawnSync(process.execPath, [bin, 'chat', '--now', '2023-11-20T09:00'], {
      input: 'qui anime le GT2 ?\net son téléphone ?\nprochain bureau ?\net le suivant ?\n',
      encoding: 'utf8',
      cwd: root,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    // « son téléphone » after two animators: the details of both, in the order the answer named them.
    const contacts = lines.indexOf('Contacts');
    expect(lines.slice(contacts, contacts + 3)).toEqual([
      'Contacts',
      'Isabelle Hary — Chargée de développement, Cambrésis (PHARE) — isabelle.hary@associationphare.fr · 07 49 49 84 46',
      'Sylvain Boitel — Chargé de développement, Valenciennois (PHARE) — sylvain.boitel@associationphare.fr · 06 43 37 51 12',
    ]);
    // « et le suivant ? » after the only bureau still planned does not repeat it.
    const following = lines.indexOf('Réunion suivante : Bureau');
    expect(lines.slice(following, following + 2)).toEqual([
      'Réunion suivante : Bureau',
      'Aucune autre réunion (Bureau) n’est fixée après celle-ci dans les données.',
    ]);
  });

  it('ends cleanly at the end of input (Ctrl-D)', () => {
    const r = spawnSync(process.execPath, [bin, 'chat'], { input: 'aide\n', encoding: 'utf8', cwd: root });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('Ce que vous pouvez me demander\n')).toBe(true);
  });

  it('is what npm start opens without DISCORD_TOKEN, with a banner', () => {
    const env = { ...process.env, DISCORD_TOKEN: '' };
    const r = spawnSync(process.execPath, [bin, 'start'], {
      input: 'devise\n',
      encoding: 'utf8',
      cwd: root,
      env,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Mode terminal : aucun DISCORD_TOKEN n’est défini. Pour connecter le bot à Discord, voir docs/fr/connecter-discord.md.',
    );
    expect(r.stdout).toContain('Devise');
  });
});

describe('ptce start with DISCORD_TOKEN', () => {
  it('runs the bot, which checks its settings first', async () => {
    const r = await runCli(['start'], { DISCORD_TOKEN: 'not-a-real-token' });
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'Réglage manquant : DISCORD_APPLICATION_ID (identifiant Discord, 17 à 20 chiffres).',
    );
    expect(r.err).not.toContain('not-a-real-token');
  });
});

describe('governance commands', () => {
  it('ptce cadence states the comité opérationnel shortfall of 2023 plainly', async () => {
    const r = await runCli(['cadence', '--year', '2023', '--now', '2024-01-15']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Comité opérationnel en 2023 : 1 réunion tenue pour 3 à 4 attendues — cadence non respectée.',
    );
  });

  it('ptce cadence --json gives the statuses', async () => {
    const r = await runCli(['cadence', '--year', '2023', '--now', '2024-01-15', '--json']);
    const json = JSON.parse(r.out) as { report: { target: { id: string }; status: string; held: number }[] };
    const op = json.report.find((e) => e.target.id === 'comite-operationnel');
    expect(op).toMatchObject({ status: 'missed', held: 1 });
  });

  it('ptce reminders is a dry run of the plan, with the 9 h rules', async () => {
    const r = await runCli(['reminders', '--from', '2023-12-01', '--to', '2023-12-31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '• mardi 5 décembre 2023 à 9 h — 7 jours avant à 9 h — Comité stratégique (mardi 12 décembre 2023)',
    );
    expect(r.out).toContain(
      '• lundi 11 décembre 2023 à 9 h — la veille à 9 h — Comité stratégique (mardi 12 décembre 2023)',
    );
  });

  it('ptce propose proposes dates for the missing comités opérationnels', async () => {
    const r = await runCli([
      'propose',
      '--body',
      'comite-operationnel',
      '--year',
      '2024',
      '--now',
      '2024-01-02',
      '--json',
    ]);
    const json = JSON.parse(r.out) as { proposals: { start: string }[] };
    expect(json.proposals.map((p) => p.start)).toEqual([
      '2024-03-05T14:00',
      '2024-07-02T14:00',
      '2024-10-31T14:00',
    ]);
  });

  it('ptce propose refuses an unknown body', async () => {
    const r = await runCli(['propose', '--body', 'costrat', '--year', '2024']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Instance ou groupe inconnu : « costrat ».');
  });

  it('ptce indicators gives the 2023 members and the EPCI convention share', async () => {
    const r = await runCli(['indicators', '--year', '2023']);
    expect(r.out).toContain('• Structures adhérentes : 20');
    expect(r.out).toContain('EPCI ayant conventionné : 4 sur 5 (80\u00a0%)');
  });
});
