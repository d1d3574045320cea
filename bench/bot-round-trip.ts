/**
 * The bots and the round trip the interaction benches time: a bare discord.js bot and the PTCE
 * bot (`startBot` of `packages/bot/dist`), each its own plain `node` process against its own
 * local fake Discord, and one event sent → the request carrying the answer's content received.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  FakeDiscord,
  type RecordedRequest,
  type SendInteractionInput,
} from '../test/support/fake-discord.js';
import { REPO_ROOT } from '../test/support/reminder-bot-process.js';

export const TOKEN = 'bench.token.not-secret';
export const BARE_TEXT = 'Réponse fixe du bot nu.';
export const botDist = path.join(REPO_ROOT, 'packages/bot/dist/index.js');

export type Mode = 'bare' | 'ptce';
export type Command = 'prochain' | 'question' | 'mention';

// ---- The two bots: plain ESM run by `node --input-type=module -e` ----------------------------

/** The bare bot: the PTCE bot's intents and partials, and a fixed text for each round trip. */
const BARE_BOT = `
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
const TEXT = ${JSON.stringify(BARE_TEXT)};
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_URL },
});
client.on(Events.InteractionCreate, async (interaction) => {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isChatInputCommand() && interaction.commandName === 'question') {
      await interaction.deferReply();
      await interaction.editReply(TEXT);
    } else if (interaction.isRepliable()) await interaction.reply(TEXT);
  } catch (error) {
    console.error(error);
  }
});
client.on(Events.MessageCreate, (message) => {
  if (message.author.bot || !message.mentions.users.has(client.user.id)) return;
  message.reply(TEXT).catch((error) => console.error(error));
});
client.once(Events.ClientReady, () => process.send({ ready: true }));
process.on('disconnect', () => process.exit(0));
await client.login(process.env.DISCORD_TOKEN);
`;

/** The PTCE bot: `startBot` of the build (what `ptce bot` runs), logging warnings only. */
export const PTCE_BOT = `
const { createLogger, loadConfig, startBot } = await import(${JSON.stringify(pathToFileURL(botDist).href)});
const config = loadConfig(process.env);
await startBot({ config, logger: createLogger({ level: 'warn', secrets: [config.token] }) });
process.send({ ready: true });
process.on('disconnect', () => process.exit(0));
`;

export interface Bench {
  readonly mode: Mode;
  readonly fake: FakeDiscord;
  readonly child: ChildProcess;
}

export async function startBench(mode: Mode, env: Record<string, string>): Promise<Bench> {
  return { mode, ...(await spawnBot(mode === 'bare' ? BARE_BOT : PTCE_BOT, mode, env)) };
}

/**
 * A bot script run by plain `node` against a new fake Discord, with the fake's addresses in its
 * environment; resolves once the script says it is ready over IPC.
 */
export async function spawnBot(
  script: string,
  label: string,
  env: Record<string, string>,
): Promise<{ fake: FakeDiscord; child: ChildProcess }> {
  const fake = await FakeDiscord.start({ token: TOKEN, waitTimeoutMs: 60_000 });
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${label} bot exited with ${code}`)));
  });
  return { fake, child };
}

export async function stopBench(bench: Bench): Promise<void> {
  const exited = new Promise((resolve) => bench.child.once('exit', resolve));
  bench.child.kill('SIGKILL');
  await exited;
  await bench.fake.stop();
}

// ---- One round trip ---------------------------------------------------------------------------

/** A body that carries an answer: text or embeds, not a bare deferral. */
function hasContent(body: unknown): boolean {
  const b = (body ?? {}) as {
    content?: unknown;
    embeds?: unknown;
    data?: { content?: unknown; embeds?: unknown };
  };
  const carrier = b.data ?? b;
  return (
    (typeof carrier.content === 'string' && carrier.content.length > 0) ||
    (Array.isArray(carrier.embeds) && carrier.embeds.length > 0)
  );
}

/** What the answer said, in a few words: its text or its first embed's title. */
export function gist(body: unknown): string {
  const b = (body ?? {}) as { content?: string; embeds?: Array<{ title?: string }>; data?: unknown };
  const carrier = (b.data ?? b) as { content?: string; embeds?: Array<{ title?: string }> };
  const text = carrier.content || carrier.embeds?.[0]?.title || '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export const QUESTIONS = [
  'c’est quand le prochain comité de pilotage ?',
  'qui anime le GT1 ?',
  'quelles structures sont à Valenciennes ?',
  'combien d’adhérents en 2023 ?',
  'ordre du jour du prochain bureau',
  'qu’est-ce qu’un PTCE ?',
];

/** Sends one event and returns the ms until the request with its answer reached the fake. */
export async function roundTrip(
  bench: Bench,
  command: Command,
  i: number,
  targets: readonly string[],
): Promise<{ ms: number; answer: RecordedRequest }> {
  const { fake } = bench;
  let id = '';
  let token = '';
  const answered = fake.nextRequest((r) => {
    if (!hasContent(r.body)) return false;
    if (command === 'prochain') {
      return r.template === '/interactions/:interactionId/:token/callback' && r.params.interactionId === id;
    }
    if (command === 'question') {
      return (
        (r.template === '/webhooks/:applicationId/:token/messages/:messageId' ||
          r.template === '/webhooks/:applicationId/:token') &&
        r.params.token === token
      );
    }
    const reference = (r.body as { message_reference?: { message_id?: string } }).message_reference;
    return (
      r.method === 'POST' && r.template === '/channels/:channelId/messages' && reference?.message_id === id
    );
  });
  const question = QUESTIONS[i % QUESTIONS.length]!;
  const sentAt = performance.now();
  if (command === 'mention') {
    id = fake.sendMessage({ content: question, mentionsBot: true }).id;
  } else {
    const target = targets[i % targets.length]!;
    const input: SendInteractionInput =
      command === 'prochain'
        ? { name: 'prochain', options: target ? { instance: target } : {} }
        : { name: 'question', options: { texte: question } };
    ({ id, token } = fake.sendInteraction(input));
  }
  const answer = await answered;
  // Kept small: the filters above scan nothing, but the records would grow with every sample.
  fake.clearRecords();
  return { ms: answer.receivedAt - sentAt, answer };
}
