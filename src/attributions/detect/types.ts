/** The drafts the detector builds before it numbers them as attributions. */
import type { Entity, EntityType, SourceKind, Span, Stance, Token } from '../../core/types.js';

/** What the detector reads: the original text and the layers of the pipeline. */
export interface AttributionInput {
  text: string;
  tokens: readonly Token[];
  entities?: readonly Entity[];
  /**
   * Resolves a definite description (الصحيفة، المتحدث) at a character span to
   * an entity id, when an entity layer can do it.
   */
  resolveDescription?: (span: Span) => string | undefined;
}

export interface Source {
  kind: SourceKind;
  entity?: string;
  start?: number;
  end?: number;
  description?: string;
  /** Role class of the head noun (spokesman, newspaper, …), for later descriptions. */
  role?: string;
}

export interface Draft {
  key: number;
  /** Whether a later cue without a subject (وأضاف) may take this source. */
  speaker: boolean;
  cue: Span;
  source: Source;
  content: Span;
  stance: Stance;
  viaKey?: number;
}

export interface MentionRef {
  entity: string;
  type: EntityType;
  /** First and one-past-last token of the mention. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** What a verb cue's frame holds between the subject and the content. */
export interface Frame {
  /** Where the content starts (token index), or -1 when no content was introduced. */
  contentStart: number;
  /** The frame crossed a relative clause or a من-phrase. */
  loose?: boolean;
  /** An outer attribution (seen by X), or an inner original source (نقلا عن Y). */
  outer?: { cue: Span; source: Source };
  inner?: { cue: Span; source: Source };
  /** A verbal noun of saying after the verb (جدد تحذيره): the cue proper. */
  saying?: { at: number; stance: Exclude<Stance, 'none'> };
  /** نُقل عن الوزير قوله: no relayer is written, so the verbal noun of saying is the one cue. */
  passiveSaying?: Span;
  /** ، لم يكشف عن اسمه، / ، رفضت الكشف عن هويتها،: a source withholding its name, between commas. */
  asides?: { cue: Span; content: Span }[];
}
