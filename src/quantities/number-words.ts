/**
 * Arabic numbers written in words and in digits.
 *
 * The word parser reads a sequence of normalised words (see
 * text/normalise) and returns the value of the number phrase that starts at
 * a given index: units, teens, tens, hundreds (مئة/مائة and compounds),
 * scales (ألف، مليون، مليار، تريليون) in every gender, case and number,
 * و-joined compounds (مئة وخمسة وعشرون), duals (ألفين، مليوني), halves
 * (مليون ونصف) and vague plurals (عشرات، مئات، آلاف، بالمليارات، بضعة).
 */
import { lookupClitic, numberLexicon, PREFIXES_DEFINITE, PREFIXES_PLAIN } from './lexicon.js';

export interface NumberWordMatch {
  /** The value, or null for a vague amount (عشرات، آلاف). */
  value: number | null;
  /** How many words the phrase covers. */
  length: number;
  /** The largest scale word used (1 when none): 1000 for ثلاثة آلاف. */
  scale: number;
  vague: boolean;
  /** A lone word that is rarely a number on its own (واحد، ست): needs a unit after it. */
  weak: boolean;
  /** Length of the proclitic on the first word (و، ب، بال…). */
  prefix: number;
}

type Part = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'dual' | 'none';

interface WordValue {
  part: Part;
  value: number;
  /** Words consumed (2 for ثلاثة عشر, ثلاث مئة). */
  length: number;
  plural?: boolean;
}

/** Reads one number group (a unit, teen, ten, hundred or scale) from `stem` at words[j]. */
function readGroup(stem: string, words: readonly string[], j: number): WordValue | undefined {
  const lex = numberLexicon();
  const next = words[j + 1];
  const unit = lex.units.get(stem);
  if (unit !== undefined) {
    if (unit < 10 && next !== undefined && lex.teenTails.has(next)) return { part: 'teen', value: unit + 10, length: 2 };
    if (unit >= 3 && unit < 10 && next !== undefined && lex.hundredWords.has(next) && next !== 'مئات') {
      return { part: 'hundred', value: unit * 100, length: 2 };
    }
    return { part: 'unit', value: unit, length: 1 };
  }
  const ten = lex.tens.get(stem);
  if (ten !== undefined) return { part: 'ten', value: ten, length: 1 };
  const hundred = lex.hundreds.get(stem);
  if (hundred !== undefined) return { part: 'hundred', value: hundred, length: 1 };
  const scale = lex.scales.get(stem);
  if (scale !== undefined) return { part: 'scale', value: scale, length: 1, plural: lex.pluralScales.has(stem) };
  const dual = lex.duals.get(stem);
  if (dual !== undefined) return { part: 'dual', value: dual, length: 1 };
  return undefined;
}

/** Which group may follow which after و (Arabic puts units before tens). */
const AFTER_WAW: Record<Part, ReadonlySet<Part>> = {
  unit: new Set<Part>(['ten']),
  teen: new Set<Part>(),
  ten: new Set<Part>(),
  hundred: new Set<Part>(['unit', 'teen', 'ten']),
  scale: new Set<Part>(['unit', 'teen', 'ten', 'hundred', 'dual']),
  dual: new Set<Part>(['unit', 'teen', 'ten', 'hundred']),
  none: new Set<Part>(),
};

/**
 * Parses the number phrase written in words that starts at words[i].
 * Words are normalised; punctuation and other tokens should be passed as ''
 * so that a phrase never crosses them.
 */
export function parseNumberWords(words: readonly string[], i: number): NumberWordMatch | undefined {
  const lex = numberLexicon();
  const first = words[i];
  if (first === undefined || first.length === 0) return undefined;

  const vague = parseVague(words, i);
  if (vague) return vague;

  let total = 0;
  let current = 0;
  let last: Part = 'none';
  let lastScale = Infinity;
  let maxScale = 1;
  let j = i;
  let prefix = 0;
  let groups = 0;
  let weakWord: string | undefined;

  while (j < words.length) {
    const w = words[j];
    if (w === undefined || w.length === 0) break;
    let stem: string;
    let viaWaw = false;
    if (j === i) {
      const hit = lookupFirst(w, words, j);
      if (!hit) return undefined;
      stem = hit.stem;
      prefix = hit.prefix;
    } else if (w.startsWith('و') && w.length > 2 && (readGroup(w.slice(1), words, j) !== undefined || lex.fractions.has(w.slice(1))) && readGroup(w, words, j) === undefined) {
      stem = w.slice(1);
      viaWaw = true;
    } else {
      stem = w;
    }
    // ونصف after a scale or a hundred: a half of the last scale.
    if (j > i && viaWaw && lex.fractions.get(stem) === 0.5 && (last === 'scale' || last === 'dual') && current === 0) {
      total += lastScale / 2;
      j++;
      // ونصف المليون: the scale repeated with the article.
      const after = words[j];
      if (after !== undefined && after.startsWith('ال') && lex.scales.get(after.slice(2)) === lastScale) j++;
      last = 'none';
      break;
    }
    const g = readGroup(stem, words, j);
    if (!g) break;
    if (j > i) {
      if (viaWaw) {
        if (!AFTER_WAW[last].has(g.part)) break;
        if (last === 'scale' || last === 'dual') {
          // The added part must be smaller than the scale before it.
          if (g.part === 'scale' || g.value >= lastScale) break;
        }
      } else {
        // Without و only a scale may follow a number group (ثلاثة آلاف، مئة ألف).
        if (g.part !== 'scale' || last === 'scale' || last === 'dual' || last === 'none') break;
        if (g.value >= lastScale) break;
      }
    }
    if (g.part === 'scale') {
      if (j === i) {
        if (g.plural) return undefined; // a bare plural scale is vague, handled above
        current = 1;
      }
      if (current === 0) break;
      total += current * g.value;
      current = 0;
      lastScale = g.value;
      if (g.value > maxScale) maxScale = g.value;
    } else if (g.part === 'dual') {
      total += g.value;
      lastScale = g.value / 2;
      if (lastScale > maxScale) maxScale = lastScale;
    } else {
      current += g.value;
      if (j === i && g.length === 1 && lex.standaloneExcluded.has(stem)) weakWord = stem;
    }
    last = g.part;
    groups++;
    j += g.length;
  }
  if (j === i) return undefined;
  const value = total + current;
  if (value === 0) return undefined;
  return {
    value,
    length: j - i,
    scale: maxScale,
    vague: false,
    weak: groups === 1 && weakWord !== undefined,
    prefix,
  };
}

function lookupFirst(word: string, words: readonly string[], j: number): { stem: string; prefix: number } | undefined {
  for (const p of PREFIXES_PLAIN) {
    if (p.length > 0 && !word.startsWith(p)) continue;
    const stem = word.slice(p.length);
    if (p.length > 0 && stem.length < 2) continue;
    if (readGroup(stem, words, j) !== undefined) return { stem, prefix: p.length };
    if (numberLexicon().fractions.has(stem)) return undefined;
  }
  return undefined;
}

/**
 * Vague amounts: عشرات، مئات، آلاف، ملايين، مليارات، بضعة، with an optional
 * plural scale after them (عشرات الآلاف، بضعة ملايين) and clitics
 * (بالمليارات، بمئات).
 */
function parseVague(words: readonly string[], i: number): NumberWordMatch | undefined {
  const lex = numberLexicon();
  const w = words[i];
  if (w === undefined) return undefined;
  const hit = lookupClitic(lex.vague, w, PREFIXES_DEFINITE);
  if (!hit) return undefined;
  let scale = hit.value;
  let length = 1;
  const next = words[i + 1];
  if (next !== undefined) {
    const definite = next.startsWith('ال') && lex.scales.has(next.slice(2));
    const stem = definite ? next.slice(2) : next;
    const s = lex.scales.get(stem);
    if (s !== undefined && lex.pluralScales.has(stem) && (definite || hit.value === 1)) {
      scale = Math.max(scale, s) * (hit.value === 1 ? 1 : hit.value);
      length = 2;
    }
  }
  if (hit.value === 1 && length === 1) scale = 1; // بضعة on its own
  return { value: null, length, scale, vague: true, weak: false, prefix: hit.prefix };
}

/** A scale word (ألف، ملايين، مليار…), possibly with و/ب, or undefined. */
export function scaleOf(word: string): { value: number; plural: boolean; prefix: number } | undefined {
  const lex = numberLexicon();
  const hit = lookupClitic(lex.scales, word, PREFIXES_PLAIN);
  if (!hit) return undefined;
  return { value: hit.value, plural: lex.pluralScales.has(hit.stem), prefix: hit.prefix };
}

/** A fraction word (نصف، ربع، ثلث), possibly with a proclitic. */
export function fractionOf(word: string): { value: number; prefix: number } | undefined {
  const hit = lookupClitic(numberLexicon().fractions, word, PREFIXES_PLAIN);
  return hit ? { value: hit.value, prefix: hit.prefix } : undefined;
}

/**
 * Parses a digit string with `.`/`,` separators (the normaliser has already
 * folded Eastern and Persian digits and ٫ ٬). `1,000,000` and `368.000` are
 * thousands; `4.2` and `4,2` are decimals.
 */
export function parseDigits(s: string): number | undefined {
  if (!/^[0-9]+([.,][0-9]+)*$/.test(s)) return undefined;
  const seps = s.replace(/[0-9]/g, '');
  if (seps.length === 0) return Number(s);
  const groups = s.split(/[.,]/);
  const tail = groups.slice(1);
  const allThree = tail.every((g) => g.length === 3);
  const headOk = (groups[0] ?? '').length <= 3;
  const hasDot = seps.includes('.');
  const hasComma = seps.includes(',');
  if (hasDot && hasComma) {
    const lastSep = seps[seps.length - 1];
    const [intPart, frac] = lastSep === '.' ? splitLast(s, '.') : splitLast(s, ',');
    return Number(intPart.replace(/[.,]/g, '') + '.' + frac);
  }
  if (seps.length > 1) {
    // 1,000,000 / 1.000.000
    if (allThree && headOk) return Number(groups.join(''));
    return undefined;
  }
  const frac = tail[0] ?? '';
  if (hasComma) {
    if (frac.length === 3 && headOk) return Number(groups.join(''));
    return Number(`${groups[0]}.${frac}`);
  }
  // A single dot: decimal, except the thousands group written 368.000.
  if (frac === '000' && headOk) return Number(groups.join(''));
  return Number(`${groups[0]}.${frac}`);
}

function splitLast(s: string, sep: string): [string, string] {
  const k = s.lastIndexOf(sep);
  return [s.slice(0, k), s.slice(k + 1)];
}

export interface OrdinalMatch {
  value: number;
  length: number;
  prefix: number;
}

/**
 * Ordinal adjectives: الرابع، الأولى، ثالث، الحادي عشر، الحادي والعشرون،
 * العشرين.
 */
export function parseOrdinal(words: readonly string[], i: number): OrdinalMatch | undefined {
  const lex = numberLexicon();
  const w = words[i];
  if (w === undefined || w.length === 0) return undefined;
  const hit = lookupClitic(lex.ordinals, w, PREFIXES_DEFINITE);
  const next = words[i + 1];
  if (hit) {
    const definite = hit.stem.startsWith('ال');
    if (next !== undefined && lex.ordinalTeenTails.has(next) && hit.value < 10) {
      return { value: hit.value + 10, length: 2, prefix: hit.prefix };
    }
    if (next !== undefined && next.startsWith('و') && definite) {
      const tens = lex.ordinalTens.get(next.slice(1));
      if (tens !== undefined) return { value: tens + hit.value, length: 2, prefix: hit.prefix };
    }
    if (lex.ordinalNeedsTail.has(hit.stem)) return undefined;
    return { value: hit.value, length: 1, prefix: hit.prefix };
  }
  const tensHit = lookupClitic(lex.ordinalTens, w, PREFIXES_DEFINITE);
  if (tensHit) return { value: tensHit.value, length: 1, prefix: tensHit.prefix };
  return undefined;
}
