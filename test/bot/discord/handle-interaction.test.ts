import { describe, expect, it } from 'vitest';
import { reply } from '../../../packages/bot/src/conversation/reply.js';
import type { BotServices } from '../../../packages/bot/src/discord/bot-services.js';
import { handleInteraction } from '../../../packages/bot/src/discord/handle-interaction.js';
import type { SlashCommand } from '../../../packages/bot/src/discord/slash-command.js';
import { createLogger } from '../../../packages/bot/src/logger.js';

/** Just enough of a ChatInputCommandInteraction to follow what the router calls, in order. */
function stubInteraction(commandName: string) {
  const calls: Array<[string, unknown]> = [];
  const interaction = {
    commandName,
    user: { id: '123456789012345678' },
    deferred: false,
    replied: false,
    ephemeral: null as boolean | null,
    isChatInputCommand: () => true,
    isAutocomplete: () => false,
    isMessageComponent: () => false,
    async reply(options: unknown) {
      calls.push(['reply', options]);
      interaction.replied = true;
    },
    async deferReply(options: { flags?: number }) {
      calls.push(['deferReply', options]);
      interaction.deferred = true;
      interaction.ephemeral = options.flags === 64;
    },
    async editReply(options: unknown) {
      calls.push(['editReply', options]);
    },
    async deleteReply() {
      calls.push(['deleteReply', undefined]);
    },
    async followUp(options: unknown) {
      calls.push(['followUp', options]);
    },
  };
  return { interaction, calls };
}

function services(logs: string[]): BotServices {
  return {
    logger: createLogger({ write: (l) => logs.push(l), now: () => new Date(0) }),
    // The links a reply may show are read from the guild's data: none here.
    dataset: () => ({ file: {} }),
  } as unknown as BotServices;
}

const command = (overrides: Partial<SlashCommand>): SlashCommand => ({
  definition: { name: 'test', description: 'test' },
  run: () => reply('x', 'Réponse'),
  ...overrides,
});

const run = async (cmd: SlashCommand, logs: string[] = []) => {
  const { interaction, calls } = stubInteraction('test');
  await handleInteraction(interaction as never, new Map([['test', cmd]]), services(logs));
  return calls.map(([name, options]) => [
    name,
    options && typeof options === 'object' && 'embeds' in options
      ? {
          title: (options as { embeds: { title: string }[] }).embeds[0]?.title,
          flags: (options as { flags?: number }).flags,
        }
      : options,
  ]);
};

describe('handleInteraction', () => {
  it('answers a handler that throws with a private apology and logs the error', async () => {
    const logs: string[] = [];
    const calls = await run(
      command({
        run: () => {
          throw new Error('boom');
        },
      }),
      logs,
    );
    expect(calls).toEqual([['reply', { title: 'Désolé, une erreur est survenue…', flags: 64 }]]);
    expect(logs).toEqual([
      '1970-01-01T00:00:00.000Z ERROR command failed command=test user=123456789012345678 error="Error: boom"',
    ]);
  });

  it('replaces a public deferral by a private follow-up when a deferred handler throws', async () => {
    const calls = await run(
      command({
        defer: 'public',
        run: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(calls).toEqual([
      ['deferReply', {}],
      ['deleteReply', undefined],
      ['followUp', { title: 'Désolé, une erreur est survenue…', flags: 64 }],
    ]);
  });

  it('moves an error reply of a publicly deferred command to a private follow-up', async () => {
    const calls = await run(
      command({ defer: 'public', run: () => reply('usage', 'Groupe inconnu', { error: true }) }),
    );
    expect(calls).toEqual([
      ['deferReply', {}],
      ['deleteReply', undefined],
      ['followUp', { title: 'Groupe inconnu', flags: 64 }],
    ]);
  });

  it('edits a privately deferred reply in place', async () => {
    const calls = await run(
      command({ defer: 'ephemeral', run: () => reply('usage', 'Refusé', { error: true }) }),
    );
    expect(calls).toEqual([
      ['deferReply', { flags: 64 }],
      ['editReply', { title: 'Refusé', flags: undefined }],
    ]);
  });

  it('refuses before running or deferring when a precondition says no', async () => {
    let ran = false;
    const calls = await run(
      command({
        defer: 'ephemeral',
        preconditions: [() => reply('refused', 'Commande réservée à l’équipe', { error: true })],
        run: () => {
          ran = true;
          return reply('x', 'Réponse');
        },
      }),
    );
    expect(ran).toBe(false);
    expect(calls).toEqual([['reply', { title: 'Commande réservée à l’équipe', flags: 64 }]]);
  });

  it('answers publicly when all is well', async () => {
    expect(await run(command({}))).toEqual([['reply', { title: 'Réponse', flags: undefined }]]);
  });
});
