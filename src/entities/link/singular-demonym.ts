/**
 * Indefinite singular nisbas of a state stand for it like the definite ones do
 * (مسؤول سوري، نحو ألف سوري، قتل 14 جنديا أفغانيا، اعتقلت الشرطة مواطنا سوريا):
 * the guideline counts a person named by his state's nisba as that state. The
 * bare masculine forms of several states are blocked in the knowledge base
 * (سوري، مصري، تركي are also family names and common words), and the accusative
 * forms are not listed at all — two of them are spelt as the state's own name
 * (سوريا، تركيا), which the linker then takes as the state named, not described.
 * So each is read only in its context: right after a singular noun of people it
 * qualifies (مواطن، جندي، مسؤول, in the same case), after a number that counts
 * people (ألف سوري، 500 مصري). Other nouns are left alone: after an accusative
 * noun of a thing (تفاهمًا أميركيًا) the nisba is often one of a pair of
 * states (أميركيًا - إيرانيًا) that the events do not read as such.
 */
import type { Token } from '../../core/types.js';
import { formKey, type Kb } from '../kb/load.js';
import type { Candidate } from './candidates.js';
import { cutOffset, procliticVariants, stateAdjective } from './words.js';

/** Singular nouns of people a nisba qualifies (normalised, nominative/genitive form). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'مواطن', 'مسؤول', 'مسوول', 'جندي', 'شخص', 'رجل', 'لاجئ', 'لاجي', 'طفل', 'شاب', 'ناشط', 'صحفي', 'صحافي', 'عامل', 'مقيم', 'سائح', 'سايح',
  'طالب', 'مبتعث', 'متهم', 'دبلوماسي', 'ضابط', 'عسكري', 'مقاتل', 'مهاجر', 'معتقل', 'سجين', 'مدني', 'زائر', 'زاير', 'مسلح', 'عنصر', 'حاج',
  'معتمر', 'طيار', 'بحار', 'تاجر', 'رهينه', 'اسير', 'قيادي', 'نائب', 'وزير', 'سفير', 'مصدر', 'خبير', 'ناشطه', 'مواطنه', 'امراه', 'فتاه',
  'صبي', 'فتي', 'رضيع', 'موظف', 'طبيب', 'مهندس', 'معلم',
]);

/** Numbers that count a singular noun in the genitive (ألف سوري، مائة مصري), normalised; digits count too. */
const HUNDREDS = new Set(['الف', 'الاف', 'مئه', 'مائه', 'مليون', 'الفي', 'مئتي', 'مائتي']);

/** Nisbas that name no single state or are mostly common words (مالي = financial, عربي). */
const SKIP = new Set(['مالي', 'عربي', 'بنيني']);

const cache = new WeakMap<Kb, Map<string, string>>();

/** The bare masculine singular nisbas of the states (سوري → gpe:SY), normalised. */
export function singulars(kb: Kb): Map<string, string> {
  let m = cache.get(kb);
  if (m) return m;
  m = new Map();
  for (const e of kb.entries.values()) {
    if (!/^gpe:[A-Z]{2}$/.test(e.id)) continue;
    for (const f of e.nisba ?? []) {
      const k = formKey(f);
      if (k.includes(' ') || k.startsWith('ال') || !k.endsWith('ي') || SKIP.has(k)) continue;
      if (!m.has(k)) m.set(k, e.id);
    }
  }
  cache.set(kb, m);
  return m;
}

/** Whether the original text of a token carries the tanween of the accusative (ًا، اً). */
function hasTanween(text: string, t: Token): boolean {
  return /\u064b/.test(text.slice(t.start, t.end));
}

/** Mentions of states by indefinite singular nisbas, in their context. */
export function singularDemonymCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const forms = singulars(kb);
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (t.kind !== 'word' || prev.sentence !== t.sentence) continue;
    const w = t.norm;
    const accusative = w.endsWith('يا') && forms.has(w.slice(0, -1));
    const id = accusative ? forms.get(w.slice(0, -1)) : forms.get(w);
    if (!id) continue;
    const p = prev.norm;
    let fits: boolean;
    if (accusative) {
      // مواطنا سوريا، جنديا أفغانيا، فتى فلسطينيًا (the noun's accusative alef, or its tanween on a final ى)
      fits = (p.endsWith('ا') && PEOPLE_NOUNS.has(p.slice(0, -1))) || (PEOPLE_NOUNS.has(p) && hasTanween(text, t));
    } else {
      // مسؤول سوري، ألف سوري، 500 مصري
      fits = procliticVariants(p).some((v) => PEOPLE_NOUNS.has(v.form)) || HUNDREDS.has(p) || /^[0-9٠-٩]+$/.test(p);
    }
    if (!fits) continue;
    const start = cutOffset(t, text, 0);
    out.push(stateAdjective(text, t, i, start, id, w));
  }
  return out;
}
