import type { AttendanceSheet, Dataset, FactNodeKind, Registry, Relation } from '@ptce/core';

/** What a meeting question refers to: bodies, groups or sub-groups (several when ambiguous). */
export interface TargetRef {
  readonly kind: 'body' | 'group' | 'subgroup';
  readonly id: string;
}

/** Periods the agenda understands. */
export type AgendaPeriod = 'semaine' | 'mois' | 'trimestre' | 'annee';

/** What a question too short to answer leaves open. */
export type ClarifyAbout =
  | 'target'
  | 'meeting'
  | 'structure-address'
  | 'structure-contact'
  | 'structure-website'
  | 'group-copilots'
  | 'group-facilitators';

/** A member's question, understood. Every transport (CLI, chat, Discord) shares these. */
export type Intent =
  | {
      readonly kind: 'next-meeting';
      readonly targets: readonly TargetRef[];
      /** Epoch milliseconds: the first meeting after this instant ("et le suivant ?"). */
      readonly after?: number;
    }
  | {
      readonly kind: 'last-meeting';
      readonly targets: readonly TargetRef[];
      /** Epoch milliseconds: the last meeting before this instant ("et celui d'avant ?"). */
      readonly before?: number;
    }
  | { readonly kind: 'meeting-agenda'; readonly targets: readonly TargetRef[] }
  | { readonly kind: 'meeting-place'; readonly targets: readonly TargetRef[] }
  | { readonly kind: 'meeting-minutes'; readonly targets: readonly TargetRef[] }
  | {
      readonly kind: 'agenda';
      readonly period: AgendaPeriod;
      readonly year?: number;
      /** The coming period from today (0, default), or the next calendar one (1: "la semaine prochaine"). */
      readonly offset?: 0 | 1;
    }
  | { readonly kind: 'body-cadence'; readonly bodies: readonly string[] }
  | { readonly kind: 'body-composition'; readonly bodies: readonly string[] }
  | { readonly kind: 'body-role'; readonly bodies: readonly string[] }
  | { readonly kind: 'body-compliance'; readonly bodies: readonly string[]; readonly year?: number }
  | { readonly kind: 'governance'; readonly year?: number }
  | { readonly kind: 'group-list' }
  | {
      readonly kind: 'group-info';
      readonly groups: readonly TargetRef[];
      readonly aspect:
        | 'all'
        | 'copilots'
        | 'facilitators'
        | 'objective'
        | 'achievements'
        | 'progress'
        | 'structures';
    }
  | {
      readonly kind: 'group-not-found';
      readonly number?: number;
      /** A theme typed that no group has (« Tourisme »). */
      readonly name?: string;
      readonly text: string;
    }
  | {
      readonly kind: 'structure-info';
      readonly structures: readonly string[];
      readonly aspect: 'all' | 'address' | 'president' | 'director' | 'activities' | 'groups';
    }
  | {
      readonly kind: 'structures-in';
      readonly commune?: string;
      readonly arrondissement?: string;
      readonly epci?: string;
      readonly activity?: string;
      /** A street asked (« 1 rue rosalie levasseur »), normalised. */
      readonly street?: string;
      /** A year the structures were founded in (« créée en 1990 »). */
      readonly founded?: string;
    }
  | {
      readonly kind: 'contact';
      readonly role?: string;
      readonly area?: string;
      readonly person?: string;
      /** Several people at once (« téléphone d'Isabelle Hary et de Sylvain Boitel »), as ids. */
      readonly people?: readonly string[];
      /** Who held the role that year ("en 2022 qui était…"). */
      readonly year?: number;
    }
  | {
      readonly kind: 'relation';
      /** The fact-graph node the question starts from (`person:isabelle-hary`). */
      readonly node: string;
      /** The relations to follow; all when empty. */
      readonly relations: readonly Relation[];
      readonly direction: 'forward' | 'backward';
      /** Only nodes of these kinds at the other end. */
      readonly targetKinds?: readonly FactNodeKind[];
      /**
       * Only nodes whose name, description or kind uses this normalised word (« quelle CAE »),
       * when some do.
       */
      readonly mentioning?: string;
      readonly year?: number;
      /** Who or what the node is (« la DREETS, c'est qui ? »): its kind and description first, then its facts both ways. */
      readonly describe?: boolean;
    }
  | { readonly kind: 'entity-attribute'; readonly node: string; readonly attribute: string }
  | { readonly kind: 'structures-matching'; readonly query: string }
  | {
      readonly kind: 'history';
      readonly query: string;
      readonly year?: number;
      /** « au début »: the first milestones when nothing matches better. */
      readonly earliest?: boolean;
    }
  | {
      readonly kind: 'meetings-in-period';
      /** Local dates, `from` inclusive, `to` exclusive ("2023-03-01", "2023-04-01"). */
      readonly from: string;
      readonly to: string;
      /** How the period reads: « mars 2023 », « l’automne 2023 ». */
      readonly label: string;
      /** Only the governance bodies' meetings. */
      readonly governance?: boolean;
      readonly targets?: readonly TargetRef[];
    }
  | {
      readonly kind: 'passage';
      /** What to search: the question's own words and the names it gives. */
      readonly query: string;
      /** The question's own words: the part of the query a passage must match. */
      readonly free: string;
      readonly text: string;
      /** Only passages of these node kinds (`person` for roles). */
      readonly within?: readonly FactNodeKind[];
      /** Understood, and no passage answers it: the reply says the documents do not have it. */
      readonly missing?: true;
    }
  | { readonly kind: 'meeting-info'; readonly meetings: readonly string[] }
  | { readonly kind: 'multi'; readonly parts: readonly Intent[] }
  | {
      readonly kind: 'indicator';
      readonly keys: readonly string[];
      readonly year?: number;
      readonly change?: boolean;
      /** Only the figures of these areas (a structure's own figures). */
      readonly areas?: readonly string[];
    }
  | { readonly kind: 'indicators-overview'; readonly year?: number }
  | { readonly kind: 'ptce-definition' }
  | { readonly kind: 'ptce-charter' }
  | { readonly kind: 'ptce-motto' }
  | {
      readonly kind: 'regional-ptces';
      readonly department?: string;
      /** The entries the question describes (« le PTCE du Touquet »), when it picks some. */
      readonly ids?: readonly string[];
      /** A detail asked that the registry does not hold. */
      readonly missing?: 'address' | 'president' | 'director' | 'contact';
    }
  | {
      /** A question too short to say what it is about: asked back, with the candidates. */
      readonly kind: 'clarify';
      readonly about: ClarifyAbout;
      /** The word that was asked, normalised (« comite », « adresse »). */
      readonly word: string;
      /** The bodies or groups the word may name. */
      readonly targets?: readonly TargetRef[];
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'unknown'; readonly text: string };

/** The kind of an intent. */
export type IntentKind = Intent['kind'];

/** What answering needs: the data, the clock, and optionally the regional registry. */
export interface ConversationContext {
  readonly dataset: Dataset;
  readonly now: Date;
  readonly registry?: Registry;
  /** Public URL of the .ics feed, when the bot serves one. */
  readonly calendarUrl?: string;
  /** The confirmed feuilles d'émargement of the guild: their counts are participant figures. */
  readonly sheets?: readonly AttendanceSheet[];
}
