/**
 * Who speaks: the subject of the sentence's main verb, the one who expresses a
 * stance, the speaker before a quote. A reported event whose clause names no
 * actor may take its actor from them, so these look-ups are kept together.
 */
import type { Token } from '../../core/types.js';
import { type Doc, isAdjective, sentenceOf } from './context.js';
import {
  CIRCUMSTANCE, DAY_WORDS, DURING, EXPRESS, HEAD_NOUNS, isBoundary, NEGATORS, PERSON_TYPES, QUOTE_CLOSE, QUOTE_OPEN,
  SKIP_BACK, TITLES,
} from './lexicon-sets.js';
import { appositivePerson, nearestBefore } from './mentions.js';
import type { MentionRef } from './types.js';
import { firstTokenAtOrAfter } from './words.js';

/**
 * The subject of the main clause a circumstance noun stands in (في اليوم الثاني من زيارته،
 * خلال لقائه): the person an earlier verb of the sentence has as its subject.
 */
export function mainSubject(doc: Doc, i: number): MentionRef | undefined {
  const { tokens, mentions, cands } = doc;
  let circ = false;
  for (let k = i - 1; k >= 0 && i - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, i) && !isBoundary(tokens[k]!); k--) {
    if (CIRCUMSTANCE.has(tokens[k]!.norm) || DURING.has(tokens[k]!.norm)) circ = true;
  }
  if (!circ) return undefined;
  for (let j = cands.length - 1; j >= 0; j--) {
    const p = cands[j]!;
    if (p.tok >= i) continue;
    if (sentenceOf(doc, p.tok) !== sentenceOf(doc, i) || i - p.tok > 25) break;
    if (p.reading.pos === 'verb' && p.actorFrom === 'syntax' && p.actor.length === 1 && !p.inverse) {
      const m = mentions.find((x) => x.entity.id === p.actor[0] && x.first < i && sentenceOf(doc, x.first) === sentenceOf(doc, i));
      return m && m.entity.type === 'PER' ? m : undefined;
    }
  }
  return undefined;
}

/** The subject of «أعرب/عبّر … عن» before a noun of feeling (أعرب X عن ارتياحه، وعبر X … عن "استيائه"). */
export function expressedBy(doc: Doc, i: number): MentionRef | undefined {
  const { tokens, bare, mentionAt, mentions, cands } = doc;
  for (let k = i - 2; k >= 0 && i - k <= 30 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    if (!EXPRESS.test(tokens[k]!.norm)) continue;
    // «وطالب الأزهر إيران …، معربا عن تضامنه مع …»: a participle of manner has the subject of
    // the verb it follows.
    if (/^(و)?(معربا|معبرا)$/.test(tokens[k]!.norm)) {
      for (let j = cands.length - 1; j >= 0; j--) {
        const p = cands[j]!;
        if (p.tok >= k) continue;
        if (sentenceOf(doc, p.tok) !== sentenceOf(doc, k) || k - p.tok > 60) break;
        if (p.reading.pos === 'verb' && p.actorFrom === 'syntax' && p.actor.length > 0 && !p.inverse && !p.lemma.inverse) {
          return mentions.find((x) => x.entity.id === p.actor[0] && x.first < p.tok + 8 && sentenceOf(doc, x.first) === sentenceOf(doc, k));
        }
      }
      return undefined;
    }
    // The first name after the verb, past titles (عبّر is also «via», so not by its preposition).
    let unknown = 0;
    for (let j = k + 1; j < i && j - k <= 8; j++) {
      const m = mentionAt[j];
      if (m && m.first === j && !isAdjective(m)) {
        // «أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج»: the person after the title phrase.
        const p = appositivePerson(doc, m);
        if (p.entity.type === 'PER') return p;
        for (let q = m.last + 1; q < i && q - m.last <= 4 && !isBoundary(tokens[q]!); q++) {
          const mq = mentionAt[q];
          if (mq && mq.first === q && mq.entity.type === 'PER' && !isAdjective(mq)) return mq;
        }
        return p;
      }
      if (!m && !TITLES.has(bare[j]!) && !TITLES.has(tokens[j]!.norm) && !HEAD_NOUNS.has(bare[j]!) && !DAY_WORDS.has(bare[j]!) && tokens[j]!.norm !== '،' && tokens[j]!.norm !== ','
        && !(/^ال/.test(tokens[j]!.norm) && ++unknown <= 2)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The speaker of a quote the token stands in: the nearest unmarked party before the opening quote. */
export function speakerBeforeQuote(doc: Doc, k: number): string | undefined {
  const { tokens, mentionAt } = doc;
  for (let q = k - 1; q >= 0 && k - q <= 20 && sentenceOf(doc, q) === sentenceOf(doc, k); q--) {
    if (!QUOTE_OPEN.has(tokens[q]!.norm)) continue;
    if (q + 1 < tokens.length && mentionAt[q + 1] && QUOTE_CLOSE.has(tokens[mentionAt[q + 1]!.last + 1]?.norm ?? '')) continue;
    return nearestBefore(doc, q, [], PERSON_TYPES, true)?.entity.id;
  }
  return undefined;
}

/** The token of «أنه، أنها، إنهم …» right before a verb (over قد، لن، لا …), or -1. */
export function pronounSubject(doc: Doc, v: number): number {
  const { tokens } = doc;
  for (let k = v - 1; k >= 0 && v - k <= 3 && sentenceOf(doc, k) === sentenceOf(doc, v); k--) {
    const w = tokens[k]!.norm;
    if (/^(ب|ل|و)?ان(ه|ها|هم|هما)$/.test(w)) return k;
    if (!SKIP_BACK.has(w) && !NEGATORS.has(w)) return -1;
  }
  return -1;
}

/** «أن قوات الأمن … فرقت»: a noun (not a pronoun) after أن before the verb is its subject. */
export function overtSubjectAfterThat(doc: Doc, k: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  for (let j = k - 1; j >= 0 && sentenceOf(doc, j) === sentenceOf(doc, k) && k - j < 10; j--) {
    const w = tokens[j]!.norm;
    if (w === 'ان' || w === 'بان' || w === 'وان') {
      const n = tokens[j + 1];
      return n !== undefined && j + 1 < k && n.kind === 'word' && !isCandidate[j + 1] && !mentionAt[j + 1] && !SKIP_BACK.has(n.norm);
    }
    if (isBoundary(tokens[j]!)) return false;
  }
  return false;
}

/** A noun right after the verb of its attribution (نفى التوقيع، أعلن رفضه). */
export function sourceVerbBefore(doc: Doc, k: number): boolean {
  const { input, tokens } = doc;
  const at = tokens[k]!.start;
  const a = input.attributions.find((x) => x.cue.end <= at && x.content.start <= at && at - Math.max(x.cue.end, x.content.start) <= 30);
  if (!a) return false;
  const from = Math.max(a.cue.end, a.content.start);
  const between: Token[] = [];
  for (let q = firstTokenAtOrAfter(tokens, from); q < tokens.length && tokens[q]!.end <= at; q++) {
    const t = tokens[q]!;
    if (t.start >= from && t.kind !== 'punct') between.push(t);
  }
  return between.every((t) => /^(عن|علي|ان|الي|ب|في|تم|يتم|جري)$/.test(t.norm) || SKIP_BACK.has(t.norm));
}
