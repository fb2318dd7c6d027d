/**
 * What a name's marking says of its role: its preposition, whether it is a
 * place, an adjective or in apposition, the names coordinated with it, and the
 * person a title phrase stands for. Arguments are chosen from these answers.
 */
import type { Attribution } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { bareWord } from '../lexicon.js';
import { type Doc, inQuantity, isAdjective, sentenceOf } from './context.js';
import {
  APPOSITION_HEADS, CASUALTIES, HEAD_NOUNS, isBoundary, LOC_PREPS, MEMBER_HEADS, PERSON_TYPES, PLACE_NOUNS, QUOTE_CLOSE, QUOTE_OPEN,
  SEPARATE_PREPS, TITLES,
} from './lexicon-sets.js';
import { inPlaceOfAct } from './place-of-act.js';
import { loyalForcesParty } from './loyal-forces.js';
import { creditedName } from './credited-aside.js';
import type { MentionRef } from './types.js';
import { normaliseClitics } from './words.js';
import { isUnitNoun } from './unit-of-party.js';

/** The preposition marking the mention, if any (separate word or proclitic). */
export function prepOf(doc: Doc, m: MentionRef): string | undefined {
  const { input, tokens, bare, mentionAt } = doc;
  const t = tokens[m.first]!;
  if (m.mention.start > t.start) {
    const pre = normaliseClitics(t.norm.slice(0, Math.max(0, t.norm.length - (t.end - m.mention.start))));
    if (pre.includes('ب')) return 'ب';
    if (pre.includes('ل')) return 'ل';
  } else if (t.segments && t.segments.length > 1) {
    for (const s of t.segments) {
      if (s.role !== 'proclitic') continue;
      if (s.form === 'ب' || s.form === 'ل') return s.form;
    }
  } else if (/^(و|ف)?(ب|ل)/.test(t.norm)) {
    const name = normaliseString(m.entity.name.split(/\s+/)[0] ?? '');
    const surface = normaliseString(input.text.slice(m.mention.start, m.mention.end)).split(/\s+/)[0] ?? '';
    const stripped = t.norm.replace(/^(و|ف)/, '');
    const starts = (w: string) => w.length > 0 && stripped.startsWith(w);
    if (!starts(name) && !starts(surface)) {
      if (stripped.startsWith('لل')) return 'ل';
      if (starts('ب' + name) || starts('ب' + surface) || starts('بال')) return 'ب';
      if (starts('ل' + name) || starts('ل' + surface)) return 'ل';
    }
  }
  let j = m.first - 1;
  for (let hop = 0; hop < 4 && j >= 0; hop++) {
    const mj = mentionAt[j];
    if ((mj && isAdjective(mj)) || TITLES.has(bare[j]!) || TITLES.has(tokens[j]!.norm)) j--;
    // «من قبل «داعش»»: the quotation mark that opens a name.
    else if (hop === 0 && j === m.first - 1 && QUOTE_OPEN.has(tokens[j]!.norm)) j--;
    else break;
  }
  // «برقية تهنئة لفخامة الرئيس X»، «للرئيس X»: the preposition glued to the title before the name.
  if (j + 1 < m.first && !mentionAt[j + 1] && TITLES.has(bare[j + 1]!) && tokens[j + 1]!.norm !== bare[j + 1]) {
    const pm = /^(و|ف)?(لل|ل|بال|ب)/.exec(tokens[j + 1]!.norm);
    if (pm && !TITLES.has(tokens[j + 1]!.norm.replace(/^(و|ف)/, ''))) return pm[2]!.charAt(0);
  }
  if (j >= 0 && (bare[j] === 'من' || tokens[j]!.norm === 'من') && j - 1 >= 0 && tokens[j - 1]!.norm.endsWith('كل')) j -= 2;
  if (j < 0 || sentenceOf(doc, j) !== sentenceOf(doc, m.first)) return undefined;
  // A name in apposition to a place noun with its preposition (للعاصمة الإثيوبية أديس أبابا).
  if (j < m.first - 1 && !mentionAt[j] && (PLACE_NOUNS.has(bare[j]!) || PLACE_NOUNS.has('ال' + bare[j]!))) {
    const pm = /^(و|ف)?(لل|بال|ل|ب)/.exec(tokens[j]!.norm);
    if (pm && bare[j] !== tokens[j]!.norm) return pm[2]!.charAt(0);
  }
  const w = tokens[j]!.norm.replace(/^(و|ف)(?=..)/, '');
  if (SEPARATE_PREPS.has(w)) return w;
  // «إلى جانب X»، «بجانب X».
  if (w === 'بجانب' || (w === 'جانب' && j - 1 >= 0 && tokens[j - 1]!.norm.endsWith('الي'))) return 'الي';
  if (w === 'قبل' && j - 1 >= 0 && tokens[j - 1]!.norm.endsWith('من')) return 'قبل';
  // «استفزازات من جانب كوريا الشمالية»: من جانب names the doer as من قبل does.
  if (w === 'جانب' && j - 1 >= 0 && /^(و)?من$/.test(tokens[j - 1]!.norm)) return 'قبل';
  // على يد X، بأيدي X: the agent of a passive.
  if ((w === 'يد' || w === 'ايدي' || w === 'ايادي') && j - 1 >= 0 && tokens[j - 1]!.norm.endsWith('علي')) return 'قبل';
  if (w === 'بيد' || w === 'بايدي' || w === 'علي_يد') return 'قبل';
  // «بحسب سكاي نيوز»، «حسب وكالة رويترز»: the name an account is credited to.
  if (creditedName(doc, m.first)) return 'حسب';
  return undefined;
}

/** Heads of a party named after و besides titles and head nouns (ودول آسيان). */
// «وشركة توتال»، «وصحيفة الرياض»: the head noun of a company, an outlet or an institution before
// the next name, which its own mention leaves out.
const COORD_HEADS = new Set(['دول', 'شركه', 'شركات', 'صحيفه', 'مؤسسه', 'جامعه', 'بنك', 'مصرف', 'جمعيه', 'مركز', 'صندوق', 'وكاله', 'مجموعه', 'اتحاد', 'نادي', 'قناه']);

/** The mention and the ones coordinated with it by و. */
export function coordinated(doc: Doc, m: MentionRef, limit: number): { ids: string[]; last: number } {
  const { tokens, mentionAt } = doc;
  const ids = [m.entity.id];
  let last = m.last;
  for (;;) {
    const k = last + 1;
    if (k >= limit) break;
    const next = mentionAt[k];
    const t = tokens[k]!;
    if (next && next.first === k && t.norm.startsWith('و') && next !== m) {
      if (!ids.includes(next.entity.id)) ids.push(next.entity.id);
      last = next.last;
      continue;
    }
    // «ودولة الإمارات»، «والرئيس X»: a title with و before the next name.
    if (!next && /^و../.test(t.norm) && k + 1 < limit && (TITLES.has(t.norm.slice(1)) || TITLES.has(bareWord(t.norm.slice(1))) || HEAD_NOUNS.has(bareWord(t.norm.slice(1))) || COORD_HEADS.has(t.norm.slice(1)))) {
      // «ووزير الخارجية السعودي عادل الجبير»، «ونظيره العراقي خالد العبيدي»: the rest of the
      // title phrase (office words, a nisba) before the name.
      let j = k + 1;
      while (j < limit && j - k <= 3 && (mentionAt[j] ? mentionAt[j]!.first === j && isAdjective(mentionAt[j]!) : TITLES.has(tokens[j]!.norm) || TITLES.has(bareWord(tokens[j]!.norm)))) j = mentionAt[j] ? mentionAt[j]!.last + 1 : j + 1;
      const n2 = j < limit ? mentionAt[j] : undefined;
      if (n2 && n2.first === j && !isAdjective(n2)) {
        if (!ids.includes(n2.entity.id)) ids.push(n2.entity.id);
        last = n2.last;
        // «وشركة توتال الفرنسية»: a nisba after the name qualifies it and names no party of its own.
        const nisba = last + 1 < limit ? mentionAt[last + 1] : undefined;
        if (nisba && nisba.first === last + 1 && isAdjective(nisba) && COORD_HEADS.has(t.norm.slice(1))) last = nisba.last;
        continue;
      }
    }
    // «قوات الجيش الوطني وعناصر من المقاومة الشعبية»: members of a party coordinated with it.
    if (!next && /^و../.test(t.norm) && MEMBER_HEADS.has(t.norm.slice(1)) && tokens[k + 1]?.norm === 'من' && k + 2 < limit) {
      const n2 = mentionAt[k + 2];
      if (n2 && n2.first === k + 2 && !isAdjective(n2)) {
        if (!ids.includes(n2.entity.id)) ids.push(n2.entity.id);
        last = n2.last;
        continue;
      }
    }
    // «قام الفريق X يرافقه اللواء Y … بزيارة»: the companion of a person shares the act.
    if (!next && m.entity.type === 'PER' && /^(و)?(يرافقه|ترافقه|برفقه|يرافقهم|يرافقها)$/.test(t.norm)) {
      let j = k + 1;
      while (j < limit && j - k <= 3 && !mentionAt[j] && (TITLES.has(tokens[j]!.norm) || TITLES.has(bareWord(tokens[j]!.norm)) || APPOSITION_HEADS.has(bareWord(tokens[j]!.norm)))) j++;
      const n2 = j < limit ? mentionAt[j] : undefined;
      if (n2 && n2.first === j && !isAdjective(n2) && n2.entity.type === 'PER') {
        if (!ids.includes(n2.entity.id)) ids.push(n2.entity.id);
        last = n2.last;
        continue;
      }
    }
    // «والقوات الموالية للرئيس السابق X»: forces loyal to a party stand for it.
    const loyal = next ? undefined : loyalForcesParty(doc, k, limit);
    if (loyal) {
      if (!ids.includes(loyal.entity.id)) ids.push(loyal.entity.id);
      last = loyal.last;
      continue;
    }
    if (t.norm === 'و' && k + 1 < limit) {
      const n2 = mentionAt[k + 1];
      if (n2 && n2.first === k + 1) {
        if (!ids.includes(n2.entity.id)) ids.push(n2.entity.id);
        last = n2.last;
        continue;
      }
    }
    break;
  }
  return { ids, last };
}

/** The mention and the ones coordinated with it by و before it, in text order. */
export function coordinatedBackward(doc: Doc, m: MentionRef): string[] {
  const { tokens, mentionAt } = doc;
  const ids = [m.entity.id];
  let first = m.first;
  for (;;) {
    const t = tokens[first];
    if (!t || !t.norm.startsWith('و')) break;
    const prev = first - 1 >= 0 ? mentionAt[first - 1] : undefined;
    // Nisbas are coordinated with nisbas only (الجانبان الأردني والفلسطيني).
    if (!prev || prev.last !== first - 1 || isAdjective(prev) !== isAdjective(m)) break;
    ids.unshift(prev.entity.id);
    first = prev.first;
  }
  return ids;
}

/**
 * A place named after a locative phrase (بمنطقة جبل سمامة، في مدينة عدن،
 * بالدرعية): a location, never the object of the verb.
 */
export function isLocative(doc: Doc, m: MentionRef): boolean {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  if (inPlaceOfAct(doc, m)) return true;
  if (m.entity.type !== 'GPE' && m.entity.type !== 'LOC') return false;
  const p = prepOf(doc, m);
  if (p !== undefined) return LOC_PREPS.has(p) && p !== 'علي' && p !== 'الي' && p !== 'من';
  const j = m.first - 1;
  if (j < 0) return false;
  const w = j - 1 >= 0 ? tokens[j - 1]!.norm.replace(/^(و|ف)(?=..)/, '') : '';
  // «في بيت حنينا»، «في قرية دوما»: a place named after any bare noun of a locative phrase.
  if (!PLACE_NOUNS.has(bare[j]!)) {
    const t = tokens[j]!;
    return t.kind === 'word' && !mentionAt[j] && !isCandidate[j] && !/^ال/.test(t.norm) && (w === 'في' || w === 'داخل' || w === 'قرب');
  }
  if (/^(و|ف)?(ب|في)/.test(tokens[j]!.norm) && tokens[j]!.norm !== bare[j]) return true;
  if (w === 'في' || w === 'داخل' || w === 'قرب') return true;
  // «في محافظة تعز جنوب غرب اليمن»: a place further on in a chain of places that a
  // locative phrase opens.
  for (let k = j - 1; k >= 0 && j - k <= 4 && sentenceOf(doc, k) === sentenceOf(doc, j); k--) {
    const mk = mentionAt[k];
    if (mk) return mk.last === k && isLocative(doc, mk);
    if (!PLACE_NOUNS.has(bare[k]!)) return false;
  }
  return false;
}

/**
 * A title phrase in apposition names a person after the state or body it
 * belongs to: «رئيس مجلس النواب العراقي الدكتور سليم الجبوري», «وزير
 * الخارجية بجمهورية ألمانيا الاتحادية فرانك فالتر شتاينماير», «مفتي مصر،
 * الدكتور شوقي علام», «نظيره الكيني أوهورو كينياتا»: the person.
 */
export function appositivePerson(doc: Doc, m: MentionRef): MentionRef {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  if (m.entity.type === 'PER') return m;
  let titled = isAdjective(m);
  for (let k = m.first - 1; k >= 0 && m.first - k <= 3 && !titled; k--) {
    const b = bare[k]!;
    if (TITLES.has(b) || TITLES.has(tokens[k]!.norm) || HEAD_NOUNS.has(b) || APPOSITION_HEADS.has(b)) titled = true;
    else if (mentionAt[k] || isBoundary(tokens[k]!)) break;
  }
  if (!titled) return m;
  // «التقى بالرئيس الأمريكي باراك أوباما»، «مع نظيره الأمريكي جون كيري»: the preposition
  // before the title phrase marks the whole phrase, the name at its end too.
  const phrasePrep = prepOf(doc, m) ?? (isAdjective(m) ? adjectivePrep(doc, m) : undefined);
  let unknown = 0;
  let commas = 0;
  for (let k = m.last + 1; k < tokens.length && k - m.last <= 7 && sentenceOf(doc, k) === sentenceOf(doc, m.first); k++) {
    const t = tokens[k]!;
    const mk = mentionAt[k];
    if (mk && mk.first === k) {
      const p = mk.entity.type === 'PER' && !isAdjective(mk) ? prepOf(doc, mk) : undefined;
      if (mk.entity.type === 'PER' && !isAdjective(mk) && (p === undefined || (p === phrasePrep && k === m.last + 1))) return mk;
      k = mk.last;
      continue;
    }
    if (mk) continue;
    if (t.norm === '،' || t.norm === ',') {
      if (++commas > 1) break;
      continue;
    }
    // A short name of the body in quotes (رئيس لجنة حقوق الإنسان العربية “لجنة الميثاق” الدكتور …).
    if (QUOTE_OPEN.has(t.norm) || QUOTE_CLOSE.has(t.norm)) continue;
    if (isBoundary(t) || isCandidate[k]) break;
    if (TITLES.has(bare[k]!) || TITLES.has(t.norm) || APPOSITION_HEADS.has(bare[k]!)) continue;
    // The post of an envoy or an official: «السفير المصري لدى السلطة الفلسطينية وائل عطية».
    const posted = mentionAt[k + 1];
    if ((t.norm === 'لدي' || t.norm === 'في') && posted && posted.first === k + 1) {
      k = posted.last;
      continue;
    }
    if (t.norm === 'لدي' && !posted && /^ال/.test(tokens[k + 1]?.norm ?? '') && ++unknown <= 3) {
      k++;
      continue;
    }
    if (/^(ال|لل)/.test(t.norm) && ++unknown <= 3) continue;
    break;
  }
  return m;
}

/**
 * The person a title phrase ending in this mention stands after: «فرانسوا
 * هولاند رئيس الجمهورية الفرنسية جدد …» — the president, not France.
 */
export function titledPerson(doc: Doc, m: MentionRef): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  if (m.entity.type === 'PER') return undefined;
  let j = m.first - 1;
  let titled = false;
  while (j >= 0 && m.first - j <= 3 && sentenceOf(doc, j) === sentenceOf(doc, m.first) && !mentionAt[j] && (TITLES.has(bare[j]!) || TITLES.has(tokens[j]!.norm))) {
    titled = true;
    j--;
  }
  const p = j >= 0 ? mentionAt[j] : undefined;
  return titled && p && p.last === j && p.entity.type === 'PER' ? p : undefined;
}

/** The preposition of the head noun a nisba adjective qualifies (للأشقاء اليمنيين، مع المسؤولين الروس). */
export function adjectivePrep(doc: Doc, m: MentionRef): string | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  const j = m.first - 1;
  if (j < 0 || mentionAt[j] || isCandidate[j] || tokens[j]!.kind !== 'word' || sentenceOf(doc, j) !== sentenceOf(doc, m.first)) return undefined;
  const w = tokens[j]!.norm.replace(/^(و|ف)(?=...)/, '');
  // A nisba as a noun right after its preposition (هجمات ضد فلسطينيين).
  if (SEPARATE_PREPS.has(w) && w !== 'في') return w;
  if (/^لل/.test(w) || (/^ل/.test(w) && bare[j] !== tokens[j]!.norm)) return 'ل';
  if (/^بال/.test(w)) return 'ب';
  if (j - 1 >= 0 && !mentionAt[j - 1]) {
    const p = tokens[j - 1]!.norm.replace(/^(و|ف)(?=..)/, '');
    if (SEPARATE_PREPS.has(p)) return p;
    if (p === 'بجانب' || (p === 'جانب' && j - 2 >= 0 && tokens[j - 2]!.norm.endsWith('الي'))) return 'الي';
    // من قبل المتطرفين الإسرائيليين: the agent named by its nisba.
    if (p === 'قبل' && j - 2 >= 0 && tokens[j - 2]!.norm.endsWith('من')) return 'قبل';
    if (p === 'جانب' && j - 2 >= 0 && /^(و)?من$/.test(tokens[j - 2]!.norm)) return 'قبل';
  }
  return undefined;
}

/** A party named after «من» following a head noun of membership (عناصر من حزب العمال، متمردين من الحركة). */
export function memberOf(doc: Doc, m: MentionRef): boolean {
  const { tokens, bare } = doc;
  if (isAdjective(m) || prepOf(doc, m) !== 'من' || m.first < 2) return false;
  const j = m.first - 1;
  if (tokens[j]!.norm !== 'من') return false;
  const h = tokens[j - 1]!;
  if (MEMBER_HEADS.has(bare[j - 1]!) || MEMBER_HEADS.has(h.norm.replace(/^(و|ف)(?=..)/, ''))) return true;
  // «دورية من جيش الاحتلال»: a unit of a force (extract/unit-of-party.ts).
  if (isUnitNoun(doc, j - 1)) return true;
  // «60 نائبا من التحالف المسيحي صوتوا»: a counted noun before من names members of the party, whatever the noun.
  return j - 2 >= 0 && h.kind === 'word' && !doc.mentionAt[j - 1] && !doc.isCandidate[j - 1] && inQuantity(doc, j - 2) && sentenceOf(doc, j - 2) === sentenceOf(doc, j);
}

/** Words for the members of a body after «من» in a count (عشرة من منسوبي القوات، 11 من عناصر التنظيم). */
const COUNTED_MEMBERS = new Set(['منسوبي', 'عناصر', 'افراد', 'اعضاء', 'جنود', 'طلاب', 'مقاتلي', 'مسلحي', 'ضباط', 'عمال', 'موظفي', 'رجال', 'قوات']);

/**
 * The party a count right after token i belongs to: «مقتل 15 عنصرا من داعش»،
 * «استشهاد عشرة من منسوبي القوات»، «مقتل 11 عسكريا جزائريا». The count must
 * start at i + 1; undefined when no party is named.
 */
export function countedParty(doc: Doc, i: number, end: number): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  let k = i + 1;
  while (k < end && k - i <= 3 && !mentionAt[k] && inQuantity(doc, k)) k++;
  if (k === i + 1 || k >= end) return undefined;
  if (!mentionAt[k] && (CASUALTIES.has(tokens[k]!.norm) || CASUALTIES.has(bare[k]!) || MEMBER_HEADS.has(tokens[k]!.norm))) k++;
  const adj = mentionAt[k];
  if (adj && adj.first === k && isAdjective(adj) && k > i + 1 && !inQuantity(doc, k - 1)) return adj;
  if (k >= end || tokens[k]!.norm !== 'من') return undefined;
  k++;
  for (let n = 0; n < 3 && k < end && !mentionAt[k]; n++) {
    const w = tokens[k]!.norm;
    if (QUOTE_OPEN.has(w) || COUNTED_MEMBERS.has(w) || HEAD_NOUNS.has(bare[k]!) || TITLES.has(w)) k++;
    else break;
  }
  const m = mentionAt[k];
  return m && m.first === k && !isAdjective(m) ? m : undefined;
}

/** A mention right after the subject's title words (الجروان رئيس البرلمان العربي): part of the subject. */
export function inApposition(doc: Doc, subjectLast: number, m: MentionRef): boolean {
  const { tokens, bare, mentionAt } = doc;
  if (m.first === subjectLast + 1) return false;
  let titled = false;
  for (let k = subjectLast + 1; k < m.first; k++) {
    const b = bare[k]!;
    const mk = mentionAt[k];
    if (mk && isAdjective(mk)) continue;
    if (TITLES.has(b) || TITLES.has(tokens[k]!.norm) || HEAD_NOUNS.has(b) || APPOSITION_HEADS.has(b)) {
      titled = true;
      continue;
    }
    return false;
  }
  return titled;
}

/** Nearest entity before token i in the same sentence (not an adjective), by preference of types. */
export function nearestBefore(doc: Doc, i: number, exclude: string[], types: Set<string>, unmarked = false): MentionRef | undefined {
  const { mentionAt } = doc;
  for (let k = i - 1; k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    const m = mentionAt[k];
    if (m && m.last === k && !isAdjective(m) && !exclude.includes(m.entity.id) && types.has(m.entity.type)) {
      if (unmarked && (prepOf(doc, m) !== undefined || isLocative(doc, m))) {
        k = m.first;
        continue;
      }
      return m;
    }
  }
  return undefined;
}

/** The antecedent of a pronoun suffix, by agreement: ه a person first, ها and هم a group or state. */
export function antecedent(doc: Doc, i: number, pron: string, exclude: string[]): MentionRef | undefined {
  const per = new Set(['PER']);
  const group = new Set(['ORG', 'GPE']);
  const order: [Set<string>, boolean][] = pron === 'ه'
    ? [[per, false], [PERSON_TYPES, true]]
    : pron === 'ها' ? [[group, true], [PERSON_TYPES, true], [PERSON_TYPES, false]]
      : [[new Set(['ORG']), true], [group, true], [PERSON_TYPES, true], [PERSON_TYPES, false]];
  for (const [types, unmarked] of order) {
    const m = nearestBefore(doc, i, exclude, types, unmarked);
    if (m) return m;
  }
  return undefined;
}

/** The entity the source span of an attribution names (its last mention that is no adjective). */
export function sourceEntity(doc: Doc, a: Attribution): string | undefined {
  const { mentions } = doc;
  if (a.source.start === undefined || a.source.end === undefined) return undefined;
  const s = a.source.start;
  const e = a.source.end;
  const inSpan = mentions.filter((m) => m.mention.start >= s && m.mention.end <= e && !isAdjective(m));
  return inSpan[inSpan.length - 1]?.entity.id;
}
