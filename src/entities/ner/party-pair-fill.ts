/**
 * Party names whose second half the tagger drops or misses, commonly in
 * short sentences:
 *
 * - a party named by a coordinated pair of definite nouns after «حزب»
 *   (حزب العدالة والتنمية، حزب القانون والعدالة، حزب العدالة والبناء): the
 *   pair is the name, whether the tagger took «حزب العدالة» or nothing;
 * - an organisation of the gazetteer that the tagger cut short (its span a
 *   strict beginning of the entry, the rest untagged) is widened to it.
 *
 * A known party before the و is a party of its own, and what follows it a
 * second party (حزب الله والنظام، حزب الإصلاح والحزب الاشتراكي); so is a
 * body, a person or a place after و. Only in the analysis (fill), never for
 * `ner --conll`.
 */
import { stripClitics } from './affixes.js';
import { categoryBit, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { bioSpans } from './metrics.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const PARTY = normaliseString('حزب');
const ORG_BIT = categoryBit('org');
/** Words after و that are a body, a person or a place of their own, not half of a name. */
const NOT_HALF = categoryBit('orghead') | categoryBit('title') | categoryBit('org') | categoryBit('first') | categoryBit('family')
  | categoryBit('person') | categoryBit('kbper') | categoryBit('country') | categoryBit('city') | categoryBit('region') | categoryBit('town')
  | categoryBit('nisba');
/** Definite words that do not name: the regime, relatives, pointers. */
const NOT_NAMING = new Set(['النظام', 'الذي', 'التي', 'الذين', 'الاخر', 'الاخري', 'الاخرين', 'الحاكم', 'المعارض'].map((w) => normaliseString(w)));

const definiteWord = (n: string | undefined): n is string => n !== undefined && /^ال\p{L}{2,}$/u.test(n);

/** Whether norms[k] is the second half of a pair (والتنمية): و, a definite naming noun, nothing else known. */
function secondHalf(norms: readonly string[], k: number, gaz: Gazetteer): boolean {
  const n = norms[k];
  if (n === undefined || !n.startsWith('وال')) return false;
  const w = n.slice(1);
  return definiteWord(w) && !NOT_NAMING.has(w) && ((gaz.words.get(w) ?? 0) & NOT_HALF) === 0;
}

/** Whether the normalised words are a name of the gazetteer with the given category bits. */
function gazName(words: readonly string[], gaz: Gazetteer, bits: number): boolean {
  const first = words[0];
  if (first === undefined) return false;
  return (gaz.entries.get(first) ?? []).some((e) => (e.cat & bits) !== 0 && e.words.length === words.length && e.words.every((w, j) => w === words[j]));
}

/** The longest organisation of the gazetteer that starts like the span [s, e) and goes on over untagged words: its end, or e. */
function gazetteerEnd(norms: readonly string[], tags: readonly Label[], s: number, e: number, gaz: Gazetteer): number {
  const first = stripClitics(norms[s] as string).base;
  let best = e;
  for (const entry of gaz.entries.get(first) ?? []) {
    const len = entry.words.length;
    if ((entry.cat & ORG_BIT) === 0 || s + len <= best || s + len > norms.length) continue;
    let ok = true;
    for (let j = 1; j < len && ok; j++) ok = norms[s + j] === entry.words[j] && (s + j < e || tags[s + j] === 'O');
    if (ok) best = s + len;
  }
  return best;
}

/** Adds or widens the ORG spans described in the file comment; `norms` are the sentence's normalised words. */
export function partyPairFill(norms: readonly string[], tags: readonly Label[], gaz: Gazetteer): Label[] {
  const out = tags.slice();
  const mark = (s: number, e: number) => {
    out[s] = 'B-ORG';
    for (let j = s + 1; j < e; j++) out[j] = 'I-ORG';
  };
  // the tagger's organisations, cut short
  for (const span of bioSpans(tags)) {
    if (span.type !== 'ORG') continue;
    const end = gazetteerEnd(norms, out, span.start, span.end, gaz);
    if (end > span.end) mark(span.start, end);
  }
  // حزب and a coordinated pair, untagged or tagged up to the first noun
  for (let i = 0; i + 2 < norms.length; i++) {
    if (stripClitics(norms[i] as string).base !== PARTY || !definiteWord(norms[i + 1]) || !secondHalf(norms, i + 2, gaz)) continue;
    const untagged = out[i] === 'O' && out[i + 1] === 'O';
    const cut = out[i] === 'B-ORG' && out[i + 1] === 'I-ORG';
    if ((!untagged && !cut) || out[i + 2] !== 'O' || (out[i + 3] ?? 'O').startsWith('I-')) continue;
    if (gazName([PARTY, norms[i + 1] as string], gaz, ORG_BIT)) continue;
    mark(i, i + 3);
  }
  return out;
}
