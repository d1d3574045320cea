import { formatCountFr, formatListFr, nextMeeting, upcomingMeetings } from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { ClarifyAbout, ConversationContext, Intent } from '../intent.js';
import { type Reply, reply } from '../reply.js';
import { cadenceText } from './bodies.js';

/** The question asked back for a detail with no owner, and an example that names one. */
const DETAIL_QUESTIONS: Readonly<Record<Exclude<ClarifyAbout, 'target' | 'meeting'>, [string, string]>> = {
  'structure-address': ['L’adresse de quelle structure ?', 'adresse de'],
  'structure-contact': ['Les coordonnées de quelle structure ou de quelle personne ?', 'téléphone de'],
  'structure-website': ['Le site de quelle structure ?', 'site web de'],
  'group-copilots': ['Les co-pilotes de quel groupe de travail ?', 'qui copilote le'],
  'group-facilitators': ['L’animateur de quel groupe de travail ?', 'qui anime le'],
};

/** A question too short to say what it is about, asked back with the candidates. */
export function clarifyReply(intent: Extract<Intent, { kind: 'clarify' }>, ctx: ConversationContext): Reply {
  const { dataset, now } = ctx;
  if (intent.about === 'target') {
    const targets = intent.targets ?? [];
    const names = targets.map((t) => targetName(dataset, t.id));
    const lines = targets.map((t, i) => {
      const next = nextMeeting(dataset, now, { target: t.id });
      const cadence = dataset.bodyById.get(t.id)?.cadence;
      const when = [
        ...(cadence ? [cadenceText(cadence)] : []),
        ...(next ? [`prochaine réunion : ${meetingDateText(next)}`] : []),
      ];
      return `• ${names[i]}${when.length > 0 ? ` — ${when.join(' ; ')}` : ''}`;
    });
    // The noun as the data writes it, accents kept: « comité », « commission ».
    const noun = (names[0] ?? intent.word).split(' ')[0]!.toLocaleLowerCase('fr');
    return reply('clarify', 'Précisez votre question', {
      lines: [
        `${formatCountFr(targets.length, 'réponse')} pour « ${noun} » ; laquelle voulez-vous dire ?`,
        ...lines,
      ],
      suggestions: names.map((n) => `${n} ?`),
      data: { about: intent.about, targets: targets.map((t) => t.id) },
    });
  }
  if (intent.about === 'meeting') {
    const coming = upcomingMeetings(dataset, now)
      .filter((m) => m.when.start.precision !== 'month')
      .slice(0, 3);
    return reply('clarify', 'Précisez votre question', {
      lines: [
        'Quelle réunion ? Précisez l’instance ou le groupe (« le prochain comité opérationnel », « la réunion du GT2 »).',
        ...(coming.length > 0 ? ['Les prochaines réunions :'] : []),
        ...coming.map((m) => `• ${meetingDateText(m)} — ${m.title}`),
      ],
      suggestions: ['les prochaines réunions'],
      data: { about: intent.about, meetings: coming.map((m) => m.id) },
    });
  }
  const [question, example] = DETAIL_QUESTIONS[intent.about];
  const group = intent.about === 'group-copilots' || intent.about === 'group-facilitators';
  const first = dataset.groups[0];
  const owner = group
    ? first && (first.number === undefined ? first.name : `${dataset.ptce.groupPrefix}${first.number}`)
    : dataset.ptce.carrier?.name;
  const examples = group
    ? [`Les groupes : ${formatListFr(dataset.groups.map((g) => targetName(dataset, g.id)))}.`]
    : [];
  return reply('clarify', 'Précisez votre question', {
    lines: [
      `${question} Précisez son nom${owner ? `, par exemple « ${example} ${owner} »` : ''}.`,
      ...examples,
    ],
    ...(owner ? { suggestions: [`${example} ${owner}`] } : {}),
    data: { about: intent.about },
  });
}
