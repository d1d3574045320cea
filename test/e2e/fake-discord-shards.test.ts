import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Message, Partials } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord } from '../support/fake-discord.js';

// (id >> 22) % 2: 1, 0, 1.
const GUILD_ODD = '1100000000000000000';
const GUILD_EVEN = '1100000000004194304';
const GUILD_ODD_TOO = '1100000000008388608';

let fake: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  await fake?.stop();
  fake = undefined;
});

async function startFake(): Promise<FakeDiscord> {
  fake = await FakeDiscord.start({
    heartbeatIntervalMs: 200,
    recommendedShards: 2,
    maxConcurrency: 16,
    guilds: [GUILD_ODD, GUILD_EVEN, GUILD_ODD_TOO].map((id, i) => ({
      id,
      name: `Serveur ${i}`,
      channels: [{ name: 'general' }],
      members: [{ user: { username: `membre-${i}` } }],
    })),
  });
  return fake;
}

/** A discord.js client connecting one shard of two, as a ShardingManager's process does. */
async function shardClient(target: FakeDiscord, shard: number): Promise<Client> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    rest: { api: target.apiUrl },
    shards: shard,
    shardCount: 2,
  });
  clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login('fake-bot-token');
  await ready;
  return client;
}

/** Polls `done` every few milliseconds; rejects after two seconds. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function messagesSeen(client: Client): string[] {
  const seen: string[] = [];
  client.on(Events.MessageCreate, (message: Message) => seen.push(message.content));
  return seen;
}

describe('FakeDiscord sharding', () => {
  it('advises the configured shard count and identify concurrency on GET /gateway/bot', async () => {
    const target = await startFake();
    const answer = await fetch(`${target.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot x' } });
    const body = (await answer.json()) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    expect([body.shards, body.session_start_limit.max_concurrency]).toEqual([2, 16]);
  });

  it('sends each shard only the guilds whose id maps to it', async () => {
    const target = await startFake();
    const zero = await shardClient(target, 0);
    const one = await shardClient(target, 1);
    expect(target.identifies.map((d) => d.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([[...zero.guilds.cache.keys()], [...one.guilds.cache.keys()].sort()]).toEqual([
      [GUILD_EVEN],
      [GUILD_ODD, GUILD_ODD_TOO].sort(),
    ]);
  });

  it('sends a guild’s events to its shard only, and DMs to shard 0', async () => {
    const target = await startFake();
    const zero = await shardClient(target, 0);
    const one = await shardClient(target, 1);
    const [seenByZero, seenByOne] = [messagesSeen(zero), messagesSeen(one)];
    const author = target.user('membre-0').id;
    target.sendMessage({
      content: 'dans le serveur pair',
      channelId: target.channel('general', GUILD_EVEN).id,
    });
    target.sendMessage({
      content: 'dans le serveur impair',
      channelId: target.channel('general', GUILD_ODD).id,
    });
    target.sendMessage({ content: 'en message privé', authorId: author, dm: true });
    const last = target.sendMessage({
      content: 'encore impair',
      channelId: target.channel('general', GUILD_ODD_TOO).id,
    });
    // The last message of each shard arrives after the earlier ones: the gateway keeps order.
    await until(() => seenByZero.includes('en message privé') && seenByOne.includes(last.content));
    expect([seenByZero, seenByOne]).toEqual([
      ['dans le serveur pair', 'en message privé'],
      ['dans le serveur impair', 'encore impair'],
    ]);
  });

  it('closes with 4010 an IDENTIFY whose shard id is not below its count', async () => {
    const target = await startFake();
    const socket = new WebSocket(target.gatewayUrl);
    await once(socket, 'message');
    socket.send(JSON.stringify({ op: 2, d: { token: 'x', intents: 1, properties: {}, shard: [2, 2] } }));
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4010);
  });
});
