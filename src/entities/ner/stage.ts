import { loadStemLexicon } from '../../text/segment/clitics.js';
import { defineStage } from '../../core/pipeline.js';
import type { EntityType, Mention, Token } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { stripClitics } from './affixes.js';
import { categoryBit, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { bioSpans } from './metrics.js';
import { defaultTagger, type Tagger } from './tagger.js';
import { tagDocument } from './document.js';

/** ANERcorp tags currency names MISC; they are units, not entities, for the analysis. */
const CURRENCY = new Set(
  ['دولار', 'دولارا', 'الدولار', 'يورو', 'اليورو', 'جنيه', 'الجنيه', 'درهم', 'الدرهم', 'ريال', 'الريال', 'دينار', 'الدينار', 'ليرة', 'الليرة', 'شيكل', 'روبل', 'ين', 'استرليني'].map((w) => normaliseString(w)),
);

const GPE_BITS = categoryBit('country') | categoryBit('city') | categoryBit('region') | categoryBit('town');
const NATURAL_BITS = categoryBit('loc');
const LOC_HEAD_BITS = categoryBit('lochead');
const PROCLITIC = /^[وفبلك]/;
/** Tatweel and Arabic diacritics: they belong to the letter before them. */
function isMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/**
 * LOC or GPE: ANERcorp's LOC covers both. Countries, cities and regions of the
 * gazetteer act as polities (GPE); seas, rivers, mountains and deserts, and
 * anything headed by a natural-feature word, stay LOC.
 */
export function locOrGpe(words: readonly string[], gaz: Gazetteer): 'LOC' | 'GPE' {
  const norms = words.map((w) => normaliseString(w));
  const full = norms.join(' ');
  const bases = norms.map((n) => stripClitics(n).base);
  const baseFull = [bases[0] ?? '', ...norms.slice(1)].join(' ');
  const bits = (gaz.full.get(full) ?? 0) | (gaz.full.get(baseFull) ?? 0);
  if (bits & NATURAL_BITS) return 'LOC';
  if (bits & GPE_BITS) return 'GPE';
  const head = bases[0] ?? '';
  if ((gaz.words.get(head) ?? 0) & LOC_HEAD_BITS) return 'LOC';
  return 'LOC';
}

/** How often the rest of a name must occur as a word for a proclitic to be cut off it. */
const MIN_ATTESTED = 3;

/**
 * How many leading UTF-16 units of a token are a conjunction or preposition
 * glued to a name (وروسيا, بليبيا, لوكالة): those stay outside the mention.
 * Only when what remains is a known name, and never for لل (ل + ال).
 * `person`: the token begins a person's name.
 */
export function procliticLength(token: Token, original: string, gaz: Gazetteer, known?: ReadonlySet<string>, person = false): number {
  if (token.segments && token.segments.length > 0) {
    let end = token.start;
    let letters = 0;
    for (const s of token.segments) {
      if (s.role !== 'proclitic' || s.form === 'ال') break;
      end = s.end;
      letters += s.form.length;
    }
    if (end === token.start) return 0;
    // A name the segmenter does not know may begin with a letter that only
    // looks like a proclitic (فيران، فلوريدا، فلاديمير). و before a name is
    // common and is cut unless the whole token is a word of its own; other
    // proclitics are cut only when what remains is a known word or name.
    const norm = token.norm;
    const rest = norm.slice(letters);
    if (gaz.words.has(norm) || gaz.entries.has(norm)) return 0;
    const lex = loadStemLexicon();
    if (letters === 1 && norm.charCodeAt(0) === 0x0648) {
      const whole = lex.count(norm);
      return whole < MIN_ATTESTED || lex.count(rest) > whole ? end - token.start : 0;
    }
    const asName = gaz.words.has(rest) || known?.has(rest) === true;
    const asWord = gaz.entries.has(rest) || lex.count(rest) >= MIN_ATTESTED;
    // a person's name that is a word as written (بادي، بالي) keeps its letter unless what
    // remains is a name: the verb أدى or the preposition إلى is no one's name
    const wholeWord = person && lex.count(norm) >= MIN_ATTESTED;
    return asName || (asWord && !wholeWord) ? end - token.start : 0;
  }
  const norm = token.norm;
  if (!PROCLITIC.test(norm) || norm.startsWith('لل')) return 0;
  const { pre, base } = stripClitics(norm);
  if (pre === '' || base === norm) return 0;
  if (gaz.words.has(norm)) return 0;
  if (!(gaz.words.has(base) || gaz.entries.has(base) || known?.has(base))) return 0;
  const letters = norm.length - base.length;
  // skip that many letters in the original, with their diacritics
  let i = token.start;
  let seen = 0;
  while (i < token.end && seen < letters) {
    i++;
    seen++;
    while (i < token.end && isMark(original.charAt(i))) i++;
  }
  return i - token.start;
}

const TERMINAL = /^[.!?؟…:؛;]+$/;

/**
 * Runs of tokens tagged together: sentences, except that a sentence break
 * the text does not mark (no final punctuation, no blank line: a hard-wrapped
 * line) is ignored, so a name across a line break stays one name. Runs are
 * cut at 400 tokens.
 */
export function runs(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    let cut = i === tokens.length || i - start >= 400;
    if (!cut) {
      const prev = tokens[i - 1] as Token;
      const cur = tokens[i] as Token;
      if (cur.sentence !== prev.sentence) {
        const gap = text.slice(prev.end, cur.start);
        cut = TERMINAL.test(text.slice(prev.start, prev.end)) || /\n\s*\n/.test(gap);
      }
    }
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i;
    }
  }
  return out;
}

/** Mentions of named entities in a token sequence; offsets into `text`. */
export function findMentions(text: string, tokens: readonly Token[], tagger: Tagger = defaultTagger()): Mention[] {
  const gaz = loadGazetteer();
  const mentions: Mention[] = [];
  const rs = runs(text, tokens);
  const sentences = rs.map(([a, b]) => {
    const words = [];
    for (let i = a; i < b; i++) words.push(text.slice((tokens[i] as Token).start, (tokens[i] as Token).end));
    return words;
  });
  const tagged = tagDocument(sentences, { fill: true, tagger });
  // names seen bare somewhere in the document: a glued و/ب/ل before them is cut off
  const known = new Set<string>();
  sentences.forEach((words, ri) => {
    for (const s of bioSpans(tagged[ri] as string[])) for (let i = s.start; i < s.end; i++) known.add(normaliseString(words[i] as string));
  });
  rs.forEach(([a], ri) => {
    const words = sentences[ri] as string[];
    for (const s of bioSpans(tagged[ri] as string[])) {
      if (s.type === 'MISC' && s.end - s.start === 1 && CURRENCY.has(normaliseString(words[s.start] as string))) continue;
      const first = tokens[a + s.start] as Token;
      const last = tokens[a + s.end - 1] as Token;
      let type: EntityType = s.type as EntityType;
      if (type === 'LOC') type = locOrGpe(words.slice(s.start, s.end), gaz);
      const cut = procliticLength(first, text, gaz, known, type === 'PER');
      mentions.push({
        start: first.start + cut,
        end: last.end,
        type,
        tokenStart: a + s.start,
        tokenEnd: a + s.end,
      });
    }
  });
  return mentions;
}

/** The NER stage: tokens in, mentions (PER ORG LOC GPE MISC) out. */
export const nerStage = defineStage({
  name: 'ner',
  needs: ['tokens'],
  adds: ['mentions'],
  run({ text, layers }) {
    return { layers: { mentions: findMentions(text, layers.tokens) } };
  },
});
