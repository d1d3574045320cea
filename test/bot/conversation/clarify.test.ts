import { describe, expect, it } from 'vitest';
import { answerKind as answer } from './answer-at.js';

describe('a question too short to say what it is about is asked back', () => {
  it('lists the bodies a word names, with their rhythm and next meeting', () => {
    expect(answer('le comité ?')).toEqual([
      'clarify',
      [
        '3 réponses pour « comité » ; laquelle voulez-vous dire ?',
        '• Comité stratégique — 1 à 2 fois par an ; prochaine réunion : mardi 12 décembre 2023',
        '• Comité opérationnel — 3 à 4 fois par an',
        '• Comité de pilotage — 1 fois par an',
      ],
    ]);
    expect(answer('la commission ?')[1]).toEqual([
      '3 réponses pour « commission » ; laquelle voulez-vous dire ?',
      '• Commission mutualisation',
      '• Commission communication',
      '• Commission animation territoriale',
    ]);
  });

  it('asks back the same when the shared word comes with words of asking only', () => {
    const [kind, lines] = answer('le comité se réunit tous les combien ?');
    expect(kind).toBe('clarify');
    expect(lines[0]).toBe('3 réponses pour « comité » ; laquelle voulez-vous dire ?');
    expect(answer('quand a lieu le comité ?')[0]).toBe('clarify');
  });

  it('asks which meeting, with the next dated ones, when none is named', () => {
    expect(answer('quand est la réunion ?')).toEqual([
      'clarify',
      [
        'Quelle réunion ? Précisez l’instance ou le groupe (« le prochain comité opérationnel », « la réunion du GT2 »).',
        'Les prochaines réunions :',
        '• jeudi 30 novembre 2023 — Bureau',
        '• mercredi 6 décembre 2023 — Séminaire sur les coopérations',
        '• mardi 12 décembre 2023 — Comité stratégique du PTCE',
      ],
    ]);
  });

  it('asks whose detail, with an example that names one', () => {
    expect(answer("l'adresse ?")).toEqual([
      'clarify',
      ['L’adresse de quelle structure ? Précisez son nom, par exemple « adresse de PHARE ».'],
    ]);
    const [intent, lines] = answer('qui est le co-pilote ?');
    expect(intent).toBe('clarify');
    expect(lines?.[0]).toBe(
      'Les co-pilotes de quel groupe de travail ? Précisez son nom, par exemple « qui copilote le GT1 ».',
    );
  });

  it('still answers a question that names its subject, or asks for a list', () => {
    expect(answer('le comité opérationnel ?')[0]).not.toBe('clarify');
    expect(answer('l’adresse de La Pose ?')[0]).not.toBe('clarify');
    expect(answer('c’est quand la prochaine réunion ?')[0]).toBe('next-meeting');
  });
});
