/**
 * Parties the tagger leaves untagged, added in the analysis only (like the
 * gazetteer and description fills, never for `ner --conll`):
 *
 * - fixed phrases of data/entities/parties.txt: groups of states (دول
 *   الخليج، القوى الست الكبرى), coalitions, armed groups and movements,
 *   security bodies (الحرس الثوري، الدفاع المدني);
 * - the group of six powers written with digits: مجموعة (5+1)، دول 5 + 1;
 * - numbered military units: الفرقة 30، اللواء 135 مشاة، الكتيبة 80،
 *   المنطقة العسكرية الرابعة، الجيش الثالث الميداني;
 * - the short name or acronym a body's name is followed by, in parentheses
 *   or quotes: وكالة الأنباء الألمانية (د.ب.أ)، الهيئة الوطنية لمكافحة
 *   الفساد "نزاهة"، and a quoted name after a head word (عصابة "كامورا");
 * - tribes named after their head: قبيلتي التبو والطوارق، قبائل الصبيحة;
 * - a name coordinated with the owner of an armed body: ميليشيات الحوثي
 *   وصالح (the person standing for his forces).
 *
 * Every added span covers only untagged tokens.
 */
import { stripClitics } from './affixes.js';
import { categoryBit, type Gazetteer } from './gazetteer.js';
import type { Label } from './labels.js';
import { bioSpans } from './metrics.js';
import { lazy, readDataFile } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const set = (words: string[]) => new Set(words.map((w) => normaliseString(w)));

type PartyType = 'ORG' | 'PER' | 'LOC' | 'MISC';

export interface PartyList {
  /** First word (normalised, without proclitics) → entries starting with it, longest first. */
  entries: Map<string, { words: string[]; type: PartyType }[]>;
}

/** Parses data/entities/parties.txt: `TYPE phrase` a line, `#` comments. */
export function parsePartyList(text: string): PartyList {
  const entries = new Map<string, { words: string[]; type: PartyType }[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const m = /^(ORG|PER|LOC|MISC)\s+(.+)$/.exec(line);
    if (!m) throw new Error(`parties.txt: bad line «${line}»`);
    const words = normaliseString(m[2] as string).split(/\s+/).filter((w) => w.length > 0);
    const first = words[0] as string;
    let list = entries.get(first);
    if (!list) entries.set(first, (list = []));
    list.push({ words, type: m[1] as PartyType });
  }
  for (const list of entries.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries };
}

export const loadPartyList = lazy((): PartyList => parsePartyList(readDataFile('entities/parties.txt').toString('utf8')));

/** Whether normalised words are a phrase of the parties list, or a numbered unit (الجيش الثالث الميداني): a name, not a generic phrase. */
export function isListedParty(words: readonly string[], list: PartyList = loadPartyList()): boolean {
  const first = words[0];
  if (first === undefined) return false;
  if ((UNIT_HEADS.has(first) || first === REGION) && words.slice(1).some((w) => ORDINALS.has(w))) return true;
  return (list.entries.get(first) ?? []).some((e) => e.words.length === words.length && e.words.every((w, j) => w === words[j]));
}

/** Heads of numbered military units. */
const UNIT_HEADS = set(['الفرقة', 'اللواء', 'الكتيبة', 'الفوج', 'السرية', 'الفيلق', 'ألوية', 'كتيبة', 'فرقة', 'لواء', 'فوج', 'الجيش']);
/** Ordinals that number a unit (الجيش الثالث، المنطقة العسكرية الرابعة). */
const ORDINALS = set([
  'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
  'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
]);
/** Words that may close a unit's name: its arm or its byname. */
const UNIT_TAILS = set(['مشاة', 'ميكا', 'مدرع', 'مدرعة', 'بحري', 'جوي', 'حزم', 'الميداني', 'مظلات', 'صاعقة', 'حرس', 'مدفعية']);

/** Heads before a quoted or parenthesised name that make it an organisation. */
const QUOTED_ORG_HEADS = set([
  'عصابة', 'عصابات', 'جماعة', 'تنظيم', 'حركة', 'منظمة', 'جمعية', 'حزب', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات', 'كتائب', 'كتيبة', 'لواء',
  'قناة', 'وكالة', 'صحيفة', 'شبكة', 'شركة', 'مجموعة', 'ائتلاف', 'تحالف', 'جبهة', 'تيار', 'قبيلة', 'عشيرة',
]);
const OPEN = new Map([['(', ')'], ['«', '»'], ['"', '"'], ['“', '”'], ['”', '”'], ["'", "'"]]);
const MAX_QUOTED = 6;

/** Heads of tribes: the definite word after them names the tribe. */
const TRIBE_HEADS = set(['قبيلة', 'قبيلتي', 'قبيلتا', 'قبائل', 'عشيرة', 'عشيرتي', 'عشائر']);
/** Definite words after a tribe head that are no tribe's name. */
const NOT_TRIBE = set(['المنطقة', 'المحافظة', 'المدينة', 'البلاد', 'البلدة', 'القرية', 'الجنوب', 'الشمال', 'الشرق', 'الغرب', 'العربية', 'اليمنية', 'السنية', 'الشيعية', 'المختلفة', 'الأخرى', 'الكبيرة', 'المسلحة', 'الموالية', 'المحلية']);

/** Armed-body heads after which a name is the owner of the body (ميليشيات الحوثي وصالح). */
const OWNED_FORCE_HEADS = set(['ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'قوات', 'عناصر', 'مسلحي', 'مسلحو', 'مقاتلي', 'مقاتلو', 'أنصار']);

const NUMBER = /^[0-9٠-٩]+$/;

/** Single words the rules below look for, normalised once. */
const GROUP = normaliseString('مجموعة');
const STATES = normaliseString('دول');
const ARMY = normaliseString('الجيش');
const REGION = normaliseString('المنطقة');
const MILITARY = normaliseString('العسكرية');
const PERSON_BITS = categoryBit('person') | categoryBit('kbper') | categoryBit('family') | categoryBit('first');

const isForceHead = (h: string | undefined): boolean => h !== undefined && (OWNED_FORCE_HEADS.has(h) || OWNED_FORCE_HEADS.has(stripClitics(h).base));

function mark(out: Label[], start: number, end: number, type: PartyType): void {
  out[start] = `B-${type}` as Label;
  for (let j = start + 1; j < end; j++) out[j] = `I-${type}` as Label;
}

function free(out: readonly Label[], start: number, end: number): boolean {
  if (end > out.length) return false;
  for (let j = start; j < end; j++) if (out[j] !== 'O') return false;
  return true;
}

/** The end of a written «5+1» at i (with its parentheses), or undefined. */
function fivePlusOneEnd(words: readonly string[], i: number): number | undefined {
  let k = i;
  const paren = words[k] === '(';
  if (paren) k++;
  if (words[k] !== '5') return undefined;
  k++;
  if (words[k] === '+') k++;
  if (words[k] !== '1') return undefined;
  k++;
  if (paren) {
    if (words[k] !== ')') return undefined;
    k++;
  }
  return k;
}

/**
 * Adds the parties described in the file comment to a sentence's tags.
 * `norms` are the sentence's normalised words.
 */
export function partyFill(words: readonly string[], norms: readonly string[], tags: readonly Label[], gaz: Gazetteer, list: PartyList = loadPartyList()): Label[] {
  const out = tags.slice();
  const n = words.length;
  for (let i = 0; i < n; i++) {
    if (out[i] !== 'O') continue;
    const w = norms[i] as string;
    const base = stripClitics(w).base;
    // fixed phrases of the list
    const cands = list.entries.get(w) ?? list.entries.get(base);
    let done = false;
    for (const e of cands ?? []) {
      const len = e.words.length;
      if (i + len > n || !free(out, i, i + len)) continue;
      let ok = true;
      for (let j = 1; j < len && ok; j++) ok = norms[i + j] === e.words[j];
      if (!ok) continue;
      mark(out, i, i + len, e.type);
      i += len - 1;
      done = true;
      break;
    }
    if (done) continue;
    // مجموعة (5+1)، دول 5+1، 5+1
    const groupHead = base === GROUP || base === STATES;
    const fiveStart = groupHead ? (norms[i + 1] === STATES ? i + 2 : i + 1) : i;
    const fiveEnd = fivePlusOneEnd(words, fiveStart);
    if (fiveEnd !== undefined && free(out, i, fiveEnd)) {
      mark(out, i, fiveEnd, 'ORG');
      i = fiveEnd - 1;
      continue;
    }
    // numbered units: الفرقة 30، اللواء 135 مشاة، الجيش الثالث الميداني، المنطقة العسكرية الرابعة
    let unitEnd: number | undefined;
    // للواء: ل + اللواء, the article's lam merged with the noun's
    if (UNIT_HEADS.has(base) || UNIT_HEADS.has(w) || (w.startsWith('لل') && UNIT_HEADS.has('ا' + w))) {
      const next = norms[i + 1];
      if (next !== undefined && (NUMBER.test(next) || ORDINALS.has(next)) && !(base === ARMY && NUMBER.test(next))) unitEnd = i + 2;
    } else if (base === REGION && norms[i + 1] === MILITARY && norms[i + 2] !== undefined && ORDINALS.has(norms[i + 2] as string)) unitEnd = i + 3;
    if (unitEnd !== undefined) {
      while (unitEnd < n && unitEnd - i < 5 && UNIT_TAILS.has(norms[unitEnd] as string)) unitEnd++;
      if (free(out, i, unitEnd)) {
        mark(out, i, unitEnd, 'ORG');
        i = unitEnd - 1;
        continue;
      }
    }
    // tribes: قبيلتي التبو والطوارق، قبائل الصبيحة
    if (TRIBE_HEADS.has(base) || TRIBE_HEADS.has(w)) {
      const k = i + 1;
      const t = norms[k];
      if (t !== undefined && out[k] === 'O' && t.startsWith('ال') && t.length >= 4 && !NOT_TRIBE.has(t) && /^\p{L}+$/u.test(t)) {
        mark(out, k, k + 1, 'ORG');
        const c = norms[k + 1];
        if (c !== undefined && out[k + 1] === 'O' && c.startsWith('وال') && c.length >= 5 && !NOT_TRIBE.has(c.slice(1))) mark(out, k + 1, k + 2, 'ORG');
        i = k;
        continue;
      }
    }
  }
  // names after a body's name or a head word, in parentheses or quotes: (د.ب.أ)، "نزاهة"، عصابة "كامورا"
  // how many of each symmetric quote mark stand before the word being read
  const marksBefore = new Map<string, number>();
  for (let i = 1, seen = 0; i < n; i++) {
    for (; seen < i; seen++) {
      const w = words[seen] as string;
      if (OPEN.get(w) === w) marksBefore.set(w, (marksBefore.get(w) ?? 0) + 1);
    }
    const close = OPEN.get(words[i] as string);
    if (close === undefined || out[i] !== 'O') continue;
    // a quote mark that closes a quotation ("داعش" بأنها "…") opens nothing
    if (close === words[i] && (marksBefore.get(close) ?? 0) % 2 === 1) continue;
    const prev = out[i - 1] as string;
    const headWord = norms[i - 1] as string;
    const afterOrg = prev === 'B-ORG' || prev === 'I-ORG';
    const afterHead = prev === 'O' && (QUOTED_ORG_HEADS.has(headWord) || QUOTED_ORG_HEADS.has(stripClitics(headWord).base));
    if (!afterOrg && !afterHead) continue;
    let k = i + 1;
    while (k < n && k - i - 1 < MAX_QUOTED && words[k] !== close) k++;
    if (k >= n || words[k] !== close || k === i + 1) continue;
    if (!free(out, i + 1, k)) continue;
    const inner = words.slice(i + 1, k);
    if (!inner.some((x) => /\p{L}/u.test(x)) || inner.some((x) => NUMBER.test(x) || OPEN.has(x))) continue;
    // an acronym or a short name, not a clause: at most three words of letters
    if (inner.filter((x) => /\p{L}{2,}/u.test(x)).length > 3) continue;
    mark(out, i + 1, k, 'ORG');
    i = k;
  }
  // a person coordinated with the owner of an armed body: ميليشيات الحوثي وصالح
  for (const s of bioSpans(out)) {
    if (s.type === 'MISC') continue;
    const headInside = s.type === 'ORG' && s.end - s.start >= 2 && isForceHead(norms[s.start]);
    const headBefore = s.start > 0 && out[s.start - 1] === 'O' && isForceHead(norms[s.start - 1]);
    if (!headInside && !headBefore) continue;
    const k = s.end;
    const c = norms[k];
    if (c === undefined || out[k] !== 'O' || !c.startsWith('و') || c.length < 4) continue;
    const rest = c.slice(1);
    if (((gaz.words.get(rest) ?? 0) & PERSON_BITS) === 0 || (norms[k + 1] !== undefined && out[k + 1] === 'O' && ((gaz.words.get(norms[k + 1] as string) ?? 0) & PERSON_BITS) !== 0)) continue;
    out[k] = 'B-PER';
  }
  return out;
}
