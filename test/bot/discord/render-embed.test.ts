import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reply } from '../../../packages/bot/src/conversation/reply.js';
import {
  discordTimestamp,
  EMBED_COLOR,
  EMBED_LIMITS,
  lineText,
  renderEmbed,
} from '../../../packages/bot/src/discord/render-embed.js';

const DEC_12_2023_14H = Date.parse('2023-12-12T14:00:00+01:00');

function embedSize(embed: ReturnType<typeof renderEmbed>): number {
  let size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const f of embed.fields ?? []) size += f.name.length + f.value.length;
  return size;
}

describe('renderEmbed', () => {
  it('puts the title, the lines, the fields, the suggestions and the sources in their places', () => {
    const embed = renderEmbed(
      reply('next-meeting', 'Prochaine réunion : Comité de pilotage', {
        lines: [
          { text: 'mardi 12 décembre 2023 à 14 h — Comité de pilotage', at: DEC_12_2023_14H },
          'Lieu : Denain',
        ],
        fields: [{ name: 'Ordre du jour', value: 'Bilan 2023', inline: true }],
        sources: [{ id: 'cr', title: 'Compte rendu du COPIL', date: '2023-12-12' }],
        suggestions: ['ordre du jour du comité de pilotage'],
      }),
    );
    expect(embed).toEqual({
      title: 'Prochaine réunion : Comité de pilotage',
      color: EMBED_COLOR.answer,
      description:
        'mardi 12 décembre 2023 à 14 h — Comité de pilotage (<t:1702386000:F>, <t:1702386000:R>)\nLieu : Denain',
      fields: [
        { name: 'Ordre du jour', value: 'Bilan 2023', inline: true },
        { name: 'À demander aussi', value: '« ordre du jour du comité de pilotage »' },
      ],
      footer: { text: 'Sources : Compte rendu du COPIL (2023-12-12)' },
    });
  });

  it('colours an error red and leaves out what is empty', () => {
    expect(renderEmbed(reply('usage', 'Groupe inconnu', { error: true }))).toEqual({
      title: 'Groupe inconnu',
      color: EMBED_COLOR.error,
    });
  });

  it('drops fields Discord would refuse because their name or value is blank', () => {
    const embed = renderEmbed(
      reply('x', 'T', {
        fields: [
          { name: 'Vide', value: ' ' },
          { name: 'Ok', value: 'oui' },
        ],
      }),
    );
    expect(embed.fields).toEqual([{ name: 'Ok', value: 'oui' }]);
  });

  it('cuts a long description at a line boundary and ends it with "…"', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(60)}`);
    const embed = renderEmbed(reply('agenda', 'Agenda', { lines }));
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    const kept = embed.description!.split('\n');
    expect(kept.at(-1)).toBe('…');
    expect(kept.slice(0, -1)).toEqual(lines.slice(0, kept.length - 1));
  });

  it('truncates a long title, field name and value with "…"', () => {
    const embed = renderEmbed(
      reply('x', 'T'.repeat(300), { fields: [{ name: 'N'.repeat(300), value: 'V'.repeat(2000) }] }),
    );
    expect(embed.title).toBe(`${'T'.repeat(255)}…`);
    expect(embed.fields![0]).toEqual({ name: `${'N'.repeat(255)}…`, value: `${'V'.repeat(1023)}…` });
  });

  it('keeps at most 25 fields', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v' }));
    expect(renderEmbed(reply('x', 'T', { fields })).fields).toHaveLength(25);
  });

  it('stays within every Discord limit whatever the reply holds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 600 });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ text, at: fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: undefined }) }), {
          maxLength: 40,
        }),
        fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
        fc.array(fc.record({ id: fc.string(), title: text, date: fc.string({ maxLength: 10 }) }), {
          maxLength: 5,
        }),
        (title, lines, fields, sources) => {
          const embed = renderEmbed(
            reply('x', title, {
              lines: lines.map((l) => (l.at === undefined ? { text: l.text } : { text: l.text, at: l.at })),
              fields,
              sources,
            }),
          );
          expect(embed.title!.length).toBeLessThanOrEqual(256);
          expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
          expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
          for (const f of embed.fields ?? []) {
            expect(f.name.length).toBeLessThanOrEqual(256);
            expect(f.value.length).toBeLessThanOrEqual(1024);
          }
          expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
          expect(embedSize(embed)).toBeLessThanOrEqual(6000);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('renderEmbed with hostile text', () => {
  const family = '👩‍👩‍👧';
  const chosen = (url: string) => url === 'https://visio.ptce.example/copil';

  it('shows every text as written: Markdown escaped, links only where chosen, the footer left plain', () => {
    const embed = renderEmbed(
      reply('unknown', 'Les *Amis* du_bois', {
        lines: [
          'Je ne sais pas répondre à « [x](http://evil.example) ~~barré~~ ».',
          { text: 'Visio : https://visio.ptce.example/copil', at: DEC_12_2023_14H },
          '> citation @everyone',
        ],
        fields: [{ name: '`Bureau` ||secret||', value: 'voir https://evil.example/a_b.' }],
        sources: [{ id: 'cr', title: 'Rapport *2023*', date: '2023-12-12' }],
        suggestions: ['**gras**'],
      }),
      chosen,
    );
    expect(embed).toEqual({
      title: 'Les \\*Amis\\* du\\_bois',
      color: EMBED_COLOR.answer,
      description: [
        'Je ne sais pas répondre à « \\[x](http\u200b://evil.example) \\~\\~barré\\~\\~ ».',
        'Visio : https://visio.ptce.example/copil (<t:1702386000:F>, <t:1702386000:R>)',
        '\\> citation @\u200beveryone',
      ].join('\n'),
      fields: [
        { name: '\\`Bureau\\` \\|\\|secret\\|\\|', value: 'voir https\u200b://evil.example/a\\_b.' },
        { name: 'À demander aussi', value: '« \\*\\*gras\\*\\* »' },
      ],
      // Discord shows a footer as plain text: a backslash there would be seen.
      footer: { text: 'Sources : Rapport *2023* (2023-12-12)' },
    });
  });

  it('links no URL at all without a list of chosen ones', () => {
    expect(renderEmbed(reply('x', 'T', { lines: ['https://visio.ptce.example/copil'] })).description).toBe(
      'https\u200b://visio.ptce.example/copil',
    );
  });

  it('cuts an escaped title before an emoji family, never inside it', () => {
    const embed = renderEmbed(reply('x', `Les *Amis* ${'a'.repeat(239)}${family} fin`, {}));
    expect(embed.title).toBe(`Les \\*Amis\\* ${'a'.repeat(239)}…`);
    expect(embed.title).toHaveLength(253);
    const fits = renderEmbed(reply('x', `Les *Amis* ${'a'.repeat(230)}${family} fin`, {}));
    expect(fits.title).toBe(`Les \\*Amis\\* ${'a'.repeat(230)}${family} fin`);
  });

  it('cuts a field value between graphemes after escaping', () => {
    const embed = renderEmbed(
      reply('x', 'T', { fields: [{ name: 'n', value: `${'*a'.repeat(339)}${family}🇫🇷` }] }),
    );
    // 339 « *a » escape to 1 017 characters; the family (8) would pass 1 023.
    expect(embed.fields?.[0]?.value).toBe(`${'\\*a'.repeat(339)}…`);
  });
});

describe('lineText', () => {
  it('adds the full date and the relative time as Discord timestamps next to the French text', () => {
    expect(
      lineText({ text: 'mardi 12 décembre 2023 à 14 h — Comité de pilotage', at: DEC_12_2023_14H }),
    ).toBe('mardi 12 décembre 2023 à 14 h — Comité de pilotage (<t:1702386000:F>, <t:1702386000:R>)');
  });

  it('leaves a line without an instant as it is', () => {
    expect(lineText({ text: 'janvier 2023 — Bureau' })).toBe('janvier 2023 — Bureau');
  });
});

describe('discordTimestamp', () => {
  it('uses whole seconds', () => {
    expect(discordTimestamp(1_702_386_000_999, 'R')).toBe('<t:1702386000:R>');
  });
});
