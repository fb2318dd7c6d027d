/** The drafts the detector builds before it numbers them as attributions. */
import type { EntityType, SourceKind, Span, Stance } from '../../core/types.js';

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
