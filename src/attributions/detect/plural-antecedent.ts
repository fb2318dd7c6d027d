/**
 * The subject of a third person plural verb written without one (وأضافوا، حيث طالبوا، وصفوهم):
 * a plural noun phrase earlier in the text, not the last speaker when that one is a single
 * person or body.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, isRelative, norm, sentenceStart, tok, verbAt } from './lookups.js';
import { PREPOSITIONS, SINGULARS_IN_WN } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { firstTokenAt } from './content.js';

/** بعض، عدد من، العديد من، مجموعة من: a quantity of people, as the subject it opens (not عددا, an object). */
const QUANTIFIERS = /^[وف]?(بعض|عدد|العديد|مجموعه|جميع|معظم|اغلب|غالبيه|كثير|الكثير)$/;

/** Broken plurals of people and groups that speak (مصادر، خبراء، الأهالي). */
const BROKEN_PLURALS = /^(ال)?(مصادر|علماء|شهود|نشطاء|خبراء|سكان|اهالي|نواب|اوساط|جهات|سلطات|اطباء|زملاء|اعضاء|لاعبو|مسؤولو)$/;

/** A sound masculine plural (المجتمعون، ناشطون، المواطنين), not a singular in ون (قانون). */
function soundPlural(cx: Detection, k: number): 'ون' | 'ين' | undefined {
  const w = bareAt(cx, k);
  const stem = w.startsWith('ال') ? w.slice(2) : w;
  // A name in ين (فلسطين، حسين) is no plural; a people (الكويتيون، عراقيون) is one.
  if (tok(cx, k)?.kind !== 'word' || stem.length < 5 || SINGULARS_IN_WN.has(stem) || verbAt(cx, k)
    || cx.mentionOf[k]?.type === 'PER' || cx.mentionOf[k]?.type === 'LOC') return undefined;
  // يقولون، سيعاودون: an imperfect verb, not a noun; a nisba in يون (سياسيون، يمنيون) is one.
  if (/^س?[يت]/.test(stem) && !w.startsWith('ال') && !/ي(ون|ين)$/.test(stem)) return undefined;
  return stem.endsWith('ون') ? 'ون' : stem.endsWith('ين') ? 'ين' : undefined;
}

/** Past the plural head at k, its adjectives in the same case (نواب وسياسيون كويتيون). */
function adjectivesEnd(cx: Detection, k: number, ending: 'ون' | 'ين', stop: number): number {
  let e = k + 1;
  while (e < stop && e - k <= 2 && soundPlural(cx, e) === ending && !/^[وف]/.test(norm(cx, e))) e++;
  return e;
}

/**
 * The nearest plural noun phrase before i, in its sentence or the one before: a quantity of a
 * plural (بعض الجنوبيين، عدد كبير من المغردين), or a sound plural in the nominative (المجتمعون،
 * نواب، وسياسيون كويتيون). A plural in the genitive after a preposition or a noun is no subject.
 */
export function pluralAntecedent(cx: Detection, i: number): Source | undefined {
  const floor = sentenceStart(cx, Math.max(0, sentenceStart(cx, i) - 1));
  for (let k = i - 1; k >= floor; k--) {
    if (QUANTIFIERS.test(norm(cx, k))) {
      let p = k + 1;
      while (p < i && p - k <= 3 && (norm(cx, p) === 'من' || norm(cx, p) === 'كبير')) p++;
      const ending = soundPlural(cx, p);
      if (p < i && ending === 'ين' && !PREPOSITIONS.has(bareAt(cx, k - 1))) return analyseNP(cx, k, adjectivesEnd(cx, p, ending, i));
      continue;
    }
    if (soundPlural(cx, k) !== 'ون') continue;
    // سياسيون كويتيون: scanning back, the adjective comes first; the head is the run's first word.
    let h = k;
    while (h - 1 >= floor && soundPlural(cx, h - 1) === 'ون' && !/^[وف]/.test(norm(cx, h))) h--;
    // المشروعات التي نفذها المبدعون: the subject of a relative clause on another noun is not the text's.
    if (PREPOSITIONS.has(bareAt(cx, h - 1)) || isRelative(cx, h - 2)) {
      k = h;
      continue;
    }
    // نواب، وسياسيون: a plural joined by و to an indefinite noun before it opens with that noun.
    const joined = /^و/.test(norm(cx, h)) && isComma(cx, h - 1) && tok(cx, h - 2)?.kind === 'word' && !verbAt(cx, h - 2) && !bareAt(cx, h - 2).startsWith('ال');
    return analyseNP(cx, joined ? h - 2 : h, k + 1);
  }
  return undefined;
}

/** Whether a source names more than one (a sound plural, a quantity, persons joined by و). */
export function pluralSource(cx: Detection, s: Source): boolean {
  if (s.start === undefined) return false;
  if (/\sو/.test(cx.text.slice(s.start, s.end ?? s.start))) return true;
  const a = firstTokenAt(cx, s.start);
  const e = s.end !== undefined ? firstTokenAt(cx, s.end) : a + 1;
  if (QUANTIFIERS.test(norm(cx, a)) || BROKEN_PLURALS.test(bareAt(cx, a))) return true;
  // منهم من قالوا: the relative من takes a plural verb (whoever-subject.ts).
  if (e > a && norm(cx, e - 1) === 'من') return true;
  for (let k = a; k < Math.max(e, a + 1); k++) {
    if (isPunct(cx, k)) break;
    if (soundPlural(cx, k) !== undefined || cx.mentionOf[k] === undefined && /^(ال)?[^ ]+ات$/.test(bareAt(cx, k))) return true;
  }
  return (tok(cx, a) as Token | undefined) === undefined;
}
