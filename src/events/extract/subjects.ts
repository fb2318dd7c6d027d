/**
 * The subject and object of a trigger: before it (SVO), after it (VSO), in a
 * relative clause, as the agent of a passive or as a pronoun pointing back.
 * Arabic allows all of these, so each has its own search within the clause.
 */
import type { PloverType } from '../../core/types.js';
import { bareWord, lookupForm } from '../lexicon.js';
import { type Doc, firstSentenceToken, forwardEnd, inQuantity, isAdjective, lightKind, mentionsIn, sentenceOf } from './context.js';
import {
  APPOSITION_HEADS, APPROX, CAUSE_AFTER, DAY_WORDS, GOVERNING_NOUNS, HEAD_NOUNS, isBoundary, LOYAL, MEMBER_HEADS,
  PERSON_TITLE, PERSON_TYPES, PLACE_NOUNS, PREP_PRONOUN, QUOTE_CLOSE, QUOTE_OPEN, RELATIVES, SEPARATE_PREPS, SKIP_BACK, SUBORDINATORS, TIME_NOUNS,
  TITLES,
} from './lexicon-sets.js';
import {
  adjectivePrep, appositivePerson, coordinatedBackward, isLocative, memberOf, nearestBefore, prepOf, sourceEntity,
  titledPerson,
} from './mentions.js';
import type { Candidate, MentionRef } from './types.js';
import { resumesAntecedent } from './relative-resumptive.js';
import { backingBefore } from './backing-aside.js';
import { aroundBuilding, indefiniteHead } from './unnamed-subject.js';
import { bareNameWords, stripVerbAffixes } from './words.js';
import { placeClosingSeatPhrase } from './seat-place.js';
import { countedPassive } from './counted-passive.js';
import { unitOfAfterVerb } from './unit-of-party.js';

/** Words that open a phrase of place or manner between a subject and its verb. */
const PHRASE_OPEN = /^(في|مع|(و)?(بالتنسيق|بالتعاون|بالاشتراك))$/;

/**
 * «أن المقاومة في المحافظة وبالتنسيق مع تعز سيطرت»: a subject separated from its verb by a
 * short phrase of place or of partnership. From token k (inside the phrase) back to the phrase's
 * opener, the party named right before it, itself after no preposition.
 */
function beforePhrase(doc: Doc, k: number, i: number): MentionRef | undefined {
  const { tokens, mentionAt, isCandidate, candAt } = doc;
  // Only before a verb: a noun's doer is not named before a phrase (حق تركيا في ضرب …).
  const c = candAt.get(i);
  if (c && c.reading.pos !== 'verb') return undefined;
  for (let s = k; s > 0 && i - s <= 8 && sentenceOf(doc, s) === sentenceOf(doc, i); s--) {
    const t = tokens[s]!;
    const opens = PHRASE_OPEN.test(t.norm);
    if (isBoundary(t) || (isCandidate[s] && !opens)) return undefined;
    if (!opens) continue;
    const m = mentionAt[s - 1];
    if (!m || m.last !== s - 1 || isAdjective(m) || prepOf(doc, m) !== undefined || isLocative(doc, m) || !PERSON_TYPES.has(m.entity.type)) continue;
    // The party opens its clause (after أن, a comma or the sentence's start), so it is no object.
    const b = m.first - 1;
    const opensClause = b < 0 || sentenceOf(doc, b) !== sentenceOf(doc, i) || isBoundary(tokens[b]!) || /^(و|ف)?(ان|لان|بان|اذ|حيث)$/.test(tokens[b]!.norm);
    return opensClause ? m : undefined;
  }
  return undefined;
}

/** A definite nisba adjective (الرسمية، الإسلامية، اليمنيون) that is no name's word. */
const NISBA_ADJ = /^ال..+(ي|يه|يين|يون)$/;

/**
 * The antecedent of a relative pronoun whose last word before it (token ak) is not
 * itself a mention: a name closed by a quote (لحركة «أحرار الشام» التي تقاتل) or a
 * name and one definite nisba adjective of it (إيران الرسمية التي وقعت).
 */
export function antecedentPast(doc: Doc, ak: number): MentionRef | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
  const t = tokens[ak];
  if (!t || isCandidate[ak]) return undefined;
  const adjective = t.kind === 'word' && NISBA_ADJ.test(t.norm) && doc.candAt.get(ak) === undefined;
  if (!QUOTE_CLOSE.has(t.norm) && !adjective) return undefined;
  const m = ak > 0 ? mentionAt[ak - 1] : undefined;
  if (!m || m.last !== ak - 1 || isAdjective(m) || sentenceOf(doc, ak - 1) !== sentenceOf(doc, ak)) return undefined;
  // A party, not a quoted agreement or illness («الاتفاق» الذي أبرم، "حمى الضنك" التي قتلت).
  if (!PERSON_TYPES.has(m.entity.type)) return undefined;
  // The adjective agrees with a party's name, not with a place or a place in a facility's name
  // (مدينة ماريوبول الساحلية التي، مستشفى عسير المركزي الذي، شركة القصيم الزراعية التي);
  // a state only when it opens its phrase (أولهما إيران الرسمية التي وقعت).
  if (adjective && m.entity.type === 'GPE') {
    const b = m.first - 1;
    const head = b >= 0 && tokens[b]!.kind === 'word' && mentionAt[b] === undefined && !/^(و|ف)?ال/.test(tokens[b]!.norm)
      && !/(ها|هما|هم)$/.test(tokens[b]!.norm) && !/^(و|ف)?(ان|بان|لان|اذ|حيث|ثم|قد|لكن)$/.test(tokens[b]!.norm);
    if (head || isLocative(doc, m) || PLACE_NOUNS.has(doc.bare[m.first]!) || (b >= 0 && PLACE_NOUNS.has(doc.bare[b]!))) return undefined;
  }
  return m;
}

/**
 * The subject found before a verb (SVO, أن + subject, a relative clause), as
 * mention or relative antecedent.
 */
export function subjectBefore(doc: Doc, i: number): { m?: MentionRef; relative: boolean } {
  const { input, tokens, bare, mentionAt, isCandidate } = doc;
  let k = i - 1;
  let steps = 0;
  let thatPronoun = -1;
  // The pronoun after أن stands for the source of the attribution whose content it opens.
  const firstParty = (m: MentionRef): MentionRef => {
    if (thatPronoun < 0) return m;
    const at = tokens[i]!.start;
    const a = input.attributions.find((x) => x.content.start <= at && at < x.content.end && x.content.start >= tokens[thatPronoun]!.start);
    const src = a ? a.source.entity ?? sourceEntity(doc, a) : undefined;
    if (src === undefined || src === m.entity.id) return m;
    return mentionsIn(doc, firstSentenceToken(doc, thatPronoun), thatPronoun).filter((x) => x.entity.id === src && !isAdjective(x)).pop() ?? m;
  };
  while (k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i) && steps < 8) {
    const t = tokens[k]!;
    if (isBoundary(t)) {
      // Jump over a parenthetical relative clause: «X، الذي …، فعل».
      if (t.norm === '،' || t.norm === ',') {
        let s = k - 1;
        while (s >= 0 && sentenceOf(doc, s) === sentenceOf(doc, i) && !isBoundary(tokens[s]!)) s--;
        if (s >= 0 && s + 1 < k && RELATIVES.has(tokens[s + 1]!.norm) && (tokens[s]!.norm === '،' || tokens[s]!.norm === ',')) {
          k = s - 1;
          steps++;
          continue;
        }
      }
      return { relative: false };
    }
    const m = mentionAt[k];
    // «المتمردون المدعومون من إيران يقصفون»: past the backer, to the one backed.
    const backing = m && m.last === k ? backingBefore(doc, m.first) : undefined;
    if (backing !== undefined) {
      k = backing - 1;
      steps++;
      continue;
    }
    // «نحو ألف سوري بدأوا»، «مئات الفلسطينيين تظاهروا»: a group named by its nisba.
    if (m && isAdjective(m) && m.last === k && m.first > 0 && prepOf(doc, m) === undefined) {
      // The head may carry the accusative alef (جنودا إسرائيليين) or one adjective before the
      // nisba (الطائرات المقاتلة التركية).
      const isHead = (h: number) => {
        const hw = tokens[h]!.norm.replace(/^(و|ف)(?=..)/, '');
        const acc = bare[h]!.length > 3 ? bare[h]!.replace(/ا$/, '') : bare[h]!;
        return HEAD_NOUNS.has(bare[h]!) || HEAD_NOUNS.has(hw) || HEAD_NOUNS.has(acc) || /^(الف|الاف|[0-9٠-٩]+)$/.test(hw);
      };
      // Coordinated nisbas share the head (الجانبين الأردني والفلسطيني).
      let h = m.first - 1;
      for (let prev = mentionAt[h]; h > 0 && prev && isAdjective(prev) && prev.last === h && /^و/.test(tokens[h + 1]!.norm) && prepOf(doc, prev) === undefined; prev = mentionAt[h]) h = prev.first - 1;
      const adj = h - 1 >= 0 && tokens[h]!.kind === 'word' && !mentionAt[h] && !isCandidate[h] && /^ال/.test(tokens[h]!.norm) && /^(و|ف)?ال/.test(tokens[h - 1]!.norm);
      if (sentenceOf(doc, h) === sentenceOf(doc, k) && (isHead(h) || (adj && sentenceOf(doc, h - 1) === sentenceOf(doc, k) && !mentionAt[h - 1] && isHead(h - 1)))) return { m, relative: false };
    }
    if (m && !isAdjective(m)) {
      if (m.last !== k) return { relative: false };
      const p = prepOf(doc, m);
      // «إن متشددين من حركة طالبان سيطروا»: members of a party.
      if (memberOf(doc, m) && m.last === i - 1) return { m, relative: false };
      if (p !== undefined) {
        const m0 = beforePhrase(doc, k, i);
        return m0 ? { m: firstParty(m0), relative: false } : { relative: false };
      }
      // «هجوم بسيارة ملغومة بشرق العراق أوقع 40 قتيلا»: a place after a locative phrase is no subject.
      if (isLocative(doc, m)) return { relative: false };
      return { m: firstParty(titledPerson(doc, m) ?? m), relative: false };
    }
    if (RELATIVES.has(t.norm)) {
      // «في الوقت الذي أجرت حركة طالبان محادثات»: a clause of time, its subject follows.
      // (Not the last word of a name: «حزب المؤتمر الشعبي العام الذي يؤيد صالح».)
      if (k - 1 >= 0 && TIME_NOUNS.has(bare[k - 1]!) && !mentionAt[k - 1]) return { relative: false };
      const ak = k - 1 >= 0 && (tokens[k - 1]!.norm === '،' || tokens[k - 1]!.norm === ',') ? k - 2 : k - 1;
      let ante = ak >= 0 ? mentionAt[ak] ?? antecedentPast(doc, ak) : undefined;
      // «جماعة الإخوان وأنصارها الذين دعوا»: the party and its followers.
      if (!ante && ak >= 1 && /^و..+(ها|ه|هم)$/.test(tokens[ak]!.norm) && !isCandidate[ak]) {
        const prev = mentionAt[ak - 1];
        if (prev && prev.last === ak - 1 && !isAdjective(prev)) ante = prev;
      }
      // «استشهد أمس في قاعدة العند وهو يتصدى …»: a place is no antecedent of the pronoun of a state.
      if (ante && isLocative(doc, ante) && /^و(هو|هي|هم)$/.test(t.norm)) {
        const before = mentionsIn(doc, firstSentenceToken(doc, k), ante.first).filter((x) => !isAdjective(x) && !isLocative(doc, x) && prepOf(doc, x) === undefined && x.entity.type !== 'GPE' && x.entity.type !== 'LOC');
        return before.length > 0 ? { m: before[before.length - 1]!, relative: false } : { relative: true };
      }
      if (ante) return { m: ante, relative: true };
      // «وهي القوات التي …»: a head noun that names an entity met before.
      let h = k - 1;
      if (h >= 0 && (tokens[h]!.norm === 'هي' || tokens[h]!.norm === 'هو')) h--;
      const head = h >= 0 ? bare[h]! : '';
      const near = nearestBefore(doc, k, [], new Set(['ORG', 'PER', 'GPE']), true);
      if (near && (tokens[k - 1]!.norm === 'هي' || tokens[k - 1]!.norm === 'هو' || (head.length > 2 && bareNameWords(near.entity).includes(head)))) {
        return { m: near, relative: true };
      }
      return { relative: true };
    }
    if (!SKIP_BACK.has(t.norm) && !SKIP_BACK.has(bare[k]!)) {
      const m0 = beforePhrase(doc, k, i);
      return m0 ? { m: firstParty(m0), relative: false } : { relative: false };
    }
    // «قال X في رسالة على موقع تويتر إنه يرفض»: the pronoun after أن stands for the
    // one who says it, not for the name just before it.
    if (/^(ب|ل|و)?ان(ه|ها|هم|هما)$/.test(t.norm)) thatPronoun = k;
    k--;
    steps++;
  }
  return { relative: false };
}

/** The forms of كان that open «كان X قد فعل». */
const KANA = /^(و|ف)?(كان|كانت|كانوا|كانا|كانتا)$/;

/**
 * «وكانت وحدة نزع الألغام قد اتهمت الميليشيات الحوثية»: words between كان and قد before the
 * verb at k are its subject, named or not, so a name after the verb is its object.
 */
export function subjectBetweenKanaAndQad(doc: Doc, k: number): boolean {
  const { tokens, isCandidate } = doc;
  if (k < 3 || tokens[k - 1]!.norm !== 'قد') return false;
  for (let j = k - 2; j >= 0 && sentenceOf(doc, j) === sentenceOf(doc, k) && k - j <= 12; j--) {
    const t = tokens[j]!;
    if (KANA.test(t.norm)) return j < k - 2;
    if (isBoundary(t) || isCandidate[j]) return false;
  }
  return false;
}

/** Unmarked entities after i within the clause: [subject candidate, object candidate…]. */
export function unmarkedAfter(doc: Doc, i: number, end: number, maxGap: number): MentionRef[] {
  const { tokens, isCandidate } = doc;
  const out: MentionRef[] = [];
  for (const m of mentionsIn(doc, i + 1, end)) {
    if (isAdjective(m) && out.length === 0 && m.first - i > 1) continue;
    if (prepOf(doc, m) !== undefined || isLocative(doc, m) || aroundBuilding(doc, m)) continue;
    if (out.length === 0 && m.first - i > maxGap) break;
    if (out.length === 0) {
      // Something that is not the subject stands between (طلب منه دعما روسيا).
      let blocked = false;
      for (let k = i + 1; k < m.first; k++) {
        const w = tokens[k]!.norm.replace(/^(و|ف)(?=..)/, '');
        if (PREP_PRONOUN.test(w) || isCandidate[k]) blocked = true;
      }
      if (blocked) break;
    }
    out.push(m);
  }
  return out;
}

/**
 * The subject after a verb: the first unmarked name, allowing titles, head
 * nouns (قوات، الجيش) and nisba adjectives before it (اتهم وزير الداخلية
 * البحريني الشيخ راشد …); a noun phrase headed by a nisba adjective and no
 * name (هدد الجيش الكوري الجنوبي) stands for the adjective's entity.
 */
export function subjectAfter(doc: Doc, v: number, end: number): MentionRef | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  let adj: MentionRef | undefined;
  let office: MentionRef | undefined;
  let head = false;
  doc.unnamedHeadAfter = false;
  for (let k = v + 1; k < end && k - v <= 12; k++) {
    const t = tokens[k]!;
    // «عزل الجيش الرئيس السابق محمد مرسي»: a definite head noun right after the verb is a whole
    // subject with no name; a person's title after it opens the object.
    if (k === v + 2 && head && !adj && PERSON_TITLE.test(t.norm) && /^ال/.test(tokens[v + 1]!.norm) && !mentionAt[v + 1]
      && HEAD_NOUNS.has(bare[v + 1]!)) {
      doc.unnamedHeadAfter = true;
      return undefined;
    }
    if (isBoundary(t)) {
      if ((t.norm === '(' || t.norm === ')') && !adj) continue;
      if ((QUOTE_OPEN.has(t.norm) || QUOTE_CLOSE.has(t.norm)) && !adj) continue;
      // «دعا منسق الشؤون الإنسانية …، روبيرت بايبر، …»: a name in apposition after a comma.
      // Also after the holder's own titles (رئيس هيئة الأركان، اللواء الركن محمد المقدشي).
      if ((t.norm === '،' || t.norm === ',') && head) {
        let j = k + 1;
        while (j < end && j - k <= 4 && !mentionAt[j] && (PERSON_TITLE.test(tokens[j]!.norm) || TITLES.has(tokens[j]!.norm) || TITLES.has(bare[j]!) || APPOSITION_HEADS.has(bare[j]!))) j++;
        const n = mentionAt[j];
        if (n && n.first === j && n.entity.type === 'PER' && prepOf(doc, n) === undefined) return n;
      }
      break;
    }
    const m = mentionAt[k];
    if (m && m.first === k) {
      // «فتح عناصر من حزب العمال النار»: members of a party stand for it.
      if (head && !adj && memberOf(doc, m)) return m;
      // «اقتحم مستوطنون المسجد الأقصى»: a head with no name, complete; the name is the object.
      if (head && !adj && !office && indefiniteHead(doc, v, k, end)?.kind === 'whole') {
        doc.unnamedHeadAfter = true;
        return undefined;
      }
      // The place of an office (منسق الشؤون الإنسانية في الأرض الفلسطينية، روبيرت بايبر).
      const pm = prepOf(doc, m);
      if (head && (pm === 'في' || pm === 'لدي') && (m.entity.type === 'GPE' || m.entity.type === 'LOC')) {
        k = m.last;
        continue;
      }
      // The body of an office before its holder (الموفد الخاص للأمم المتحدة في الصومال نيكولاس كاي).
      if (head && !adj && pm === 'ل' && !isAdjective(m)) {
        office ??= m;
        k = m.last;
        continue;
      }
      if (pm !== undefined) break;
      if (isAdjective(m)) {
        adj ??= m;
        k = m.last;
        continue;
      }
      // «وطالب المسؤولون الأتراك الحكومة العراقية بـ…»: after a nisba only a person's name stands in
      // apposition (الرئيس الأمريكي باراك أوباما، نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح);
      // a body or a state named next is the object.
      const named = appositivePerson(doc, m);
      return adj && named.entity.type !== 'PER' ? adj : named;
    }
    if (m) continue;
    const b = bare[k]!;
    const w = t.norm;
    // «القوات الموالية لحكومة الرئيس اليمني»: the party the subject is loyal to is not the subject.
    if (head && !adj && /^ل/.test(w) && k > v + 1 && LOYAL.test(tokens[k - 1]!.norm)) break;
    // «اعتقلت دورية من جيش الاحتلال»: a unit of the force named after من (extract/unit-of-party.ts).
    if (!head && !adj && unitOfAfterVerb(doc, v, k)) {
      head = true;
      k++;
      continue;
    }
    if (TITLES.has(b) || TITLES.has(w) || HEAD_NOUNS.has(b) || HEAD_NOUNS.has(w) || APPOSITION_HEADS.has(b) || APPOSITION_HEADS.has(w)) {
      head = true;
      continue;
    }
    if (DAY_WORDS.has(w) || DAY_WORDS.has(b) || t.kind === 'punct') continue;
    // A count before the head (شنت نحو ثلاثين مقاتلة تركية غارات).
    if (!head && !adj && (APPROX.has(w) || inQuantity(doc, k))) continue;
    // «لم يقم أي رئيس أميركي بزيارة»: a quantifier before the head.
    if (!head && !adj && k === v + 1 && /^(اي|احد)$/.test(w)) continue;
    // «قام بها الجيش»: the object pronoun with its preposition before the subject.
    if (k === v + 1 && /^(ب|ل|علي|الي|منه|عن)(ها|ه|هم)?$/.test(w) && /(ها|ه|هم)$/.test(w)) continue;
    // A title's domain: «منسق الشؤون الإنسانية في الأرض الفلسطينية، روبيرت بايبر».
    if ((w === 'في' || w === 'لدي') && head && k + 1 < end && (/^ال/.test(tokens[k + 1]!.norm) || (office !== undefined && mentionAt[k + 1]?.first === k + 1))) continue;
    if (w === 'من' && head && !adj && (MEMBER_HEADS.has(bare[k - 1]!) || MEMBER_HEADS.has(tokens[k - 1]!.norm))) continue;
    // A head noun may take one unknown genitive (قوات الأمن، نقابة الأطباء).
    if (head && !adj && k > v + 1 && /^ال/.test(w) && !isCandidate[k]) continue;
    // «شنت طائرات حربية روسية غارات»، «هاجمت طائرات مسيرة مطار أبها»: an indefinite head and its adjectives.
    const phrase = head && !adj && !office ? indefiniteHead(doc, v, k, end) : undefined;
    if (phrase?.kind === 'nisba') {
      k = phrase.at - 1;
      continue;
    }
    if (phrase?.kind === 'whole') doc.unnamedHeadAfter = true;
    break;
  }
  return adj ?? office;
}

/**
 * The party of an object told by a noun and its nisba (استهدف حافلة ركاب إيرانية،
 * اعتقلت مواطنين أتراكا): the adjective's entity, up to three plain words after the verb.
 */
export function objectNisba(doc: Doc, v: number, end: number): MentionRef | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  let words = 0;
  for (let k = v + 1; k < end && k - v <= 6; k++) {
    const t = tokens[k]!;
    const m = mentionAt[k];
    // «الصحفي الليبي مفتاح بوزيد»: a name in apposition after the nisba is the object.
    if (m) return isAdjective(m) && m.first === k && words > 0 && prepOf(doc, m) === undefined ? appositivePerson(doc, m) : undefined;
    if (DAY_WORDS.has(t.norm) || DAY_WORDS.has(bare[k]!)) continue;
    // No object past a new clause (قتلوا حينما سقطت مقاتلة سورية).
    if (SUBORDINATORS.has(t.norm)) return undefined;
    if (t.kind !== 'word' || isCandidate[k] || SEPARATE_PREPS.has(t.norm) || /^(و|ف)?(ب|ل)/.test(t.norm) && bare[k] !== t.norm || ++words > 3) return undefined;
  }
  return undefined;
}

/**
 * The first mention in (i, end) that one of the given prepositions marks, as the person its title phrase names.
 * With `meeting`, a place that closes a phrase of the seat where one meets (في قصر العوجا بالدرعية) is passed over.
 */
export function markedAfter(doc: Doc, i: number, end: number, preps: Set<string>, meeting = false): MentionRef | undefined {
  for (const m of mentionsIn(doc, i + 1, end)) {
    if (isAdjective(m)) {
      const p = adjectivePrep(doc, m);
      if (p !== undefined && preps.has(p)) return appositivePerson(doc, m);
      continue;
    }
    const p = prepOf(doc, m);
    // «استقبل … في قصر العوجا بالدرعية»: the place where one meets, not the one met with.
    if (meeting && p === 'ب' && placeClosingSeatPhrase(doc, m)) continue;
    if (p !== undefined && preps.has(p)) return appositivePerson(doc, m);
  }
  return undefined;
}

/**
 * The subject of a relative clause right after a noun trigger: «المساعدات
 * التي قدمتها المملكة», «المباحثات التي أجراها الأمير …».
 */
export function relativeSubject(doc: Doc, i: number, end: number, type?: PloverType): MentionRef | undefined {
  const { lex, tokens, mentionAt, isCandidate } = doc;
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    if (!RELATIVES.has(tokens[k]!.norm)) continue;
    const v = k + 1;
    if (v >= end || mentionAt[v]) return undefined;
    // «الاتفاق الذي توصلت إليه أوروبا»: a verb of the noun's own kind, also when its cue words are
    // not there (its object is the antecedent).
    const ownKind = type !== undefined && lookupForm(lex, tokens[v]!.norm).some((r) => r.pos === 'verb' && lex.lemmas[r.lemma]!.type === type);
    if (lightKind(doc, v) !== 'active' && !isCandidate[v] && !ownKind) return undefined;
    // «الهجوم الذي استهدف السفارة»: no pronoun back to the noun, so the noun is the subject and the name its object.
    if (ownKind && !resumesAntecedent(doc, v)) return undefined;
    return subjectAfter(doc, v, forwardEnd(doc, v, 16));
  }
  return undefined;
}

/**
 * The doer named in a clause that qualifies an event noun: a relative clause
 * without a relative pronoun after an indefinite noun, with a doing verb and
 * a pronoun back to the noun («هجوم نفذته المنظمة»، «غارة شنها الطيران
 * الإسرائيلي»، «هجوم تبنته حركة طالبان»); or the party the event is
 * attributed to («هجوم نسب إلى متمردين من حزب العمال»، «الهجوم المنسوب إلى …»).
 */
export function claimedBy(doc: Doc, i: number, definite: boolean): MentionRef | undefined {
  const { lex, tokens, bare, mentionAt, isCandidate } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 3 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t) || mentionAt[k] || isCandidate[k]) return undefined;
    const stems = stripVerbAffixes(t.norm);
    if (stems.includes('نسب') || /^(و)?المنسوب(ه)?$/.test(t.norm)) {
      // «نسب إلى X»، «نسبته السلطات إلى X»: the one who attributes it may stand between.
      let to = k + 1;
      while (to < tokens.length && to - k <= 3 && tokens[to]!.norm !== 'الي' && tokens[to]!.norm !== 'لي' && !isBoundary(tokens[to]!) && !isCandidate[to]) to++;
      if (tokens[to]?.norm !== 'الي' && tokens[to]?.norm !== 'لي') return undefined;
      let from = to + 1;
      if (QUOTE_OPEN.has(tokens[from]?.norm ?? '')) from++;
      const end = forwardEnd(doc, k, 12);
      for (const m of mentionsIn(doc, from, end)) {
        if (isAdjective(m) || isLocative(doc, m)) continue;
        if (m.first - from > 2) return undefined;
        // «تنظيم "داعش"»: a head noun and the name in quotes.
        const quoted = m.first - from <= 2 && QUOTE_OPEN.has(tokens[m.first - 1]!.norm) && m.first - 2 >= from && HEAD_NOUNS.has(bare[m.first - 2]!);
        return m.first === from || memberOf(doc, m) || quoted ? m : undefined;
      }
      return undefined;
    }
    const pron = /^(.+?)(هما|ها|هم|ه)$/.exec(t.norm);
    const withPrep = k + 1 < tokens.length && /^(ب|ل)(هما|ها|ه|هم)$/.test(tokens[k + 1]!.norm) && lightKind(doc, k) === 'active';
    if (!definite && (withPrep || (pron && stripVerbAffixes(pron[1]!).some((x) => lex.lightActive.has(x))))) {
      const subj = subjectAfter(doc, k, forwardEnd(doc, k, 16));
      return subj && !isLocative(doc, subj) ? subj : undefined;
    }
    // One adjective between the noun and its clause (هجوم انتحاري نفذه …).
    if (!/^ال/.test(t.norm) && k === i + 1 && !definite) continue;
    return undefined;
  }
  return undefined;
}

/** «الاقتحامات المتكررة للمسجد، من قبل المتطرفين الإسرائيليين»: the agent set off by a comma. */
export function agentAfterComma(doc: Doc, end: number): MentionRef | undefined {
  const { tokens, mentionAt } = doc;
  const t = tokens[end];
  if (!t || (t.norm !== '،' && t.norm !== ',') || tokens[end + 1]?.norm !== 'من' || tokens[end + 2]?.norm !== 'قبل') return undefined;
  if (sentenceOf(doc, end + 2) !== sentenceOf(doc, end)) return undefined;
  for (let k = end + 3; k < tokens.length && k - end <= 5; k++) {
    const m = mentionAt[k];
    if (m && m.first === k) return appositivePerson(doc, m);
    if (isBoundary(tokens[k]!)) break;
  }
  return undefined;
}

/** Recipient given by a preposition with a pronoun (منه، عليها). */
export function prepPronounAfter(doc: Doc, i: number, end: number, preps: Set<string>, exclude: string[]): string | undefined {
  const { tokens } = doc;
  for (let k = i + 1; k < Math.min(end, i + 4); k++) {
    const w = tokens[k]!.norm.replace(/^(و|ف)(?=..)/, '');
    const mm = PREP_PRONOUN.exec(w);
    if (mm && preps.has(mm[1]!)) {
      const ref = nearestBefore(doc, i, exclude, new Set(['PER'])) ?? nearestBefore(doc, i, exclude, PERSON_TYPES);
      return ref?.entity.id;
    }
  }
  return undefined;
}

/**
 * After the genitive of a masdar (ending at `last`), an object marked by ل:
 * a definite noun (للمدنيين) or a plural (لمقاتلين، لصحفيين), past a place
 * (في سوريا). Not a name, an event word, or a purpose (لتدريب).
 */
export function objectWithLAfter(doc: Doc, last: number, end: number): boolean {
  const { tokens, mentionAt, isCandidate } = doc;
  let k = last + 1;
  if (k < end && tokens[k]!.norm === 'في') {
    const m = mentionAt[k + 1];
    if (m && m.first === k + 1) k = m.last + 1;
  }
  const t = tokens[k];
  if (!t || k >= end || t.kind !== 'word' || mentionAt[k] || isCandidate[k]) return false;
  // Or a quantifier before the object (ملاحقة الجماعة لجميع الصحافيين، استهداف النظام لكل المدنيين).
  return /^لل../.test(t.norm) || /^ل..+(ين|ون|ات)$/.test(t.norm) || /^ل(جميع|كل|كافه|بعض|عشرات|مئات|الاف)$/.test(t.norm);
}

/**
 * The doer of a masdar that is the object of a noun of will or
 * attempt annexed to a party (محاولة الحوثيين الهجوم، قرار الحكومة فرض،
 * اعتزام واشنطن إرسال): that party and the ones coordinated with it.
 */
export function governingGenitive(doc: Doc, i: number): string[] | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
  if (i < 2) return undefined;
  const m = mentionAt[i - 1];
  if (!m || m.last !== i - 1 || sentenceOf(doc, m.first) !== sentenceOf(doc, i)) return undefined;
  const ids = coordinatedBackward(doc, m);
  let first = m.first;
  while (first > 0 && tokens[first]!.norm.startsWith('و') && mentionAt[first - 1] && mentionAt[first - 1]!.last === first - 1) first = mentionAt[first - 1]!.first;
  const h = first - 1;
  if (h < 0 || mentionAt[h] || isCandidate[h]) return undefined;
  const w = tokens[h]!.norm;
  if (/^(و|ف)?(ب|ل)?ال/.test(w)) return undefined;
  return GOVERNING_NOUNS.has(bareWord(w)) || GOVERNING_NOUNS.has(w) ? ids : undefined;
}

/**
 * A passive verb: written with a damma on its first letter (قُتل، اعتُقل،
 * أُصيب), or an attack or arrest verb with its subject before it and a
 * cause right after it (الفضلي قتل في ضربة جوية).
 */
export function isPassiveVerb(doc: Doc, i: number): boolean {
  const { input, tokens, mentionAt, cands } = doc;
  const t = tokens[i]!;
  const raw = input.text.slice(t.start, t.end).replace(/^[وف]/, '');
  if (/^.\u064F/.test(raw) || /^[اأ].\u064F/.test(raw) || /^ا.ت\u064F/.test(raw)) return true;
  const c = cands.find((x) => x.tok === i);
  if (!c || (c.type !== 'ASSAULT' && c.type !== 'COERCE') || c.reading.pronoun !== undefined || c.reading.imperfect) return false;
  // «قتل تسعة جنود من قوات الجيش»: a count of victims opening the subject (extract/counted-passive.ts).
  if (countedPassive(doc, c)) return true;
  const next = tokens[i + 1];
  // «قتل 18 شخصا وأصيب العشرات»: a count right after the verb is its (passive) subject.
  if (next && /^[0-9٠-٩]+$/.test(next.norm) && c.type === 'ASSAULT' && (i === 0 || isBoundary(tokens[i - 1]!) || sentenceOf(doc, i - 1) !== sentenceOf(doc, i))) return true;
  // «جنديا تركيا قتل وأصيب آخر»: coordinated with a passive of injury.
  const injured = next !== undefined && /^و(اصيب|جرح)(ت|وا|ا)?$/.test(next.norm);
  if (!next || (!CAUSE_AFTER.has(next.norm) && !injured)) return false;
  const prev = i > 0 ? mentionAt[i - 1] : undefined;
  return prev !== undefined && prev.last === i - 1 && !isAdjective(prev);
}

/** A verb in the first person plural (ندين، سنواصل، ونطالب): its third-person form is a form of the same lemma. */
export function firstPerson(doc: Doc, c: Candidate): boolean {
  const { lex, tokens } = doc;
  if (c.reading.pos !== 'verb' || !c.reading.imperfect) return false;
  const w = tokens[c.tok]!.norm;
  const m = /^(و|ف)?(س)?ن(.{2,})$/.exec(w);
  if (!m) return false;
  const third = `${m[1] ?? ''}${m[2] ?? ''}ي${m[3]}`;
  return (lex.forms.get(third) ?? []).some((r) => r.lemma === c.reading.lemma && r.imperfect);
}
