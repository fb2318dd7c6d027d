/**
 * Broken plurals of demonyms stand for their state like its nisba does
 * (قصف المغاربة، قتل جنود أتراك، طيارون روس): the guideline counts a people
 * named by its state's nisba as that state. The knowledge base lists the
 * sound plurals (المصريون، إيرانيون) and a few definite broken ones (الأتراك،
 * الروس); the rest need their context, since the indefinite forms are also
 * names (ديانا روس، لبنى ألمان) and المغاربة names a gate of al-Aqsa (باب
 * المغاربة). An indefinite broken plural counts only after a plural noun of
 * people it qualifies (جنود، مستشارون، مسؤولين) or another demonym it is
 * coordinated with (سوريون وأفغان، تجار روس وأتراك).
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import type { Candidate } from './candidates.js';
import { cutOffset, procliticVariants, stateAdjective } from './words.js';

/** Indefinite broken plurals of demonyms, normalised, and their state. */
const INDEFINITE: ReadonlyMap<string, string> = new Map([
  ['اتراك', 'gpe:TR'], ['روس', 'gpe:RU'], ['مغاربه', 'gpe:MA'], ['افغان', 'gpe:AF'], ['المان', 'gpe:DE'],
  ['امريكان', 'gpe:US'], ['اميركان', 'gpe:US'], ['اسبان', 'gpe:ES'],
  // accusative (تجارا روسا وأتراكا)
  ['اتراكا', 'gpe:TR'], ['روسا', 'gpe:RU'], ['افغانا', 'gpe:AF'], ['المانا', 'gpe:DE'], ['امريكانا', 'gpe:US'], ['اميركانا', 'gpe:US'], ['اسبانا', 'gpe:ES'],
]);

/** Definite broken plurals the knowledge base lacks, normalised, and their state. */
const DEFINITE: ReadonlyMap<string, string> = new Map([
  ['المغاربه', 'gpe:MA'], ['الافغان', 'gpe:AF'], ['الاسبان', 'gpe:ES'],
]);

/** Words before a definite plural that make it part of a place's name (باب المغاربة، حارة المغاربة), normalised. */
const PLACE_HEADS = new Set(['باب', 'حاره', 'حي', 'سوق', 'زقاق', 'مسجد', 'جامع']);

/** Broken plurals of nouns of people that a demonym qualifies (جنود أتراك، خبراء روس), normalised. */
const PEOPLE_PLURALS = new Set([
  'جنود', 'ضباط', 'خبراء', 'عملاء', 'تجار', 'سياح', 'رعايا', 'عمال', 'طلاب', 'قاده', 'مرتزقه', 'زوار', 'رجال', 'علماء', 'اطباء',
  'نواب', 'وزراء', 'سفراء', 'اسري', 'عناصر', 'افراد', 'قاده', 'طيارين', 'بحاره', 'مواطنين', 'شباب', 'لاعبين', 'حجاج', 'رهائن', 'مقاتلي',
]);

/** Whether the variant form is a plural noun of people: a sound masculine plural (مقاتلون، مسؤولين) or a listed broken one. */
function peoplePlural(form: string): boolean {
  return PEOPLE_PLURALS.has(form) || PEOPLE_PLURALS.has(form.replace(/ا$/, ''))
    || (form.length >= 5 && /(?:ون|ين)$/.test(form) && !form.startsWith('ال'));
}

/** The state of a demonym at token t (a knowledge-base adjective or one of ours), or undefined. */
function demonymState(kb: Kb, t: Token): string | undefined {
  for (const v of procliticVariants(t.norm)) {
    const id = INDEFINITE.get(v.form) ?? DEFINITE.get(v.form)
      ?? kb.names.get(v.form)?.find((r) => r.kind === 'adjective')?.id;
    if (id) return id;
  }
  return undefined;
}

/** Mentions of states by the broken plurals of their demonyms, in their context. */
export function pluralDemonymCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const prev = i > 0 && tokens[i - 1]?.sentence === t.sentence && tokens[i - 1]?.kind === 'word' ? tokens[i - 1] : undefined;
    for (const v of procliticVariants(t.norm)) {
      let id = DEFINITE.get(v.form);
      if (id && prev && PLACE_HEADS.has(prev.norm)) id = undefined;
      if (!id) {
        id = INDEFINITE.get(v.form);
        // after a plural of people, or after another demonym it is coordinated with
        const fits = prev !== undefined && (v.prefix === ''
          ? procliticVariants(prev.norm).some((p) => peoplePlural(p.form))
          : v.prefix === 'و' && demonymState(kb, prev) !== undefined);
        if (!fits) id = undefined;
      }
      if (!id) continue;
      const start = cutOffset(t, text, v.cut);
      out.push(stateAdjective(text, t, i, start, id, v.form));
      break;
    }
  }
  return out;
}
