/** The shapes the event extractor works with: its input, entity mentions over tokens, and event candidates. */
import type { Attribution, Entity, EntityMention, PloverType, Quantity, TimeExpr, Token } from '../../core/types.js';
import type { FormReading, Lemma } from '../lexicon.js';

/** Everything the event extractor reads. */
export interface EventInput {
  text: string;
  tokens: readonly Token[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  quantities: readonly Quantity[];
  times: readonly TimeExpr[];
}

export interface MentionRef {
  entity: Entity;
  mention: EntityMention;
  first: number; // first token index
  last: number; // last token index (inclusive)
}

export interface Candidate {
  tok: number;
  lemma: Lemma;
  reading: FormReading;
  type: PloverType;
  actor: string[];
  recipient: string[];
  negated: boolean;
  future: boolean;
  conditional: boolean;
  mode?: string;
  location?: string;
  time?: number;
  attribution?: string;
  quantities: number[];
  /** Where the actor came from, for merging and inheritance. */
  actorFrom: 'syntax' | 'inherited' | 'source' | 'none';
  /** The verb that tells the event: the trigger itself or its support verb. */
  verbAt: number;
  /** The subject found after the verb (VSO), when so. */
  subjectAfter?: MentionRef;
  /** Told in the passive (تم القبض، قُتل). */
  passive?: boolean;
  /** Received: the grammatical subject is the recipient (تلقى اتصالا، لقي مصرعه). */
  inverse?: boolean;
  /** Its parties were named after بين (a clash, a truce). */
  mutual?: boolean;
  /** A verb in a relative clause of an event noun (هجوم استهدف): the noun is its subject. */
  ofNoun?: boolean;
  /** A verb in a relative clause whose antecedent is no entity (المواقع التي تسيطر عليها): no actor, and its pronoun is that antecedent. */
  unnamedSubject?: boolean;
  /** A noun whose claim of responsibility is denied (لم تعلن X مسؤوليتها عن هجوم): it has no doer to find. */
  unclaimed?: boolean;
  /** A place named as freed (تحرير عدن): an argument for `needArg`, though no party. */
  freed?: boolean;
  /**
   * A town named in the noun's genitive (معارك عدن، هجوم سوروتش): its ids. The filters read it as
   * an argument, as before; once they are done it is cleared from the actor (extract/place-genitive.ts).
   */
  placeNamed?: string[];
  /** An event noun made an act by a relative clause of taking place (العملية التي جرت): the one who reports it is not its doer. */
  tookPlace?: boolean;
}
