/**
 * The per-document state of the attribution detector (`Detection`): the tokens,
 * the entity mention over each token, the sentence bounds, and the drafts the
 * cue finders build. Every stage takes it as its first argument, so that the
 * mutable parts (drafts, consumed tokens, the last subject, a pending relay)
 * are one and the same for all of them.
 */
import type { Token, TokenKind } from '../../core/types.js';
import type { CueLexicon, VerbCue } from '../lexicon.js';
import type { AttributionInput, Draft, MentionRef, Source } from './types.js';
import { AMAM, withNounReadings } from './noun-readings.js';
import { withInitialsJoined } from './latin-initials.js';
import { bare } from './word-sets.js';

export interface Detection {
  input: AttributionInput;
  lex: CueLexicon;
  text: string;
  tokens: readonly Token[];
  tokenCount: number;
  /**
   * Each token's normal form, and that form without a glued و/ف (bare()), read once: the
   * rules ask for them many times per token, and a flat array of strings is cheaper than
   * the token objects, and spares a slice per question.
   */
  norms: string[];
  bares: string[];
  /**
   * Each token's kind and offsets, read once for the same reason: the token objects come in
   * more than one shape, so every read through them is a polymorphic property load.
   */
  kinds: TokenKind[];
  starts: Int32Array;
  ends: Int32Array;
  /**
   * verbAt per token, filled on first asking: undefined not asked yet, null no verb cue.
   * verbAt reads only what createContext fixes (tokens, mentions, text, lexicon), so one
   * answer per token holds for the whole detection; the rules ask it many times per token.
   */
  verbs: (VerbCue | null | undefined)[];
  /** The complementizers (أن، إن …) with their pronoun suffixes (أنه، إنها …). */
  complementizers: Set<string>;
  /** The longest entity mention covering each token. */
  mentionOf: (MentionRef | undefined)[];
  /** Each token's sentence, with sentences split at a semicolon merged back. */
  sentenceIds: Int32Array;
  /** First and one-past-last token of each token's sentence. */
  sentenceStarts: Int32Array;
  sentenceEnds: Int32Array;
  /** The attributions found so far, in the order found. */
  drafts: Draft[];
  /** The key of the next draft. */
  nextKey: number;
  /** A sentence-initial relay (وبحسب Y،) waiting for the verb cue that follows it. */
  pendingRelay: { key: number; at: number } | undefined;
  /** Tokens an earlier cue has already read; the scan skips them. */
  consumed: Uint8Array;
  /** The latest subject of a verb that reported nothing itself (for the participles after it). */
  lastSubject: { source: Source; at: number } | undefined;
}

/**
 * The complementizers with their pronoun suffixes, built once per lexicon's set: the same
 * for every document.
 */
const complementizersOf = new WeakMap<ReadonlySet<string>, Set<string>>();

function complementizerForms(lex: CueLexicon): Set<string> {
  let forms = complementizersOf.get(lex.complementizers);
  if (forms === undefined) {
    forms = new Set<string>();
    for (const c of lex.complementizers) {
      for (const s of ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'كم']) forms.add(c + s);
    }
    complementizersOf.set(lex.complementizers, forms);
  }
  return forms;
}

/** Reads one document: its mentions over the tokens and its sentence bounds; no drafts yet. */
export function createContext(input: AttributionInput, lex: CueLexicon): Detection {
  const { text } = input;
  // The noun إمام is rare: the tokens are copied (withNounReadings) only when a word ends in امام.
  const read = input.tokens.some((t) => t.norm.endsWith(AMAM)) ? withNounReadings(text, input.tokens) : input.tokens;
  // جون دي. روكفلر: an initial's dot is no end of the subject (latin-initials.ts).
  const tokens = withInitialsJoined(text, read);
  const T = tokens.length;
  const complementizers = complementizerForms(lex);
  // One pass over the token objects fills every per-token array, the sentences included.
  const norms: string[] = new Array(T);
  const bares: string[] = new Array(T);
  const kinds: TokenKind[] = new Array(T);
  const starts = new Int32Array(T);
  const ends = new Int32Array(T);
  const sentences = new Int32Array(T);
  for (let i = 0; i < T; i++) {
    const t = tokens[i] as Token;
    norms[i] = t.norm;
    bares[i] = bare(t.norm);
    kinds[i] = t.kind;
    starts[i] = t.start;
    ends[i] = t.end;
    sentences[i] = t.sentence;
  }

  // Token → entity mention covering it.
  const mentionOf: (MentionRef | undefined)[] = new Array(T);
  if (input.entities && input.entities.length > 0) {
    const firstAtOrAfter = (off: number): number => {
      let lo = 0;
      let hi = T;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((ends[mid] as number) <= off) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const e of input.entities) {
      for (const m of e.mentions) {
        let first = firstAtOrAfter(m.start);
        let last = first;
        while (last < T && (starts[last] as number) < m.end) last++;
        if (last === first) continue;
        const ref: MentionRef = { entity: e.id, type: e.type, first, last, start: m.start, end: m.end };
        for (; first < last; first++) {
          const prev = mentionOf[first];
          if (!prev || prev.last - prev.first < last - ref.first) mentionOf[first] = ref;
        }
      }
    }
  }

  // A semicolon (؛) does not end a sentence here: the clause after it (an apposition, حيث …)
  // belongs to the same reporting frame (وقال X؛ الوكيل الملاحي …، إن).
  const sid = new Int32Array(T);
  for (let i = 0, merged = 0; i < T; i++) {
    if (i > 0 && sentences[i] !== sentences[i - 1] && /^[؛;]$/.test(norms[i - 1] as string)) merged++;
    sid[i] = (sentences[i] as number) - merged;
  }
  // First and one-past-last token of each token's sentence, computed once.
  const sStart = new Int32Array(T);
  const sEnd = new Int32Array(T);
  for (let i = 0; i < T; i++) sStart[i] = i > 0 && sid[i - 1] === sid[i] ? (sStart[i - 1] as number) : i;
  for (let i = T - 1; i >= 0; i--) sEnd[i] = i < T - 1 && sid[i + 1] === sid[i] ? (sEnd[i + 1] as number) : i + 1;

  return {
    input, lex, text, tokens, tokenCount: T, norms, bares, kinds, starts, ends, verbs: new Array(T), complementizers, mentionOf,
    sentenceIds: sid, sentenceStarts: sStart, sentenceEnds: sEnd,
    drafts: [], nextKey: 0, pendingRelay: undefined, consumed: new Uint8Array(T), lastSubject: undefined,
  };
}
