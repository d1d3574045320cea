import { type AttendanceAnswer, meetingAttendanceRules } from '@ptce/core';
import { type MessageComponentInteraction, MessageFlags } from 'discord.js';
import { answerRefusal, checkAnswer } from '../../attendance/answer-check.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import { notSetUpReply } from '../../tenancy/not-set-up-reply.js';
import type { BotServices } from '../bot-services.js';
import { interactionReplyMessage, noMentions } from '../reply-message.js';
import { holderSelect } from './attendance-buttons.js';
import { attendanceCountsRefresher } from './attendance-counts-refresher.js';
import { parseAttendanceCustomId } from './attendance-custom-id.js';

const DONE: Readonly<Record<AttendanceAnswer, string>> = {
  present: 'vous serez présent·e',
  excused: 'vous êtes excusé·e',
  absent: 'vous serez absent·e',
  proxy: 'vous donnez pouvoir',
};

/** An open meeting has no roster: a member who is not linked answers as themself. */
function respondentFor(services: BotServices, guildId: string, userId: string, open: boolean) {
  return services.store.respondentOf(guildId, userId) ?? (open ? `discord:${userId}` : undefined);
}

async function ephemeral(interaction: MessageComponentInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions() });
}

/**
 * Answers a click on an attendance button or a pick in the proxy holder select: checks the
 * meeting and the member, stores the answer (once per member and meeting), confirms to the member
 * alone and asks for the message's counts to be refreshed. Returns `false` for components that
 * are not ours.
 */
export async function handleAttendanceComponent(
  interaction: MessageComponentInteraction,
  services: BotServices,
): Promise<boolean> {
  const parsed = parseAttendanceCustomId(interaction.customId);
  if (!parsed) return false;
  // A click in a guild with no PTCE (left, purged) must never answer from another PTCE's data.
  if (interaction.guildId && !services.guildData.isSetUp(interaction.guildId)) {
    await interaction.reply(interactionReplyMessage(notSetUpReply()));
    return true;
  }
  // In a DM, as for questions: the PTCE of the seeded guild.
  const guildId = interaction.guildId ?? services.ptceGuildId;
  if (!guildId) {
    await ephemeral(interaction, 'Cette réunion n’est rattachée à aucun serveur.');
    return true;
  }
  const dataset = services.dataset(guildId);
  const meeting = dataset.meetingById.get(parsed.meetingId);
  const rules = meeting ? meetingAttendanceRules(dataset, meeting) : undefined;
  const now = services.clock.now();
  const store = services.store;
  const respondent = respondentFor(services, guildId, interaction.user.id, rules?.open ?? false);

  let answer: AttendanceAnswer;
  let holder: string | undefined;
  let holderName: string | undefined;
  if (parsed.kind === 'answer') {
    answer = parsed.answer;
  } else {
    if (!interaction.isUserSelectMenu()) return false;
    answer = 'proxy';
    const holderUser = interaction.users.first();
    holderName = holderUser ? `« ${holderUser.displayName} »` : undefined;
    holder = holderUser ? store.respondentOf(guildId, holderUser.id) : undefined;
  }
  // The button only opens the holder select; nothing is stored until a holder is picked.
  if (parsed.kind === 'answer' && answer === 'proxy') {
    const refused = answerRefusal({ meeting, rules, respondent, now });
    if (refused === undefined && !rules?.rules.proxies) {
      await ephemeral(interaction, 'Cette instance n’accepte pas les pouvoirs.');
      return true;
    }
    if (refused !== undefined) {
      await ephemeral(interaction, refused);
      return true;
    }
    await interaction.reply({
      content: 'À qui donnez-vous pouvoir ? Choisissez un membre convoqué.',
      components: [holderSelect(parsed.meetingId)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions(),
    });
    return true;
  }
  const check = checkAnswer({
    meeting,
    rules,
    respondent,
    answer,
    ...(holder === undefined ? {} : { holder }),
    ...(holderName === undefined ? {} : { holderName }),
    responses: store.attendanceResponses(guildId, parsed.meetingId),
    now,
  });
  if (!check.ok) {
    services.logger.info('attendance answer refused', {
      guild: guildId,
      meeting: parsed.meetingId,
      user: interaction.user.id,
      answer,
      reason: check.message,
    });
    await ephemeral(interaction, check.message);
    return true;
  }
  const m = meeting!;
  const outcome = store.recordAnswer(
    guildId,
    {
      meetingId: m.id,
      userId: interaction.user.id,
      respondent: respondent ?? `discord:${interaction.user.id}`,
      answer,
      ...(holder === undefined ? {} : { holder }),
    },
    now,
  );
  if (parsed.kind === 'answer' && !interaction.message.flags.has(MessageFlags.Ephemeral)) {
    store.trackAttendanceMessage(
      guildId,
      { channelId: interaction.channelId, messageId: interaction.message.id, meetingId: m.id },
      now,
    );
  }
  services.logger.info('attendance answer', {
    guild: guildId,
    meeting: m.id,
    user: interaction.user.id,
    answer,
    outcome,
  });
  const what = `${targetName(dataset, m.body ?? m.group) || m.title}, ${meetingDateText(m)}`;
  const done = answer === 'proxy' ? `${DONE.proxy} à ${holderName ?? 'ce membre'}` : DONE[answer];
  const pending = check.awaitingHolder ? ' Il comptera quand cette personne aura confirmé sa présence.' : '';
  const text =
    outcome === 'unchanged'
      ? `Votre réponse était déjà enregistrée : ${done} (${what}).`
      : `C’est noté : ${done} (${what}). Vous pouvez changer d’avis jusqu’au début de la réunion.${pending}`;
  if (parsed.kind === 'holder') await interaction.update({ content: text, components: [] });
  else await ephemeral(interaction, text);
  attendanceCountsRefresher(services, interaction.client.rest).refresh(guildId, m.id);
  return true;
}
