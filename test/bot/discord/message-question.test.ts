import { describe, expect, it } from 'vitest';
import { messageQuestion } from '../../../packages/bot/src/discord/handle-message.js';

const BOT = '111111111111111111';
const facts = { authorIsBot: false, inGuild: true, mentionsBot: true, botId: BOT };

describe('messageQuestion', () => {
  it('strips the bot mention from a question asked in a channel', () => {
    expect(messageQuestion({ ...facts, content: `<@${BOT}> quand a lieu le prochain bureau ?` })).toBe(
      'quand a lieu le prochain bureau ?',
    );
    expect(messageQuestion({ ...facts, content: `Dis <@!${BOT}>, qui anime le GT1 ?` })).toBe(
      'Dis , qui anime le GT1 ?',
    );
  });

  it('strips the bot’s own role mention too', () => {
    expect(
      messageQuestion({
        ...facts,
        botRoleId: '222222222222222222',
        content: '<@&222222222222222222> agenda',
      }),
    ).toBe('agenda');
  });

  it('answers every DM, mention or not', () => {
    expect(messageQuestion({ ...facts, inGuild: false, mentionsBot: false, content: 'aide' })).toBe('aide');
  });

  it('stays silent on guild messages that do not mention it, and on bots', () => {
    expect(
      messageQuestion({ ...facts, mentionsBot: false, content: '@everyone réunion demain' }),
    ).toBeUndefined();
    expect(messageQuestion({ ...facts, authorIsBot: true, content: `<@${BOT}> boucle ?` })).toBeUndefined();
  });

  it('gives an empty question for a bare mention', () => {
    expect(messageQuestion({ ...facts, content: `<@${BOT}>` })).toBe('');
  });
});
