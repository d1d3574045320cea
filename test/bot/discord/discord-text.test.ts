import { describe, expect, it } from 'vitest';
import { defusedMentions } from '../../../packages/bot/src/defused-mentions.js';
import { discordText } from '../../../packages/bot/src/discord/discord-text.js';

const Z = '\u200b';
const chosen = (url: string) => url === 'https://ptce.example/visio_a';

describe('discordText', () => {
  it('leaves plain French text as it is', () => {
    expect(discordText('Conseil de coopération du 12 décembre (14 h) : 3 points, l’ordre du jour.')).toBe(
      'Conseil de coopération du 12 décembre (14 h) : 3 points, l’ordre du jour.',
    );
  });

  it('turns a typed masked link and bold into the text as typed, the link dead', () => {
    expect(discordText('[clique ici](https://evil.example) **URGENT**')).toBe(
      `\\[clique ici](https${Z}://evil.example) \\*\\*URGENT\\*\\*`,
    );
  });

  it('escapes *, _, `, ~~, || and \\ in a name', () => {
    expect(discordText('Les *Amis* du_bois `code` ~~barré~~ ||spoiler|| a|b ~x c:\\dossier')).toBe(
      'Les \\*Amis\\* du\\_bois \\`code\\` \\~\\~barré\\~\\~ \\|\\|spoiler\\|\\| a|b ~x c:\\\\dossier',
    );
  });

  it('escapes quotes, subtext, headings and lists at the start of a line', () => {
    expect(discordText('> cité\n>>> bloc\n-# petit\n# Titre\n- puce\n1. un\nla flèche -> reste')).toBe(
      '\\> cité\n\\>>> bloc\n\\-# petit\n\\# Titre\n\\- puce\n1\\. un\nla flèche -> reste',
    );
  });

  it('defuses @everyone, @here, typed dates, commands and emoji, and leaves mentions the bot writes', () => {
    expect(
      discordText('@everyone @here <@&123> <@!45> <@67> <#89> <t:1702386000:R> </aide:1> <:pt:12> <a:pt:12>'),
    ).toBe(
      `@${Z}everyone @${Z}here <@&123> <@!45> <@67> <#89> <${Z}t:1702386000:R> <${Z}/aide:1> <${Z}:pt:12> <${Z}a:pt:12>`,
    );
  });

  it('keeps a chosen URL a link, untouched, and kills any other', () => {
    expect(discordText('voir https://ptce.example/visio_a, puis https://evil.example/x_y.', chosen)).toBe(
      `voir https://ptce.example/visio_a, puis https${Z}://evil.example/x\\_y.`,
    );
    expect(discordText('https://ptce.example/visio_a')).toBe(`https${Z}://ptce.example/visio\\_a`);
    expect(discordText('<https://evil.example> ftp://x.example', chosen)).toBe(
      `<https${Z}://evil.example> ftp${Z}://x.example`,
    );
  });

  it('keeps a masked link dead even when it points to a chosen URL', () => {
    expect(discordText('[ici](https://ptce.example/visio_a)', chosen)).toBe(
      '\\[ici](https://ptce.example/visio_a)',
    );
  });
});

describe('defusedMentions', () => {
  it('breaks every mention, and nothing else', () => {
    expect(defusedMentions('@everyone @HERE <@&123> <@!45> <@67> <#89> a@b.fr <#x>')).toBe(
      `@${Z}everyone @${Z}HERE <@${Z}&123> <@${Z}!45> <@${Z}67> <#${Z}89> a@b.fr <#x>`,
    );
  });
});
