import type { Intent } from './intent.js';

/** How long a conversation remembers its last question without a new one. */
export const MEMORY_TTL_MS = 5 * 60_000;

/** What a conversation remembers of its last question, so that a follow-up can reuse it. */
export interface ConversationMemory {
  /** The last question, with its follow-ups resolved, as normalised words. */
  readonly words: readonly string[];
  readonly intent: Intent;
  /** The entity it was about, and where it stood in `words`. */
  readonly subject?: {
    readonly node: string;
    readonly name: string;
    readonly start: number;
    readonly length: number;
  };
  /** Every entity it named, with where it stood in `words`: a follow-up swaps the one of its kind. */
  readonly named?: readonly { readonly node: string; readonly start: number; readonly length: number }[];
  /** The one person its answer named (« qui anime le GT5 ? » → Isabelle Hary). */
  readonly answerPerson?: { readonly node: string; readonly name: string };
  /** The people its answer named when there were several (« animé par Isabelle Hary et Sylvain Boitel »), as ids. */
  readonly answerPeople?: readonly string[];
  /** The period it named, as normalised words (« mars 2023 », « en 2022 »). */
  readonly periodText?: string;
  /** Epoch milliseconds of the latest meeting its answer gave (for « et le suivant ? »). */
  readonly lastMeetingAt?: number;
  /** Epoch milliseconds of the earliest meeting its answer gave (for « et celui d'avant ? »). */
  readonly firstMeetingAt?: number;
  /** The one entity its answer was about when the question named another (« qui fait du vélo ? » → La Maison du Vélo). */
  readonly answerSubject?: { readonly node: string; readonly name: string };
  /** When it was asked, epoch milliseconds. */
  readonly at: number;
}
