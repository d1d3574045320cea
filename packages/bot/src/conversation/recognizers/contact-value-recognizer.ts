import type { QuestionFacts } from '../understand/question-facts.js';
import { type Candidate, SCORES } from './candidate.js';

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * A phone number or an e-mail address asked back: « à qui est le 06 43 37 51 12 ? », « c'est
 * l'adresse de qui, contact@… ? ». The people who have it, by their own record.
 */
export function contactValueRecognizer(q: QuestionFacts): Candidate | undefined {
  const { raw } = q.r;
  // French numbers as typed: « 06 43 37 51 12 », « 06.43.37.51.12 », « +33 6 43 37 51 12 ».
  const phones = [...raw.matchAll(/(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g)].map((m) =>
    digits(m[0]).replace(/^33/, '0'),
  );
  const emails = [...raw.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());
  if (phones.length === 0 && emails.length === 0) return undefined;
  const people = q.ctx.dataset.people.filter(
    (p) =>
      (p.phone !== undefined && phones.includes(digits(p.phone))) ||
      (p.email !== undefined && emails.includes(p.email.toLowerCase())),
  );
  if (people.length === 0) return undefined;
  return {
    intent: { kind: 'contact', people: people.map((p) => p.id) },
    score: SCORES.contactValue,
    by: 'contact-value',
  };
}
