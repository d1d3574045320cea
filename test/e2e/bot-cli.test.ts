import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../packages/bot/src/app/start-bot.js';
import { main } from '../../packages/bot/src/cli.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { BotStartError } from '../../packages/bot/src/discord/bot-start-error.js';
import { SLASH_COMMANDS } from '../../packages/bot/src/discord/slash-commands.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { botEnv, embedOf, fixture, TEST_TOKEN } from '../bot/discord/e2e-harness.js';
import { FakeDiscord } from '../support/fake-discord.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Every command the bot defines, in registration order.
const COMMANDS = [...SLASH_COMMANDS.keys()];

/** Runs one `ptce` subcommand in-process, through `main`, with the exit statuses it gives. */
async function runCommand(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    out: (t: string) => {
      out += `${t}\n`;
    },
    err: (t: string) => {
      err += `${t}\n`;
    },
    env,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TEST_TOKEN, waitTimeoutMs: 15_000 });
  dir = mkdtempSync(path.join(tmpdir(), 'ptce-bot-cli-'));
});
afterAll(async () => {
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ptce register', () => {
  it('registers every command on DISCORD_GUILD_ID with one bulk overwrite', async () => {
    const r = await runCommand(['register'], botEnv(fake, dir));
    expect(r).toEqual({
      code: 0,
      out: `✓ ${COMMANDS.length} commandes enregistrées sur le serveur ${fake.guild.id} : ${COMMANDS.map((c) => `/${c}`).join(', ')}\n`,
      err: '',
    });
    expect(fake.commands(fake.guild.id).map((c) => c.name)).toEqual(COMMANDS);
  });

  it('registers them globally with --global', async () => {
    const { DISCORD_GUILD_ID: _guild, ...env } = botEnv(fake, dir);
    const r = await runCommand(['register', '--global'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`✓ ${COMMANDS.length} commandes enregistrées pour tous les serveurs`);
    expect(fake.commands().map((c) => c.name)).toEqual(COMMANDS);
    expect(
      fake.requests({ method: 'PUT', route: `/applications/${fake.applicationId}/commands` }),
    ).toHaveLength(1);
  });

  it('asks for a guild or --global', async () => {
    const { DISCORD_GUILD_ID: _guild, ...env } = botEnv(fake, dir);
    const r = await runCommand(['register'], env);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'DISCORD_GUILD_ID n’est pas défini : indiquez l’identifiant du serveur, ou ajoutez --global pour enregistrer les commandes sur tous les serveurs.\n',
    });
  });

  it('says the token was refused, without printing it', async () => {
    const wrong = `${TEST_TOKEN}-wrong`;
    const r = await runCommand(['register'], {
      ...botEnv(fake, dir),
      DISCORD_TOKEN: wrong,
    });
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'Échec de l’enregistrement des commandes : Discord a refusé le jeton (DISCORD_TOKEN).\n',
    });
  });
});

describe('ptce bot, failing to start', () => {
  it('stops on a config error with one French line naming the variable', async () => {
    const { DISCORD_TOKEN: _token, ...env } = botEnv(fake, dir);
    const r = await runCommand(['bot'], env);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'Réglage manquant : DISCORD_TOKEN (le jeton du bot, à copier depuis le portail des développeurs Discord).\n',
    });
  });

  it('refuses a bad --clock', async () => {
    const r = await runCommand(['bot', '--clock', 'hier'], botEnv(fake, dir));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      '--clock invalide : « hier » (attendu : une date et heure comme 2026-03-27T08:59:00+01:00, éventuellement suivie de x60 pour faire passer le temps 60 fois plus vite).\n',
    );
  });

  it('reports a refused login in French, never with the token', async () => {
    const wrong = `${TEST_TOKEN}-wrong`;
    const logs: string[] = [];
    const config = loadConfig({ ...botEnv(fake, dir), DISCORD_TOKEN: wrong });
    const started = startBot({
      config,
      logger: createLogger({ write: (l) => logs.push(l), secrets: [wrong] }),
    });
    const error = await started.then(
      () => new Error('the bot started with a wrong token'),
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(BotStartError);
    expect(error.message).toBe(
      'Discord a refusé le jeton du bot (DISCORD_TOKEN) : vérifiez-le ou régénérez-le dans le portail des développeurs.',
    );
    expect(`${error.message}\n${String(error.stack)}\n${logs.join('\n')}`).not.toContain(wrong);
    expect(logs.join('\n')).not.toContain(TEST_TOKEN);

    const r = await runCommand(['bot'], { ...botEnv(fake, dir), DISCORD_TOKEN: wrong });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n').at(-1)).toBe(error.message);
    expect(r.err).not.toContain(TEST_TOKEN);
  });
});

describe('ptce bot, the real CLI process', () => {
  const bin = path.join(root, 'packages/bot/bin/ptce.js');
  let child: ChildProcess | undefined;
  let stderr = '';

  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  function exited(process: ChildProcess): Promise<number | null> {
    return new Promise((resolve) => {
      if (process.exitCode !== null) resolve(process.exitCode);
      else process.once('exit', (code) => resolve(code));
    });
  }

  it('serves interactions, reloads on SIGHUP, and exits 0 on SIGTERM', async () => {
    const built = path.join(root, 'packages/bot/dist/cli.js');
    if (!existsSync(built)) {
      throw new Error(
        'packages/bot/dist does not have `ptce bot` yet: run `npx tsup` (npm test builds first).',
      );
    }
    const dataFile = path.join(dir, 'cli-ptce.yaml');
    copyFileSync(fixture('second-ptce.yaml'), dataFile);
    const env = {
      PATH: process.env.PATH,
      ...botEnv(fake, dir, { PTCE_DATA: dataFile, PTCE_STAFF_CHANNEL_ID: fake.channel('bureau').id }),
      PTCE_CLOCK: '',
    };
    fake.clearRecords();
    const identified = fake.identifyCount;
    child = spawn(process.execPath, [bin, 'bot', '--clock', '2026-01-15T09:00:00+01:00'], { cwd: root, env });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });

    await fake.waitForIdentify(identified + 1);
    await fake.waitForRequest({
      method: 'PUT',
      template: '/applications/:applicationId/guilds/:guildId/commands',
    });
    const reply = await fake.sendInteraction({
      name: 'prochain',
      options: { instance: 'conseil-cooperation' },
    }).response;
    expect(embedOf(reply).title).toBe('Prochaine réunion : Conseil de coopération');

    copyFileSync(fixture('broken-three-faults.yaml'), dataFile);
    child.kill('SIGHUP');
    const staff = await fake.waitForRequest({
      method: 'POST',
      route: `/channels/${fake.channel('bureau').id}/messages`,
    });
    const embed = (staff.body as { embeds: { title: string; description: string }[] }).embeds[0]!;
    expect(embed.title).toBe('Données non rechargées');
    expect(embed.description).toContain(':255:12 meetings[5].start: date impossible : « 2026-02-30 »');

    const again = await fake.sendInteraction({ name: 'prochain' }).response;
    expect(embedOf(again).title).toBe('Prochaine réunion : Conseil de coopération');

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(stderr).toContain('INFO  bot ready');
    expect(stderr).toContain('WARN  data reload refused, keeping the previous data origin=SIGHUP');
    expect(stderr).toContain('INFO  stopping signal=SIGTERM');
    expect(stderr).toContain('INFO  bot stopped');
    expect(stderr).not.toContain(TEST_TOKEN);
  });
});
