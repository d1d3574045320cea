import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const second = `${root}test/fixtures/second-ptce.yaml`;
const workDir = mkdtempSync(join(tmpdir(), 'ptce-ics-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const uidsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => v.getFirstPropertyValue('uid'));

describe('ptce ics', () => {
  it('writes the feed of the whole PTCE on stdout and the counts on stderr', async () => {
    const r = await runCli(['ics', '--data', second, '--now', '2026-01-15T10:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(uidsOf(r.out)).toEqual([
      'cocoop-2026-02@pole-ressources.ptce',
      'ag-2026@pole-ressources.ptce',
      'gt1-2026-04@pole-ressources.ptce',
      'cocoop-2026-06@pole-ressources.ptce',
      'gt3-2026-09@pole-ressources.ptce',
      'cocoop-2026-12@pole-ressources.ptce',
      'gt2-2027-01@pole-ressources.ptce',
      'ag-2027@pole-ressources.ptce',
    ]);
    expect(r.out).toContain('\r\nDTSTAMP:20260115T100000Z\r\n');
    expect(r.err.trim().split('\n')).toEqual([
      '8 événements dans « Réunions — Pôle Ressources ».',
      '1 réunion connue seulement au mois ou à l’année n’est pas dans le calendrier.',
    ]);
  });

  it('keeps one body with --body', async () => {
    const r = await runCli([
      'ics',
      '--data',
      second,
      '--body',
      'conseil-cooperation',
      '--now',
      '2026-01-15T10:00:00Z',
    ]);
    expect(r.code).toBe(0);
    expect(uidsOf(r.out)).toEqual([
      'cocoop-2026-02@pole-ressources.ptce',
      'cocoop-2026-06@pole-ressources.ptce',
      'cocoop-2026-12@pole-ressources.ptce',
    ]);
    expect(r.err.trim()).toBe('3 événements dans « Conseil de coopération — Pôle Ressources ».');
  });

  it('writes the file given with --out and says so', async () => {
    const out = join(workDir, 'bureau.ics');
    const r = await runCli([
      'ics',
      '--data',
      second,
      '--body',
      'bureau',
      '--out',
      out,
      '--now',
      '2026-01-15T10:00:00Z',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([
      `Calendrier écrit dans « ${out} ».`,
      '0 événement dans « Bureau — Pôle Ressources ».',
      '1 réunion connue seulement au mois ou à l’année n’est pas dans le calendrier.',
    ]);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('writes schema.org JSON-LD with --json-ld', async () => {
    const r = await runCli([
      'ics',
      '--data',
      second,
      '--body',
      'assemblee-membres',
      '--json-ld',
      '--now',
      '2026-01-15T10:00:00Z',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { '@graph': { startDate: string; name: string }[] };
    expect(doc['@graph'].map((e) => [e.name, e.startDate])).toEqual([
      ['Assemblée des membres 2026', '2026-03-12T18:00:00+01:00'],
      ['Assemblée des membres 2027', '2027-03-11T18:00:00+01:00'],
    ]);
  });

  it('exits 2 with the known ids for an unknown --body', async () => {
    const r = await runCli(['ics', '--data', second, '--body', 'inconnu']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim()).toMatch(
      /^Instance ou groupe inconnu : « inconnu »\. Identifiants connus : .*bureau.*\.$/,
    );
  });

  it('exits 2 when the output file cannot be written', async () => {
    const out = join(workDir, 'absent', 'x.ics');
    const r = await runCli(['ics', '--data', second, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Impossible d’écrire « ${out} » : dossier introuvable.`);
  });

  it('exits 1 with located errors for an invalid data file', async () => {
    const r = await runCli(['ics', '--data', `${root}test/fixtures/broken-three-faults.yaml`]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bodies[0].cadence.min');
  });
});
