/**
 * The per-document state of the attribution detector (`Detection`): the tokens,
 * the entity mention over each token, the sentence bounds, and the drafts the
 * cue finders build. Every stage takes it as its first argument, so that the
 * mutable parts (drafts, consumed tokens, the last subject, a pending relay)
 * are one and the same for all of them.
 */
import type { Token } from '../../core/types.js';
import type { CueLexicon, VerbCue } from '../lexicon.js';
import type { AttributionInput, Draft, MentionRef, Source } from './types.js';
import { withNounReadings } from './noun-readings.js';
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
  const tokens = withNounReadings(text, input.tokens);
  const T = tokens.length;
  const complementizers = complementizerForms(lex);
  const norms: string[] = [];
  const bares: string[] = [];
  for (const t of tokens) {
    norms.push(t.norm);
    bares.push(bare(t.norm));
  }

  // Token → entity mention covering it.
  const mentionOf: (MentionRef | undefined)[] = new Array(T);
  if (input.entities && input.entities.length > 0) {
    const firstAtOrAfter = (off: number): number => {
      let lo = 0;
      let hi = T;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((tokens[mid] as Token).end <= off) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const e of input.entities) {
      for (const m of e.mentions) {
        let first = firstAtOrAfter(m.start);
        let last = first;
        while (last < T && (tokens[last] as Token).start < m.end) last++;
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
    const t = tokens[i] as Token;
    if (i > 0 && t.sentence !== (tokens[i - 1] as Token).sentence && /^[؛;]$/.test((tokens[i - 1] as Token).norm)) merged++;
    sid[i] = t.sentence - merged;
  }
  // First and one-past-last token of each token's sentence, computed once.
  const sStart = new Int32Array(T);
  const sEnd = new Int32Array(T);
  for (let i = 0; i < T; i++) sStart[i] = i > 0 && sid[i - 1] === sid[i] ? (sStart[i - 1] as number) : i;
  for (let i = T - 1; i >= 0; i--) sEnd[i] = i < T - 1 && sid[i + 1] === sid[i] ? (sEnd[i + 1] as number) : i + 1;

  return {
    input, lex, text, tokens, tokenCount: T, norms, bares, verbs: new Array(T), complementizers, mentionOf,
    sentenceIds: sid, sentenceStarts: sStart, sentenceEnds: sEnd,
    drafts: [], nextKey: 0, pendingRelay: undefined, consumed: new Uint8Array(T), lastSubject: undefined,
  };
}
