import { stripClitics } from './affixes.js';
import { categoryBit, loadGazetteer, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { bioSpans, SpanScorer } from './metrics.js';
import type { TaggedSentence } from './conll.js';
import { defaultTagger, firstPass, secondPass, tagTokens, type Tagger } from './tagger.js';
import { stackFeatures } from './stack.js';
import { descriptionFill } from './description-fill.js';
import { partyFill } from './party-fill.js';
import { bodyNameFill } from './body-name-fill.js';
import { operationsCommandFill } from './operations-command-fill.js';
import { partyPairFill } from './party-pair-fill.js';
import { familyParticleFill } from './family-particle-fill.js';
import { normaliseString } from '../../text/normalise/normalise.js';

/** Sentences tagged together by `isnad ner --conll`, which has no document boundaries. */
export const CONLL_WINDOW = 30;

/**
 * Scores gold sentences tagged as `ner --conll` tags them: windows of
 * `window` sentences, names spread within each. Returns the scorer and the
 * tags, one list per sentence.
 */
export function scoreInWindows(
  gold: readonly TaggedSentence[],
  options: { tagger?: Tagger; window?: number; fill?: boolean } = {},
): { scorer: SpanScorer; tags: Label[][] } {
  const window = options.window ?? CONLL_WINDOW;
  const scorer = new SpanScorer();
  const tags: Label[][] = [];
  for (let i = 0; i < gold.length; i += window) {
    const part = gold.slice(i, i + window);
    const tagged = tagDocument(part.map((s) => s.words), options);
    part.forEach((s, j) => {
      scorer.add(s.tags, tagged[j] ?? []);
      tags.push(tagged[j] ?? []);
    });
  }
  return { scorer, tags };
}

const MIN_VOTES = 2;

const NOT_NAME = categoryBit('title') | categoryBit('orghead') | categoryBit('part') | categoryBit('nisba') | categoryBit('lochead');

/**
 * Tags the sentences of one document, then spreads names across it: a
 * person's family name found once in a full name (خليفة حفتر) is a person
 * wherever it stands alone later (حفتر, وشويغو), and a single-token name
 * tagged once is tagged again where the model missed it. With `fill`, names
 * of the gazetteer the model missed are added (see gazetteerFill), and so are
 * bodies named by a head and its complement (see descriptionFill) and parties
 * named by a fixed phrase, a number or an acronym (see partyFill), then
 * operations commands (see operationsCommandFill) and party names of a
 * coordinated pair or cut short (see partyPairFill), then bodies named by a
 * head word and its specifying words (see bodyNameFill), and persons' names over the
 * family particle آل (see familyParticleFill).
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  options: { fill?: boolean; tagger?: Tagger } = {},
): Label[][] {
  const gaz = loadGazetteer();
  const tagger = options.tagger ?? defaultTagger();
  let base: Label[][];
  if (tagger.stage1) {
    // long sentences are tagged alone (tagTokens cuts them in pieces)
    const first = sentences.map((s) => firstPass(s, tagger));
    const extras = stackFeatures(sentences, first);
    base = sentences.map((s, i) => (s.length > 400 ? tagTokens(s, tagger) : secondPass(s, extras[i] ?? [], tagger)));
  } else base = sentences.map((s) => tagTokens(s, tagger));
  const tagged = base.map((t, i) => {
    if (!options.fill) return t;
    const words = sentences[i] as readonly string[];
    const norms = words.map(key);
    const described = descriptionFill(norms, gazetteerFill(words, t, gaz, norms), gaz);
    const parties = partyPairFill(norms, operationsCommandFill(norms, partyFill(words, norms, described, gaz), gaz), gaz);
    return familyParticleFill(norms, bodyNameFill(words, norms, parties, gaz));
  });
  return propagate(sentences, tagged, gaz);
}

const FILL: [number, string][] = [
  [categoryBit('org'), 'ORG'],
  [categoryBit('loc'), 'LOC'],
  [categoryBit('country') | categoryBit('city') | categoryBit('region'), 'LOC'],
];
const QUOTES = new Set(['"', '«', '»', '“', '”', "'"]);

/**
 * Names of the gazetteer the model left untagged: a multi-word entry whose
 * tokens are all O, or a one-word organisation between quotes ("عربي21").
 */
export function gazetteerFill(words: readonly string[], tags: Label[], gaz: Gazetteer, norms: readonly string[] = words.map(key)): Label[] {
  const out = tags.slice();
  for (let i = 0; i < words.length; i++) {
    if (out[i] !== 'O') continue;
    const n = norms[i] as string;
    const base = stripClitics(n).base;
    const cands = gaz.entries.get(base) ?? gaz.entries.get(n);
    if (!cands) continue;
    for (const e of cands) {
      const len = e.words.length;
      if (i + len > words.length) continue;
      let ok = true;
      for (let j = 1; j < len && ok; j++) ok = norms[i + j] === e.words[j] && out[i + j] === 'O';
      if (!ok) continue;
      const quoted = len === 1 && i > 0 && i + 1 < words.length && QUOTES.has(words[i - 1] as string) && QUOTES.has(words[i + 1] as string);
      if (len === 1 && !quoted) continue;
      const type = FILL.find(([bits]) => e.cat & bits)?.[1];
      if (!type || (len === 1 && type !== 'ORG')) continue;
      out[i] = `B-${type}` as Label;
      for (let j = 1; j < len; j++) out[i + j] = `I-${type}` as Label;
      i += len - 1;
      break;
    }
  }
  return out;
}

/** Function words that fold onto names (على → علي) or are never names alone. */
const FUNCTION_WORDS = new Set(
  ['على', 'علي', 'الى', 'إلى', 'في', 'من', 'عن', 'مع', 'الدين', 'الله', 'بن', 'ابن', 'أبو', 'عبد', 'الأول', 'الثاني', 'هذا', 'هذه', 'التي', 'الذي', 'كان', 'قال', 'بعد', 'قبل', 'حتى', 'منذ', 'بين', 'عند', 'لدى', 'غير', 'كل', 'بعض'].map((w) => normaliseString(w)),
);

function key(w: string): string {
  return normaliseString(w);
}

export function propagate(sentences: readonly (readonly string[])[], tagged: Label[][], gaz: Gazetteer): Label[][] {
  const votes = new Map<string, Map<string, number>>();
  // family names taken from full person names: strong evidence
  const surnames = new Set<string>();
  const vote = (k: string, type: string) => {
    let m = votes.get(k);
    if (!m) votes.set(k, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + 1);
  };
  sentences.forEach((words, si) => {
    for (const s of bioSpans(tagged[si] as Label[])) {
      if (s.type === 'MISC') continue;
      const ws = words.slice(s.start, s.end).map(key);
      if (ws.length === 1) vote(stripClitics(ws[0] as string).base, s.type);
      else if (s.type === 'PER') {
        const last = ws[ws.length - 1] as string;
        if (last.length >= 3 && !((gaz.words.get(last) ?? 0) & categoryBit('first'))) {
          vote(last, 'PER');
          surnames.add(last);
        }
      }
    }
  });
  const dict = new Map<string, string>();
  for (const [k, m] of votes) {
    if (k.length < 3 || (gaz.words.get(k) ?? 0) & NOT_NAME || FUNCTION_WORDS.has(k)) continue;
    const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0];
    // one lone tagging is weak evidence; a family name from a full name is enough
    if (best && (best[1] >= MIN_VOTES || surnames.has(k))) dict.set(k, best[0]);
  }
  return tagged.map((tags, si) => {
    const words = sentences[si] as readonly string[];
    const out = tags.slice();
    for (let i = 0; i < out.length; i++) {
      if (out[i] !== 'O') {
        // a lone token of another type that is a known family name (وشويغو)
        const single = (out[i] as string).startsWith('B-') && !(out[i + 1] ?? '').startsWith('I-');
        if (single && out[i] !== 'B-PER') {
          const b = stripClitics(key(words[i] as string)).base;
          if (surnames.has(b) && dict.get(b) === 'PER') out[i] = 'B-PER';
        }
        continue;
      }
      const n = key(words[i] as string);
      const type = dict.get(n) ?? dict.get(stripClitics(n).base);
      if (!type) continue;
      out[i] = `B-${type}` as Label;
      // a word glued to a following O stays a one-token mention
    }
    return out;
  });
}
