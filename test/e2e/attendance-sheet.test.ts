import { createRequire } from 'node:module';
import path from 'node:path';
import { participantsPerMeeting } from '@ptce/core';
import Database from 'better-sqlite3';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHandle, startBot } from '../../packages/bot/src/app/start-bot.js';
import { loadConfig } from '../../packages/bot/src/config.js';
import { createLogger } from '../../packages/bot/src/logger.js';
import { type BotHarness, embedOf, isEphemeral, startHarness } from '../bot/discord/e2e-harness.js';
import type { InteractionReply, JsonObject, RawInteractionOption } from '../support/fake-discord.js';
import { dataWithRules, ptceGuild } from './attendance-fixture.js';

// The morning of the December council (3 Dec 2026, 14 h – 16 h 30): members answer, the sheet is shut.
const MORNING = '2026-12-03T10:00:00+01:00';
// The bot restarted after the meeting, at 17 h.
const EVENING = '2026-12-03T17:00:00+01:00';
const MEETING = 'cocoop-2026-12';
const WHAT = 'Conseil de coopération, jeudi 3 décembre 2026 de 14 h à 16 h 30';
const REFUSED = 'Commande réservée à l’équipe';
const standardFonts = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

let h: BotHarness;
let evening: BotHandle | undefined;
let guild: string;
const id = (name: string) => h.fake.user(name).id;

const command = (
  user: string,
  subcommand: string,
  options: Record<string, string> | RawInteractionOption[],
) =>
  h.fake.sendInteraction({
    name: subcommand === 'prochain' ? 'prochain' : 'reunion',
    ...(subcommand === 'prochain' ? {} : { subcommand }),
    options,
    userId: id(user),
  }).response;
const member = (user: string, who: string) =>
  h.fake.sendInteraction({
    name: 'membre',
    subcommand: 'lier',
    options: [
      { name: 'utilisateur', type: 6, value: id(user) },
      { name: 'qui', type: 3, value: who },
    ],
    userId: id('alice'),
  }).response;
const pick = (
  user: string,
  messageId: string,
  customId: string,
  values?: string[],
  componentType?: 2 | 3 | 5,
) =>
  h.fake.sendComponent({
    messageId,
    customId,
    userId: id(user),
    ...(values ? { values, componentType: componentType ?? 3 } : {}),
  }).response;
const lines = (reply: InteractionReply) => String(embedOf(reply).description).split('\n');
const fields = (reply: InteractionReply) =>
  ((embedOf(reply).fields as JsonObject[] | undefined) ?? []).map((f) => [f.name, f.value]);
const componentsOf = (reply: InteractionReply) =>
  ((reply.data.components as JsonObject[] | undefined) ?? []).map((row) =>
    (row.components as JsonObject[]).map((c) => [c.type, c.custom_id, c.placeholder ?? c.label]),
  );
/** The files of the last request that carried some: what the bot attached to the sheet. */
const lastFiles = () => {
  const request = h.fake
    .requests({})
    .filter((r) => r.files.length > 0)
    .at(-1)!;
  return Object.fromEntries(request.files.map((f) => [f.name, f.bytes]));
};

async function pdfText(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: standardFonts }).promise;
  const out: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim() !== '') out.push(item.str);
  }
  return out;
}

beforeAll(async () => {
  h = await startHarness({
    env: (_fake, dir) => ({ PTCE_CLOCK: MORNING, PTCE_DATA: dataWithRules(dir) }),
    fake: { guilds: [ptceGuild] },
  });
  guild = h.fake.guild.id;
});
afterAll(async () => {
  if (process.env.SHOW_LOGS) console.log(h.logs.filter((l) => /error|warn/i.test(l)).join('\n'));
  await evening?.stop();
  await h?.stop();
});

describe('/reunion emargement before the meeting', () => {
  it('members answer with the buttons', async () => {
    for (const [user, who] of [
      ['alice', 'fil-d-opale'],
      ['bob', 'panier-des-dunes'],
      ['carol', 'repare-et-vous'],
      ['dan', 'cooperative-canche'],
    ] as const) {
      await member(user, who);
    }
    const prochain = (await command('bob', 'prochain', { instance: 'conseil-cooperation' })).message!.id;
    await pick('alice', prochain, `presence:present:${MEETING}`);
    await pick('carol', prochain, `presence:excused:${MEETING}`);
    const select = (await pick('bob', prochain, `presence:proxy:${MEETING}`)).message!.id;
    await pick('bob', select, `pouvoir:${MEETING}`, [id('alice')], 5);
    expect(h.bot.store.attendanceAnswers(guild, MEETING).map((a) => [a.respondent, a.answer])).toEqual([
      ['fil-d-opale', 'present'],
      ['repare-et-vous', 'excused'],
      ['panier-des-dunes', 'proxy'],
    ]);
  });

  it('refuses to open the sheet before the meeting starts, in French', async () => {
    const reply = await command('alice', 'emargement', { reunion: MEETING });
    expect([isEphemeral(reply), embedOf(reply).title, lines(reply)]).toEqual([
      true,
      'Réunion pas encore commencée',
      [
        'La feuille d’émargement s’ouvre au début de la réunion, prévue le jeudi 3 décembre 2026 de 14 h à 16 h 30.',
      ],
    ]);
    expect(h.bot.store.sheetDraft(guild, MEETING)).toBeUndefined();
  });

  it('refuses a member who is not staff', async () => {
    const reply = await command('bob', 'emargement', { reunion: 'cocoop-2026-02' });
    expect([isEphemeral(reply), embedOf(reply).title]).toEqual([true, REFUSED]);
  });
});

describe('/reunion emargement after the meeting', () => {
  let sheet: string;

  beforeAll(async () => {
    await h.bot.stop();
    evening = await startBot({
      config: loadConfig({ ...h.env, PTCE_CLOCK: EVENING }),
      logger: createLogger({ write: () => {} }),
    });
  });

  it('opens the sheet pre-filled from the answers, privately, with the selects to correct it', async () => {
    const reply = await command('alice', 'emargement', { reunion: MEETING });
    sheet = reply.message!.id;
    expect([isEphemeral(reply), embedOf(reply).title]).toEqual([true, `Feuille d’émargement : ${WHAT}`]);
    expect(lines(reply)).toEqual([
      'Pré-remplie d’après les réponses des membres : corrigez-la avec les menus, puis confirmez-la.',
      '4 voix convoquées · 1 présent·e · 1 représenté·e · 1 excusé·e · 1 absent·e',
      'Quorum (1/2) atteint : 2 voix sur 2 requises.',
    ]);
    expect(fields(reply)).toEqual([
      ['Présents (1)', "Fil d'Opale"],
      ['Représentés (1)', "Panier des Dunes → Fil d'Opale"],
      ['Excusés (1)', 'Répare & Vous'],
      ['Absents (1)', 'Coopérative de la Canche'],
    ]);
    expect(componentsOf(reply)).toEqual([
      [[3, `emarg:present:0:${MEETING}`, 'Marquer présent·e…']],
      [[3, `emarg:absent:0:${MEETING}`, 'Marquer absent·e…']],
      [[3, `emarg:excused:0:${MEETING}`, 'Marquer excusé·e…']],
      [[3, `emarg:giver:0:${MEETING}`, 'Marquer représenté·e par un pouvoir…']],
      [[2, `emarg:confirm:0:${MEETING}`, 'Confirmer la feuille']],
    ]);
    const options = ((reply.data.components as JsonObject[])[0]!.components as JsonObject[])[0]!.options;
    expect(options).toEqual([
      { label: "Fil d'Opale", value: 'fil-d-opale', description: 'présent·e' },
      { label: 'Panier des Dunes', value: 'panier-des-dunes', description: "représenté·e par Fil d'Opale" },
      { label: 'Répare & Vous', value: 'repare-et-vous', description: 'excusé·e' },
      { label: 'Coopérative de la Canche', value: 'cooperative-canche', description: 'absent·e' },
    ]);
    // Nothing is stored until staff correct or confirm it.
    expect(evening!.store.sheetDraft(guild, MEETING)).toBeUndefined();
  });

  it('marks one voice present with the select, and keeps the correction', async () => {
    const reply = await pick('alice', sheet, `emarg:present:0:${MEETING}`, ['cooperative-canche']);
    expect([reply.type, lines(reply)]).toEqual([
      7,
      [
        '« Coopérative de la Canche » : présent·e.',
        'Pré-remplie d’après les réponses des membres : corrigez-la avec les menus, puis confirmez-la.',
        '4 voix convoquées · 2 présent·es · 1 représenté·e · 1 excusé·e · 0 absent·e',
        'Quorum (1/2) atteint : 3 voix sur 2 requises.',
      ],
    ]);
    expect(evening!.store.sheetDraft(guild, MEETING)?.map((r) => r.status)).toEqual([
      'present',
      'represented',
      'excused',
      'present',
    ]);
  });

  it('asks who carries a proxy, and refuses one over the holder’s cap', async () => {
    const step = await pick('alice', sheet, `emarg:giver:0:${MEETING}`, ['repare-et-vous']);
    expect([lines(step)[0], componentsOf(step)]).toEqual([
      'Qui porte le pouvoir de « Répare & Vous » ?',
      [
        [[3, `emarg:holder:0:2:${MEETING}`, 'Qui porte le pouvoir de Répare & Vous ?']],
        [[2, `emarg:page:0:${MEETING}`, 'Retour à la feuille']],
      ],
    ]);
    const over = await pick('alice', sheet, `emarg:holder:0:2:${MEETING}`, ['fil-d-opale']);
    expect(lines(over)[0]).toBe(
      "Pouvoir refusé : « Fil d'Opale » porte déjà 1 pouvoir, le maximum pour cette instance.",
    );
    expect(evening!.store.sheetDraft(guild, MEETING)?.[2]?.status).toBe('excused');
  });

  it('refuses a member who is not staff, even on the sheet’s components', async () => {
    const reply = await pick('bob', sheet, `emarg:confirm:0:${MEETING}`);
    expect([isEphemeral(reply), embedOf(reply).title]).toEqual([true, REFUSED]);
    expect(evening!.store.confirmedSheet(guild, MEETING)).toBeUndefined();
  });

  it('confirms the sheet: the CSV and the PDF are attached, the answers give way to the sheet', async () => {
    const reply = await pick('alice', sheet, `emarg:confirm:0:${MEETING}`);
    expect([reply.type, lines(reply).slice(0, 2)]).toEqual([
      7,
      [
        'Feuille enregistrée : 2 participant·es pour cette réunion. Les réponses des membres à cette réunion sont effacées ; seule la feuille est gardée.',
        `Feuille confirmée le jeudi 3 décembre 2026 à 17 h par <@${id('alice')}>. Le CSV et le PDF sont joints ; les menus la corrigent encore.`,
      ],
    ]);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const files = lastFiles();
    expect(Object.keys(files)).toEqual([`emargement-${MEETING}.csv`, `emargement-${MEETING}.pdf`]);
    expect(files[`emargement-${MEETING}.csv`]).toEqual(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          'Structure;Nom;Statut;Représenté·e par\r\n' +
            "Fil d'Opale;Yann Leroy;présent·e;\r\n" +
            "Panier des Dunes;Inès Marchal;représenté·e;Fil d'Opale\r\n" +
            'Répare & Vous;;excusé·e;\r\n' +
            'Coopérative de la Canche;;présent·e;\r\n',
          'utf8',
        ),
      ]),
    );
    const text = await pdfText(files[`emargement-${MEETING}.pdf`]!);
    expect(text).toEqual(
      expect.arrayContaining([
        'Pôle Ressources',
        'Feuille d’émargement',
        'Conseil de coopération',
        'jeudi 3 décembre 2026 de 14 h à 16 h 30 — Montreuil-sur-Mer',
        'Structure',
        'Nom',
        'Statut',
        'Signature',
        "Fil d'Opale",
        'Yann Leroy',
        'Panier des Dunes',
        'Inès Marchal',
        'Répare & Vous',
        'Coopérative de la Canche',
        'excusé·e',
        '4 voix convoquées · 2 présent·es · 1 représenté·e · 1 excusé·e · 0 absent·e',
        'Quorum (1/2) atteint : 3 voix sur 2 requises.',
        'Feuille confirmée le jeudi 3 décembre 2026 à 17 h par Alice Martin.',
      ]),
    );
    expect(text.join(' ')).toContain("représenté·e par Fil d'Opale");
    expect([
      evening!.store.sheetDraft(guild, MEETING),
      evening!.store.attendanceAnswers(guild, MEETING),
    ]).toEqual([undefined, []]);
  });

  it('records the confirmed count once as the meeting’s participants, even confirmed twice', async () => {
    await pick('alice', sheet, `emarg:absent:0:${MEETING}`, ['cooperative-canche']);
    const again = await pick('alice', sheet, `emarg:confirm:0:${MEETING}`);
    expect(lines(again)[0]).toMatch(/^Feuille enregistrée : 1 participant·e pour cette réunion\./);
    const dataset = evening!.services.dataset(guild);
    const observed = participantsPerMeeting(dataset, evening!.store.attendanceSheets(guild)).filter(
      (o) => o.meetingId === MEETING,
    );
    expect(observed.map((o) => [o.value, o.source.id, o.period])).toEqual([[1, 'bot', '2026-12-03']]);
    const db = new Database(h.env.PTCE_DB!, { readonly: true });
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM attendance_sheets WHERE meeting_id = ?) AS sheets,
                (SELECT count(*) FROM attendance_sheet_rows WHERE meeting_id = ?) AS lines`,
      )
      .get(MEETING, MEETING);
    db.close();
    expect(counts).toEqual({ sheets: 1, lines: 4 });
  });

  it('reopens the confirmed sheet with its files', async () => {
    const reply = await command('alice', 'emargement', { reunion: MEETING });
    expect(lines(reply)[0]).toBe(
      `Feuille confirmée le jeudi 3 décembre 2026 à 17 h par <@${id('alice')}>. Le CSV et le PDF sont joints ; les menus la corrigent encore.`,
    );
    expect(String(lastFiles()[`emargement-${MEETING}.csv`]).split('\r\n').at(-2)).toBe(
      'Coopérative de la Canche;;absent·e;',
    );
  });
});

describe('the confirmed count, as members see it', () => {
  it('answers how many came, with counts and no names', async () => {
    const reply = await h.fake.sendInteraction({
      name: 'question',
      options: { texte: 'combien de participants au conseil de coopération de décembre ?' },
      userId: id('bob'),
    }).response;
    expect([isEphemeral(reply), lines(reply)]).toEqual([
      false,
      [
        'jeudi 3 décembre 2026 de 14 h à 16 h 30 — Conseil de coopération de décembre (Montreuil-sur-Mer) (<t:1796302800:F>, <t:1796302800:R>)',
        'Feuille d’émargement confirmée : 1 présent·e, 1 voix représentée.',
      ],
    ]);
    expect(JSON.stringify(reply.data)).not.toMatch(/Fil d'Opale|Panier|Yann|Inès/);
  });
});
