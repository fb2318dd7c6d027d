/**
 * The document model. The original text is the one source of truth: every
 * span is a half-open interval of UTF-16 code-unit indices into it.
 */

export interface Span {
  start: number;
  end: number;
}

/** One article as it enters the pipeline (also the JSONL input line). */
export interface DocumentInput {
  id?: string;
  text: string;
  /** Article date, YYYY-MM-DD: the anchor for relative times. */
  date?: string;
  source?: string;
  title?: string;
  url?: string;
}

export type TokenKind =
  | 'word' // Arabic word, possibly with glued digits (عربي21)
  | 'number' // digits with decimal / thousands separators
  | 'latin' // Latin-script word, possibly with digits
  | 'punct'
  | 'symbol' // currency signs, %, emoji and other symbols
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention';

export type SegmentRole = 'proclitic' | 'stem' | 'enclitic';

/** One clitic segment of a word: the unit of analysis (Stanza's Word). */
export interface Segment extends Span {
  /** Normalised form of the segment (ال restored in ل+ال+حكومة). */
  form: string;
  role: SegmentRole;
}

export interface Token extends Span {
  kind: TokenKind;
  /** The token's normalised form (see text/normalise). */
  norm: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Clitic segments; present on Arabic words once segmentation has run. */
  segments?: Segment[];
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';

/** A mention found by the tagger, before merging into entities. */
export interface Mention extends Span {
  type: EntityType;
  /** Index of the first and one-past-last token covered. */
  tokenStart: number;
  tokenEnd: number;
}

/** How a mention names its entity. */
export type MentionKind = 'name' | 'adjective' | 'capital' | 'description' | 'pronoun';

export interface EntityMention extends Span {
  kind?: MentionKind;
}

export interface KbLink {
  id: string;
  wikidata?: string;
  sector?: string;
  [key: string]: unknown;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: EntityMention[];
  kb?: KbLink;
  /** Stable normalised key used to merge unlinked entities across documents. */
  key?: string;
  roles?: string[];
}

export type QuantityKind = 'money' | 'count' | 'percent' | 'duration' | 'measure' | 'ordinal';

export interface Quantity extends Span {
  kind: QuantityKind;
  value: number | null;
  unit: string | null;
}

export interface TimeExpr extends Span {
  /** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www; null when unresolved. */
  value: string | null;
}

export type Stance = 'assert' | 'deny' | 'allege' | 'none';
export type SourceKind = 'named' | 'anonymous' | 'outlet';

export interface Attribution {
  id: string;
  cue: Span;
  source: { entity?: string; start?: number; end?: number; kind: SourceKind; description?: string };
  content: Span;
  stance: Stance;
  via?: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface IsnadEvent {
  id: string;
  type: PloverType;
  mode?: string;
  trigger: Span;
  actor: string[];
  recipient: string[];
  location?: string;
  time?: number;
  attribution?: string;
  quantities?: number[];
  negated: boolean;
  future?: boolean;
  conditional?: boolean;
}

export interface Diagnostic {
  code: string;
  message: string;
  stage?: string;
  start?: number;
  end?: number;
}
