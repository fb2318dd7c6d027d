/**
 * The shared per-document state (`Doc`) and the look-ups every stage needs:
 * sentences, clause windows, the mentions in a span, light verbs. Built once,
 * so that no stage recomputes the mention map per token.
 */
import type { PloverType, Token } from '../../core/types.js';
import { bareWord, type TriggerLexicon } from '../lexicon.js';
import { pastAside } from './aside-phrase.js';
import { DAY_WORDS, isBoundary, PERSON_TITLE, QUOTE_CLOSE, QUOTE_OPEN, TITLES } from './lexicon-sets.js';
import type { Candidate, EventInput, MentionRef } from './types.js';
import { stripVerbAffixes, tokensOfSpan } from './words.js';

/** The state of one document that every stage of the extractor reads. */
export interface Doc {
  input: EventInput;
  lex: TriggerLexicon;
  tokens: readonly Token[];
  /** Each token's bare form (its word without clitics), or its norm for a non-word. */
  bare: string[];
  /** The longest mention covering each token. */
  mentionAt: (MentionRef | undefined)[];
  /** All mentions, in token order. */
  mentions: MentionRef[];
  /** Whether a token is a candidate's trigger; filled by `findCandidates`. */
  isCandidate: boolean[];
  /** The candidates, in token order; the later stages fill in their fields. */
  cands: Candidate[];
  /** The candidate at a token; filled at the end of `findCandidates`. */
  candAt: Map<number, Candidate>;
  /** Set by `subjectAfter`: the subject is a head noun with no name (عزل الجيش الرئيس …). */
  unnamedHeadAfter: boolean;
}

/** Reads the document: bare forms, the entity mentions over the tokens, empty candidate slots. */
export function buildDoc(input: EventInput, lex: TriggerLexicon): Doc {
  const { tokens } = input;
  const bare = tokens.map((t) => (t.kind === 'word' ? bareWord(t.norm) : t.norm));

  // Entity mentions over tokens.
  const mentionAt: (MentionRef | undefined)[] = new Array(tokens.length);
  const mentions: MentionRef[] = [];
  for (const entity of input.entities) {
    for (const mention of entity.mentions) {
      const at = tokensOfSpan(tokens, mention);
      if (!at) continue;
      const { first, last } = at;
      const ref: MentionRef = { entity, mention, first, last };
      mentions.push(ref);
      for (let i = first; i <= last; i++) {
        const prev = mentionAt[i];
        if (!prev || prev.last - prev.first < last - first) mentionAt[i] = ref;
      }
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  return {
    input, lex, tokens, bare, mentionAt, mentions,
    isCandidate: new Array<boolean>(tokens.length).fill(false),
    cands: [],
    candAt: new Map(),
    unnamedHeadAfter: false,
  };
}

/** The sentence of token i. */
export function sentenceOf(doc: Doc, i: number): number {
  const { tokens } = doc;
  return tokens[i]!.sentence;
}

/**
 * Token i as the text writes it, without vowel marks or tatweel: where the folded norm makes
 * ة and ه one letter, the written word still tells them apart (مظاهره vs مظاهرة).
 */
export function writtenPlain(doc: Doc, i: number): string {
  const t = doc.tokens[i]!;
  return doc.input.text.slice(t.start, t.end).replace(/[\u064b-\u0652\u0640]/g, '');
}

/** Whether token k exists and stands in the sentence of token i. */
export function inSentenceOf(doc: Doc, k: number, i: number): boolean {
  return k >= 0 && k < doc.tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i);
}

/**
 * The end (exclusive) of the clause window after token i: at most `max` tokens,
 * up to punctuation or the sentence's end, reading past a short name in quotes
 * and past a time phrase or a name in apposition between commas.
 */
export function forwardEnd(doc: Doc, i: number, max: number): number {
  const { tokens, bare, mentionAt } = doc;
  let k = i + 1;
  for (;;) {
    while (k < tokens.length && k - i <= max && sentenceOf(doc, k) === sentenceOf(doc, i) && !isBoundary(tokens[k]!)) k++;
    if (k >= tokens.length || k - i > max || sentenceOf(doc, k) !== sentenceOf(doc, i)) break;
    // A short name in quotes is part of the clause: «هدد «داعش» الحكومة».
    if (QUOTE_OPEN.has(tokens[k]!.norm)) {
      let q = k + 1;
      while (q < tokens.length && q - k <= 5 && !QUOTE_CLOSE.has(tokens[q]!.norm) && !isBoundary(tokens[q]!)) q++;
      if (q < tokens.length && QUOTE_CLOSE.has(tokens[q]!.norm) && mentionAt[k + 1]) {
        k = q + 1;
        continue;
      }
      break;
    }
    // Jump over a time phrase between commas: «هدد X، اليوم الاثنين، بالرد …»,
    // or a name in apposition: «دعا منسق الشؤون، روبيرت بايبر، إسرائيل».
    if (tokens[k]!.norm !== '،' && tokens[k]!.norm !== ',') break;
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && (DAY_WORDS.has(tokens[j]!.norm) || DAY_WORDS.has(bare[j]!))) j++;
    const named = mentionAt[k + 1];
    if (j === k + 1 && named && named.first === k + 1 && named.entity.type === 'PER') j = named.last + 1;
    // «ترأس رئيس هيئة الأركان، اللواء الركن محمد المقدشي اجتماعا»: the holder's titled name
    // after his office goes on with the clause.
    let t = k + 1;
    while (t < tokens.length && t - k <= 3 && !mentionAt[t] && (PERSON_TITLE.test(tokens[t]!.norm) || TITLES.has(tokens[t]!.norm) || TITLES.has(bare[t]!))) t++;
    const titled = t > k + 1 ? mentionAt[t] : undefined;
    if (j === k + 1 && titled && titled.first === t && titled.entity.type === 'PER' && sentenceOf(doc, t) === sentenceOf(doc, i)) {
      k = titled.last + 1;
      continue;
    }
    // «التقى X، أمس في أنقرة، Y»: an aside of time and place before the object.
    const aside = j >= tokens.length || (tokens[j]!.norm !== '،' && tokens[j]!.norm !== ',') ? pastAside(doc, k) : undefined;
    if (aside !== undefined) {
      k = aside;
      continue;
    }
    if (j === k + 1 || j >= tokens.length || (tokens[j]!.norm !== '،' && tokens[j]!.norm !== ',')) break;
    k = j + 1;
  }
  return k; // exclusive
}

/** The mentions that own their first token, starting in [from, to), in token order. */
export function mentionsIn(doc: Doc, from: number, to: number): MentionRef[] {
  const { tokens, mentionAt } = doc;
  const out: MentionRef[] = [];
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    const m = mentionAt[k];
    if (m && m.first === k) out.push(m);
  }
  return out;
}

/** A nisba adjective's mention (السعودي), which stands for its entity but names no party by itself. */
export function isAdjective(m: MentionRef): boolean {
  return m.mention.kind === 'adjective';
}

/** Whether token k is part of a quantity (a number word or figure). */
export function inQuantity(doc: Doc, k: number): boolean {
  const { input, tokens } = doc;
  const t = tokens[k]!;
  return t.kind === 'number' || /^[0-9٠-٩]+$/.test(t.norm) || input.quantities.some((q) => q.start <= t.start && t.end <= q.end);
}

/** The kind of light verb at token k: one that tells a noun's act (شن), its receipt (تلقى) or its passive (تم). */
export function lightKind(doc: Doc, k: number): 'active' | 'inverse' | 'passive' | undefined {
  const { lex, tokens } = doc;
  const w = tokens[k]!.norm;
  const stem = stripVerbAffixes(w);
  if (lex.passiveAux.has(w) || lex.passiveAux.has(w.replace(/^(و|ف)/, ''))) return 'passive';
  for (const s of stem) {
    if (lex.lightInverse.has(s)) return 'inverse';
    if (lex.lightActive.has(s)) return 'active';
  }
  return undefined;
}

/** The first token of k's sentence. */
export function firstSentenceToken(doc: Doc, k: number): number {
  let f = k;
  while (f > 0 && sentenceOf(doc, f - 1) === sentenceOf(doc, k)) f--;
  return f;
}

/** The type of the candidate at token k, if any. */
export function candidateType(doc: Doc, k: number): PloverType | undefined {
  const { candAt } = doc;
  return candAt.get(k)?.type;
}
