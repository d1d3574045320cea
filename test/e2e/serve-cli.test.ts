import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../bot/cli-support.js';
import { WEB_FIXTURE_PATH } from '../support/web-fixture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/bot/bin/ptce.js', import.meta.url));

describe('ptce serve', () => {
  it('serves the embedded PTCE on a free port with no Discord, replays --now, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--now', '2023-04-01T10:00'], {
      cwd: root,
      env: { PATH: process.env.PATH },
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Agenda servi sur (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (found && out.includes('Ctrl+C')) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`ptce serve exited with ${code}: ${out}`)));
    });
    const home = await (await fetch(`${url}/`)).text();
    expect(home).toContain('<h3>avril 2023</h3>');
    expect(home).toContain(
      `<time datetime="2023-04-06T13:30">Jeudi 6 avril 2023 de 13 h 30 à 17 h 45</time></p><p class="what"><a href="/reunions/2023-04-06-comite-de-pilotage">Comité de pilotage du PTCE Auton'Hommes</a>`,
    );
    expect((await fetch(`${url}/calendar.ics`)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      `Agenda servi sur ${url}/`,
      "PTCE Auton'Hommes : arrêtez avec Ctrl+C.",
      'Agenda arrêté.',
    ]);
  });

  it('refuses a bad port in French, with the usage status', async () => {
    const result = await runCli(['serve', '--port', 'quatre-vingt', '--data', WEB_FIXTURE_PATH]);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'Port invalide : « quatre-vingt » (attendu : un nombre de 0 à 65535, 0 pour un port libre).\n',
    });
  });

  it('refuses a broken data file with each error at its line and column, and serves nothing', async () => {
    const broken = fileURLToPath(new URL('../fixtures/broken-three-faults.yaml', import.meta.url));
    const result = await runCli(['serve', '--port', '0', '--data', broken]);
    const file = broken.replace(`${process.cwd()}/`, '');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.trim().split('\n')).toEqual([
      `Le fichier « ${file} » contient des erreurs.`,
      `${file}:164:32 bodies[0].cadence.min: Entrée invalide : nombre attendu, chaîne de caractères reçu`,
      `${file}:255:12 meetings[5].start: date impossible : « 2026-02-30 »`,
      `${file}:279:11 meetings[8].body: instance « assemblee-generale » introuvable`,
    ]);
  });
});
