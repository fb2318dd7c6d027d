/**
 * The rule-based PLOVER event extractor over one document. The stages run in
 * order over a shared `Doc` (extract/context.ts): candidates from the trigger
 * lexicon, their arguments, their circumstances, actor fallbacks, then the
 * filters and merges that decide which become events.
 */
import type { IsnadEvent, PloverType, Span } from '../core/types.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { bareWord, lookupForm, triggerLexicon, type FormReading, type Lemma, type TriggerLexicon } from './lexicon.js';
import {
  buildDoc, candidateType, firstSentenceToken, forwardEnd, inQuantity, isAdjective, lightKind, mentionsIn, sentenceOf,
} from './extract/context.js';
import {
  ACCORDING, AFTER_WORDS, AMONG, APPROX, ARRIVING, CASUALTIES, CASUALTY_BEFORE, CAUSE_AFTER, CAUSE_BEFORE,
  CHARGE_CUES, CIRCUMSTANCE, CONDITIONAL, COURTESIES, DAY_WORDS, DEMONSTRATIVES, DENY, DOING, DOING_TYPES, DURING,
  FUTURE_BEFORE, FUTURE_WORDS, HEAD_NOUNS, IN_VERBS, isBoundary, isCasualtyNoun, KILLING, LIBERATE, LOC_PREPS,
  MATERIAL, MESSAGES, MONEY_TYPES, MOVEMENTS, MUTUAL, NAMING, NEG_SKIP, NEGATORS, PENALTIES, PEOPLE, PERSON_TYPES,
  PLACE_NOUNS, QUOTE_CLOSE, QUOTE_OPEN, RELATIVES, REPEL, SEPARATE_PREPS, SKIP_BACK, SPEECH_FRAMES, SPEECH_MANNER,
  SPEECH_OBJECTS, STANCES, STUDY, SUBORDINATORS, TARGETING, THAT, TITLES, TO, TOLL, TONE,
} from './extract/lexicon-sets.js';
import {
  adjectivePrep, antecedent, appositivePerson, coordinated, coordinatedBackward, inApposition, isLocative,
  nearestBefore, prepOf, sourceEntity,
} from './extract/mentions.js';
import {
  expressedBy, mainSubject, overtSubjectAfterThat, pronounSubject, sourceVerbBefore, speakerBeforeQuote,
} from './extract/reporting.js';
import {
  agentAfterComma, claimedBy, firstPerson, governingGenitive, isPassiveVerb, markedAfter, objectNisba,
  objectWithLAfter, prepPronounAfter, relativeSubject, subjectAfter, subjectBefore, unmarkedAfter,
} from './extract/subjects.js';
import type { Candidate, EventInput, MentionRef } from './extract/types.js';
import { firstTokenAtOrAfter, lastTokenBefore, stripVerbAffixes } from './extract/words.js';

export type { EventInput } from './extract/types.js';
export { firstTokenAtOrAfter } from './extract/words.js';

/** The extractor over one document. */
export function extractEvents(input: EventInput, lex: TriggerLexicon = triggerLexicon()): IsnadEvent[] {
  const doc = buildDoc(input, lex);
  const { tokens, bare, mentionAt, mentions, isCandidate, cands, candAt } = doc;

  // 1. Candidates.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (mentionAt[i]) continue;
    const found = lookupForm(lex, t.norm);
    if (found.length === 0) continue;
    // «سفينة "درب الخير"»: a name in quotes after a naming noun.
    if (i >= 2 && QUOTE_OPEN.has(tokens[i - 1]!.norm) && NAMING.has(bare[i - 2]!)) continue;
    const endsInTaa = input.text.slice(t.start, t.end).replace(/[\u064b-\u0652\u0640]+$/, '').endsWith('ة');
    let readings: FormReading[] = [];
    const byClause: FormReading[] = [];
    for (const r of found) {
      if (endsInTaa && r.pos === 'verb' && r.pronoun === 'ه') continue;
      // An intransitive verb takes no object pronoun: سيطرتها is the noun «its control».
      if (r.pos === 'verb' && r.pronoun !== undefined && lex.lemmas[r.lemma]!.intransitive) continue;
      const lemma = lex.lemmas[r.lemma]!;
      if (conditionsHold(lemma, i)) readings.push(r);
      else if (r.pos === 'noun' && DOING_TYPES.has(lemma.type) && (lemma.next.size > 0 || lemma.notNext.size > 0) && lemma.prev.size === 0 && doneInClause(i) !== undefined) byClause.push(r);
    }
    // An event noun whose relative clause tells that it was done (حملة تشنها الحكومة، الجرائم التي
    // ترتكبها، العملية التي جرت، الضربات الموجعة التي تقوم بها) is an act, without the cue words its
    // sense needs otherwise; a reading those words choose goes first.
    if (readings.length === 0) readings = byClause;
    if (readings.length === 0) continue;
    const reading = chooseReading(readings, i);
    const lemma = lex.lemmas[reading.lemma]!;
    // A blessing (أيده الله، حفظه الله) is no act.
    if (reading.pos === 'verb' && reading.pronoun !== undefined && tokens[i + 1]?.norm === 'الله') continue;
    // «طالب» as a noun, «student» (طالب سوداني، 20 طالبا عسكريا، 24 طالبا وثلاثة صحافيين): no request.
    if (reading.pos === 'verb' && lemma.label === 'طالب' && isStudent(i)) continue;
    isCandidate[i] = true;
    const tookPlace = readings === byClause && doneInClause(i) === 'place';
    // Support that is military, financial or material, or given to a regime or a militia, is AID.
    const type = lemma.type === 'SUPPORT' && lemma.label === 'دعم' && materialSupport(i) ? 'AID' : lemma.type;
    cands.push({
      ...(tookPlace && { tookPlace }),
      tok: i, lemma, reading, type, actor: [], recipient: [], negated: false,
      future: reading.future, conditional: false, quantities: [], actorFrom: 'none', verbAt: -1,
      ...(lemma.mode !== undefined && { mode: lemma.mode }),
    });
  }

  /** «طالب» read as a noun: after a count, or before a nisba or a word of schooling. */
  function isStudent(i: number): boolean {
    if (i > 0 && sentenceOf(doc, i - 1) === sentenceOf(doc, i) && (inQuantity(doc, i - 1) || APPROX.has(tokens[i - 1]!.norm))) return true;
    const n = i + 1 < tokens.length && sentenceOf(doc, i + 1) === sentenceOf(doc, i) ? i + 1 : -1;
    if (n < 0) return false;
    const m = mentionAt[n];
    if (m && m.first === n && isAdjective(m)) return true;
    return STUDY.has(bare[n]!) || STUDY.has(tokens[n]!.norm);
  }

  /** Support that is military, financial or material (دعم عسكري، دعمها بالسلاح، بدعم من طيران التحالف، دعمها لنظام الأسد). */
  function materialSupport(i: number): boolean {
    if (/^(و)?بدعم$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'من') return true;
    for (let k = i + 1; k < tokens.length && k - i <= 6 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
      const t = tokens[k]!;
      if (isBoundary(t)) break;
      if (MATERIAL.has(bare[k]!) || MATERIAL.has(t.norm.replace(/^(و)(?=..)/, ''))) return true;
    }
    return false;
  }

  /**
   * A relative clause after an event noun whose verb tells that the act was done or took place:
   * «حملة تشنها»، «الجرائم الإسرائيلية التي ترتكبها»، «الجريمة النكراء التي وقعت»، «الضربات التي
   * تقوم بها»، «للحملة العسكرية في شمال سوريا والتي تنفذها». Up to four plain words (adjectives, a
   * place) may stand between the noun and the relative pronoun; an indefinite noun takes its
   * clause without one.
   */
  function doneInClause(i: number): 'done' | 'place' | undefined {
    for (let k = i + 1; k < tokens.length && k - i <= 5 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') return undefined;
      const w = t.norm.replace(/^و(?=ال)/, '');
      if (RELATIVES.has(w)) {
        const v = k + 1;
        return v < tokens.length && sentenceOf(doc, v) === sentenceOf(doc, i) ? doingVerb(v) : undefined;
      }
      const direct = doingVerb(k);
      if (direct !== undefined) {
        const definite = /^(و|ف)?(ب|ك)?ال|^(و|ف)?لل/.test(tokens[i]!.norm);
        return k === i + 1 || !definite ? direct : undefined;
      }
      if (lookupForm(lex, t.norm).length > 0 && !mentionAt[k]) return undefined;
    }
    return undefined;
  }

  /** A verb of doing (شن، ارتكب، نفذ، قام ب) or of taking place (جرى، وقع), with its object pronoun. */
  function doingVerb(k: number): 'done' | 'place' | undefined {
    const w = tokens[k]!.norm;
    const bareVerb = w.replace(/(ها|هم|هما|ه)$/, '');
    const stems = new Set([...stripVerbAffixes(w), ...(bareVerb.length >= 2 ? stripVerbAffixes(bareVerb) : [])]);
    for (const s of stems) {
      if (!DOING.has(s)) continue;
      if (s === 'قام' || s === 'قوم') return /^(ب|ل)(ها|ه|هم|هما)$/.test(tokens[k + 1]?.norm ?? '') ? 'done' : undefined;
      return s === 'جري' || s === 'وقع' ? 'place' : 'done';
    }
    return undefined;
  }

  function conditionsHold(lemma: Lemma, i: number): boolean {
    if (lemma.next.size > 0) {
      let ok = false;
      // The subject or genitive named in between does not count towards the window
      // (سيطرت القوات الموالية لحكومة الرئيس اليمني على، وقوف دولة الكويت الكامل إلى جانب):
      // names, titles and head nouns, days, and a definite adjective right after one of them.
      let limit = i + lemma.nextWindow;
      let skipped = false;
      for (let k = i + 1; k <= limit && k < tokens.length; k++) {
        if (lemma.next.has(bare[k]!) || lemma.next.has(tokens[k]!.norm) || lemma.next.has(bare[k]!.replace(/^ال/, ''))) ok = true;
        if (!ok && (tokens[k]!.norm.startsWith('ب') && lemma.next.has('ب'))) ok = true;
        if (ok) break;
        if (sentenceOf(doc, k) !== sentenceOf(doc, i) || limit - i - lemma.nextWindow >= 8) continue;
        const b = bare[k]!;
        const named = mentionAt[k] !== undefined || TITLES.has(b) || TITLES.has(tokens[k]!.norm) || HEAD_NOUNS.has(b) || DAY_WORDS.has(b) || DAY_WORDS.has(tokens[k]!.norm);
        const adjective: boolean = (skipped || k === i + 1) && /^ال/.test(tokens[k]!.norm) && !RELATIVES.has(tokens[k]!.norm) && lookupForm(lex, tokens[k]!.norm).length === 0;
        skipped = named || adjective;
        if (skipped) limit++;
      }
      if (!ok) return false;
    }
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      if (lemma.notNext.has(bare[k]!) || lemma.notNext.has(tokens[k]!.norm)) return false;
    }
    if (i > 0 && (lemma.prevNot.has(bare[i - 1]!) || lemma.prevNot.has(tokens[i - 1]!.norm))) return false;
    // «التحالف العربي لدعم الشرعية»، «تحالف دعم الشرعية»: the coalition's name, no act of backing.
    if (lemma.type === 'SUPPORT' && bare[i] === 'دعم' && /^(ال)?شرعيه$/.test(tokens[i + 1]?.norm ?? '')
      && tokens.slice(Math.max(0, i - 3), i).some((t) => /^(و|ف)?(ل|ب)?(ال|ل)?تحالف$/.test(t.norm))) return false;
    if (lemma.prev.size > 0) {
      let ok = false;
      for (let k = i - 1; k >= 0 && i - k <= lemma.prevWindow && sentenceOf(doc, k) === sentenceOf(doc, i) && !ok; k--) {
        if (lemma.prev.has(bare[k]!) || lemma.prev.has(tokens[k]!.norm)) ok = true;
        else if (isBoundary(tokens[k]!)) break;
      }
      if (!ok) return false;
    }
    return true;
  }

  function chooseReading(readings: FormReading[], i: number): FormReading {
    // After a passive auxiliary (تم، جرى) comes a bare masdar, not a word with a preposition
    // (جرى بحث العلاقات: the discussion, not ب + حث).
    const afterAux = i > 0 && (lex.passiveAux.has(tokens[i - 1]!.norm) || lex.passiveAux.has(tokens[i - 1]!.norm.replace(/^(و|ف)/, '')));
    if (afterAux && readings.some((r) => !/^(و|ف)?(ب|ل)/.test(r.proclitics))) readings = readings.filter((r) => !/^(و|ف)?(ب|ل)/.test(r.proclitics));
    const sorted = [...readings].sort((a, b) => a.proclitics.length - b.proclitics.length);
    const best = sorted[0]!;
    const verb = sorted.find((r) => r.pos === 'verb');
    const noun = sorted.find((r) => r.pos !== 'verb');
    if (!verb || !noun || verb.proclitics.length > noun.proclitics.length) return best;
    // A noun coordinated with a noun trigger just before (هزيمة التنظيم وطرد قواته).
    const last = cands[cands.length - 1];
    if (last && last.reading.pos === 'noun' && i - last.tok <= 4 && tokens[i]!.norm.startsWith('و') && sentenceOf(doc, last.tok) === sentenceOf(doc, i)) return noun;
    // Further on, past the first noun's arguments, when that noun is governed by a word of time
    // (في أعقاب سيطرة قوات المقاومة … على المدينة، وطرد قوات الحوثيين).
    if (last && last.reading.pos === 'noun' && i - last.tok <= 14 && tokens[i]!.norm.startsWith('و') && sentenceOf(doc, last.tok) === sentenceOf(doc, i)
      && last.tok > 0 && AFTER_WORDS.has(tokens[last.tok - 1]!.norm)
      && !tokens.slice(last.tok + 1, i).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':')) return noun;
    // A bare form that is both verb and noun (دعم): a verb at a clause start or after و/ف, قد.
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    const clauseStart = !prev || isBoundary(prev) || prev.sentence !== tokens[i]!.sentence;
    if (clauseStart || verb.proclitics.length > 0 || (prev && (SKIP_BACK.has(prev.norm) || RELATIVES.has(prev.norm)))) return verb;
    const m = i + 1 < tokens.length ? mentionAt[i + 1] : undefined;
    if (prev && mentionAt[i - 1] && !m) return verb;
    return noun;
  }
  for (const c of cands) candAt.set(c.tok, c);

  // 2. Arguments.
  for (const c of cands) {
    const i = c.tok;
    const end = forwardEnd(doc, i, 14);
    const preps = c.lemma.recipientPreps;
    let inverse = c.lemma.inverse;
    let passive = false;
    let verbAt = c.reading.pos === 'verb' ? i : -1;
    // A casualty noun is not the act of the verb that reports it (أعلن الجيش مقتل ثلاثة جنود).
    // Nor of a noun governed by a preposition of circumstance (لدى زيارته، خلال اجتماعه).
    // But «نجحت طائرات التحالف في تدمير …»، «شارك X في قصف …»: في after a support verb that takes it.
    const afterInVerb = i > 1 && tokens[i - 1]!.norm === 'في' && tokens.slice(Math.max(0, i - 9), i - 1).some((t, n) => sentenceOf(doc, Math.max(0, i - 9) + n) === sentenceOf(doc, i)
      && stripVerbAffixes(t.norm).some((x) => IN_VERBS.has(x)));
    const circumstance = i > 0 && (CIRCUMSTANCE.has(tokens[i - 1]!.norm) || DURING.has(tokens[i - 1]!.norm)) && !afterInVerb;
    if (c.reading.pos !== 'verb' && !isCasualtyNoun(bare[i]!) && !circumstance) {
      // A support verb before the noun lends its subject (شن التحالف غارات). Names
      // and the words of a title phrase do not count towards the distance (تلقى صاحب
      // السمو الملكي الأمير … وزير الدفاع أمس اتصالا).
      let plain = 0;
      for (let k = i - 1; k >= Math.max(0, i - 30) && plain < 12 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
        const bk = bare[k]!;
        if (!(mentionAt[k] || TITLES.has(bk) || TITLES.has(tokens[k]!.norm) || HEAD_NOUNS.has(bk) || DAY_WORDS.has(bk))) plain++;
        // A short aside in brackets (فرض في أبريل (نيسان) الماضي عقوبات).
        if (tokens[k]!.norm === ')') {
          let o = k - 1;
          while (o >= 0 && k - o <= 4 && tokens[o]!.norm !== '(' && !isBoundary(tokens[o]!)) o--;
          if (o >= 0 && tokens[o]!.norm === '(') {
            k = o;
            continue;
          }
        }
        // A model name in quotes (مقاتلة تركية من طراز "اف-16").
        if (QUOTE_CLOSE.has(tokens[k]!.norm)) {
          let o = k - 1;
          while (o >= 0 && k - o <= 5 && !QUOTE_OPEN.has(tokens[o]!.norm) && !isCandidate[o] && !(isBoundary(tokens[o]!) && tokens[o]!.norm !== '-') && lightKind(doc, o) === undefined) o--;
          if (o >= 0 && o < k - 1 && QUOTE_OPEN.has(tokens[o]!.norm) && sentenceOf(doc, o) === sentenceOf(doc, i)) {
            k = o;
            continue;
          }
        }
        if (isBoundary(tokens[k]!)) {
          // A time phrase between commas (شنت طائرات التحالف، أمس الجمعة، غارات).
          let j = k - 1;
          while (j >= 0 && k - j <= 4 && (DAY_WORDS.has(tokens[j]!.norm) || DAY_WORDS.has(bare[j]!))) j--;
          if ((tokens[k]!.norm === '،' || tokens[k]!.norm === ',') && j < k - 1 && j >= 0 && (tokens[j]!.norm === '،' || tokens[j]!.norm === ',')) {
            k = j;
            continue;
          }
          // «عقد ولي ولي العهد الأمير محمد بن سلمان، في مكتبه بجدة اجتماعا»: a comma after the
          // named subject, then a short place or time phrase before the noun.
          const comma = tokens[k]!.norm === '،' || tokens[k]!.norm === ',';
          const afterName = k > 0 && mentionAt[k - 1] !== undefined && mentionAt[k - 1]!.last === k - 1 && !isAdjective(mentionAt[k - 1]!);
          if (comma && afterName && i - k <= 5 && i - k >= 2 && /^(في|ب.+|خلال|امس|اليوم|مساء|صباح)$/.test(tokens[k + 1]!.norm)
            && !tokens.slice(k + 1, i).some((t) => isBoundary(t)) && !isCandidate.slice(k + 1, i).some(Boolean)) continue;
          break;
        }
        // «بدأت القوات بدعم من طيران التحالف هجوما»: an aside of backing does not stop the search.
        const aside = candAt.get(k);
        const backing = aside !== undefined && aside.reading.pos === 'noun' && /^(و)?ب$/.test(aside.reading.proclitics)
          && (aside.type === 'AID' || aside.type === 'SUPPORT') && tokens[k + 1]?.norm === 'من';
        if (isCandidate[k] && !backing) break;
        // Not across a complement clause (أعلنت الحركة أنها سترد على الاعتداءات).
        if (/^(ب|ل|و)?ان(ه|ها|هم|هما)?$/.test(tokens[k]!.norm)) break;
        // ألقى supports only القبض (ألقى القبض), not «ألقى مسؤولية أعمال العنف».
        let lk = lightKind(doc, k);
        if (lk === 'active' && bare[i] !== 'قبض' && !stripVerbAffixes(tokens[k]!.norm).some((x) => x !== 'القي' && lex.lightActive.has(x))) lk = undefined;
        if (lk === 'passive') {
          passive = true;
          break;
        }
        if (lk) {
          verbAt = k;
          if (lk === 'inverse') inverse = true;
          break;
        }
        if (mentionAt[k] === undefined && k < i - 1) continue;
      }
    }
    c.verbAt = verbAt;
    const passiveVerb = c.reading.pos === 'verb' && isPassiveVerb(doc, i);
    if (passive || passiveVerb) c.passive = true;
    if (inverse) c.inverse = true;
    const roles = { agent: [] as string[], patient: [] as string[] };
    let subjectGiven = false;
    if (verbAt >= 0) {
      const hasObjPronoun = verbAt === i ? c.reading.pronoun !== undefined : false;
      // «هجوم استهدف حافلة»: a verb right after an indefinite event noun of its kind is a
      // relative clause of that noun, its subject; what follows is its object.
      // One indefinite adjective may stand between them (تفجيرين انتحاريين استهدفا).
      const adjBetween = i > 1 && tokens[i - 1]!.kind === 'word' && !mentionAt[i - 1] && !isCandidate[i - 1]
        && !/^(ال|و|ف)/.test(tokens[i - 1]!.norm) && sentenceOf(doc, i - 2) === sentenceOf(doc, i);
      const pn = verbAt === i && i > 0 ? candAt.get(i - 1) ?? (adjBetween ? candAt.get(i - 2) : undefined) : undefined;
      const afterNoun = pn !== undefined && pn.type === c.type && pn.reading.pos === 'noun' && !/ال$/.test(pn.reading.proclitics) && !tokens[i - 1]!.norm.startsWith('ال');
      const before = afterNoun ? { relative: true } as { m?: MentionRef; relative: boolean }
        : verbAt === i && c.reading.proclitics.startsWith('و') ? { relative: false } as { m?: MentionRef; relative: boolean } : subjectBefore(doc, verbAt);
      const vEnd = forwardEnd(doc, verbAt, 14);
      if (afterNoun) c.ofNoun = true;
      if (before.m) {
        if (before.relative && hasObjPronoun) {
          roles.patient.push(before.m.entity.id);
        } else {
          roles.agent.push(...coordinatedBackward(doc, before.m));
          subjectGiven = true;
        }
        const after = unmarkedAfter(doc, verbAt === i ? i : i, vEnd, 6);
        if (after[0] && !c.lemma.intransitive && roles.patient.length === 0) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
      } else if (before.relative) {
        // «الجهة التي تمول حفتر»: the unnamed antecedent is the subject.
        if (verbAt === i) c.unnamedSubject = true;
        const after = unmarkedAfter(doc, verbAt, vEnd, 5);
        if (after[0] && !c.lemma.intransitive && !hasObjPronoun) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
        subjectGiven = true;
      } else if (verbAt === i && (firstPerson(doc, c) || overtSubjectAfterThat(doc, i))) {
        // «ندين الهجوم ونطالب إيران …» in a quote: the speaker (the reporter,
        // found later) is the subject; «أن قوات التحالف قصفت مواقع الحوثيين»:
        // an unnamed subject. A name after the verb is its object.
        subjectGiven = true;
        const after = unmarkedAfter(doc, verbAt, vEnd, 5);
        if (after[0] && !c.lemma.intransitive && !hasObjPronoun) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
      } else if (pronounSubject(doc, verbAt) >= 0) {
        // «أعلنت الوزارة أنها ستقدم …»، «وقالت إنها تحمل إسرائيل المسؤولية»: the
        // pronoun after أن is the subject (the governing clause's subject, or
        // the reporter, found later); a name after the verb is its object.
        const k = pronounSubject(doc, verbAt);
        const ref = mentionsIn(doc, firstSentenceToken(doc, k), k).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m));
        if (ref) roles.agent.push(...coordinated(doc, ref, k).ids);
        subjectGiven = true;
        const after = unmarkedAfter(doc, verbAt, vEnd, 5).filter((m) => !roles.agent.includes(m.entity.id));
        if (after[0] && !c.lemma.intransitive && c.reading.pos === 'verb' && !hasObjPronoun) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
      } else {
        const after = unmarkedAfter(doc, verbAt, vEnd, 5);
        const named = subjectAfter(doc, verbAt, vEnd);
        const subj = named ?? (doc.unnamedHeadAfter ? undefined : after[0]);
        if (!subj && doc.unnamedHeadAfter) {
          subjectGiven = true;
          if (after[0] && !c.lemma.intransitive && c.reading.pos === 'verb' && !hasObjPronoun) roles.patient.push(...coordinated(doc, appositivePerson(doc, after[0]), vEnd).ids);
        }
        if (subj) {
          c.subjectAfter = subj;
          const co = coordinated(doc, subj, vEnd);
          roles.agent.push(...co.ids);
          subjectGiven = true;
          // The object is not in a coordinated clause further on (أدانت السعودية الهجوم وطالبت إيران …).
          const newClause = (m: MentionRef) => isCandidate.slice(co.last + 1, m.first).some((x, n) => x && /^و/.test(tokens[co.last + 1 + n]!.norm));
          const free = (m: MentionRef) => m.first > co.last && !co.ids.includes(m.entity.id) && !isLocative(doc, m) && !inApposition(doc, co.last, m) && !newClause(m);
          const found = after.find(free)
            ?? mentionsIn(doc, co.last + 1, vEnd).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined && free(m));
          const obj = found ? appositivePerson(doc, found) : undefined;
          if (obj && !c.lemma.intransitive && c.reading.pos === 'verb' && !hasObjPronoun) roles.patient.push(...coordinated(doc, obj, vEnd).ids);
        }
      }
    }
    if (verbAt === i && roles.patient.length === 0 && (c.type === 'ASSAULT' || c.type === 'COERCE') && !c.lemma.intransitive && c.reading.pronoun === undefined) {
      const o = objectNisba(doc, i, forwardEnd(doc, i, 14));
      if (o && !roles.agent.includes(o.entity.id)) roles.patient.push(o.entity.id);
    }
    if (c.reading.pos !== 'verb') {
      // Genitive after the noun.
      let gi = i + 1;
      while (gi < end && gi - i <= 6) {
        const mg = mentionAt[gi];
        if (mg && isAdjective(mg) && gi > i + 1) gi = mg.last + 1;
        else if (!mg && (TITLES.has(bare[gi]!) || TITLES.has(tokens[gi]!.norm) || HEAD_NOUNS.has(bare[gi]!))) gi++;
        else break;
      }
      let g = gi < tokens.length && !c.reading.pronoun ? mentionAt[gi] : undefined;
      if (!g && i + 2 < end && !c.reading.pronoun) {
        // زيارة مسؤول سوري: a noun and its nisba adjective.
        const a2 = mentionAt[i + 2];
        if (a2 && isAdjective(a2) && a2.first === i + 2) g = a2;
      }
      // A nisba right after the noun is its doer, except for nouns whose genitive is their object (الاعتداءات الإسرائيلية).
      if (g && g.first === gi && isAdjective(g) && gi === i + 1 && c.lemma.genitive === 'recipient') g = undefined;
      const attributive = g !== undefined && isAdjective(g) && g.first === i + 1;
      // «بقصف لميليشيا الحوثي»، «هجوم للمقاومة الشعبية»: the ل of the doer after an attack noun.
      if (g && g.first === gi && !isAdjective(g) && prepOf(doc, g) === 'ل' && roles.agent.length === 0 && (c.type === 'ASSAULT' || c.type === 'COERCE')
        && c.lemma.genitive !== 'recipient' && !c.reading.proclitics.endsWith('ال') && !passive) {
        roles.agent.push(...coordinated(doc, g, end).ids);
        g = undefined;
      }
      if (g && (g.first === gi || (isAdjective(g) && g.first === i + 2)) && (!c.reading.proclitics.endsWith('ال') || attributive) && prepOf(doc, g) === undefined) {
        const co = coordinated(doc, g, end);
        const ids = co.ids;
        // A participle of manner takes an object (داعين الكونغرس، مطالبين الحكومة).
        const mannerObject = c.reading.pos === 'participle' && !c.reading.proclitics.includes('ال') && !c.lemma.passiveParticiple;
        // «كيانات متهمة بمساعدة نظام الأسد»: the act a charge names has its object in the genitive.
        const charged = i > 0 && /^(و)?ب/.test(c.reading.proclitics) && CHARGE_CUES.test(tokens[i - 1]!.norm);
        // «خطف جبهة النصرة في سوريا لمقاتلين»: a masdar annexed to its doer takes its object with ل.
        const doerGenitive = c.lemma.genitive === 'recipient' && !passive && !isAdjective(g) && !mannerObject && !charged && objectWithLAfter(doc, co.last, end);
        if (doerGenitive) {
          if (roles.agent.length === 0) roles.agent.push(...ids);
        } else if (passive || c.lemma.genitive === 'recipient' || mannerObject || charged) {
          if (roles.patient.length === 0) roles.patient.push(...ids);
        } else if (roles.agent.length === 0) roles.agent.push(...ids);
      }
      if (c.reading.pronoun && roles.agent.length === 0 && roles.patient.length === 0) {
        // A possessive on the masdar: its doer (زيارته), or its object (اتهامه
        // alone); with an object named right after, the pronoun is the doer
        // (اتهامه بيونجيانج).
        // «التقى كارتر بارزاني في اليوم الثاني من زيارته للعراق»، «ودعا الرئيس خلال لقائه …»:
        // the pronoun of a meeting or a visit told as a circumstance is the main clause's subject.
        const main = c.type === 'CONSULT' && c.reading.pronoun === 'ه' ? mainSubject(doc, i) : undefined;
        const ref = main ?? antecedent(doc, i, c.reading.pronoun, []);
        let obj: MentionRef | undefined;
        for (let k = i + 1; k < Math.min(end, i + 3); k++) {
          const m = mentionAt[k];
          if (m && m.first === k && !isAdjective(m) && prepOf(doc, m) === undefined) obj = m;
          if (m || tokens[k]!.kind !== 'punct') break;
        }
        // زيارته العاصمة الروسية: a noun and its nisba as the object.
        const a2 = i + 2 < end ? mentionAt[i + 2] : undefined;
        if (!obj && a2 && isAdjective(a2) && a2.first === i + 2 && !mentionAt[i + 1] && tokens[i + 1]!.kind === 'word' && !isCandidate[i + 1]) obj = a2;
        // استهدافهم للمدنيين: the object comes with ل, so the pronoun is the doer;
        // أعرب عن رفضه، عبر عن إدانته: so is the possessor after «عن».
        const next = tokens[i + 1];
        const lObject = next !== undefined && next.kind === 'word' && !mentionAt[i + 1] && /^لل/.test(next.norm);
        const expressed = i > 0 && (tokens[i - 1]!.norm === 'عن' || (i > 1 && QUOTE_OPEN.has(tokens[i - 1]!.norm) && tokens[i - 2]!.norm === 'عن'));
        // «وأعرب الزياني، لدى استقبال …، عن ارتياحه»: the one who expressed it.
        const doer = (expressed ? expressedBy(doc, i) : undefined) ?? ref;
        if (c.lemma.genitive === 'actor' || obj || lObject || expressed) {
          if (doer) roles.agent.push(doer.entity.id);
          if (obj && c.lemma.genitive === 'recipient' && obj.entity.id !== doer?.entity.id) roles.patient.push(obj.entity.id);
        } else if (ref) roles.patient.push(ref.entity.id);
      }
    }
    if (c.reading.pos !== 'verb' && roles.agent.length === 0) {
      const rel = c.reading.pos === 'participle' && c.lemma.passiveParticiple ? undefined : relativeSubject(doc, i, end, c.type);
      if (rel) roles.agent.push(...coordinated(doc, rel, end).ids);
    }
    if (c.reading.pos === 'noun' && roles.agent.length === 0 && !passive && !c.reading.pronoun) {
      // «عقب محاولة الحوثيين الهجوم على …»، «قرار الحكومة فرض عقوبات»: a definite masdar
      // governed by a noun of will or attempt is done by that noun's genitive.
      const doer = governingGenitive(doc, i);
      if (doer) roles.agent.push(...doer);
    }
    if (c.reading.pos === 'noun' && roles.agent.length === 0 && !passive) {
      const by = claimedBy(doc, i, c.reading.proclitics.includes('ال') || tokens[i]!.norm.startsWith('ال'));
      if (by) roles.agent.push(...coordinated(doc, by, forwardEnd(doc, by.last, 8)).ids);
    }
    if (passiveVerb) {
      // قُتل X، اعتُقل X: the grammatical subject is acted upon.
      roles.patient.unshift(...roles.agent.filter((id) => !roles.patient.includes(id)));
      roles.agent.length = 0;
    }
    // من قبل X → the agent of a passive or noun; من X after a passive participle (المدعومة من …).
    // «وبدأت القوات بدعم من طيران التحالف هجوما»: the subject of a support verb before backing
    // told with ب is the one backed, not the backer (named after من, found below).
    if (c.type === 'AID' && c.reading.pos === 'noun' && /^(و)?ب$/.test(c.reading.proclitics) && tokens[i + 1]?.norm === 'من') roles.agent.length = 0;
    const agentBy = markedAfter(doc, i, end, new Set(c.reading.pos === 'participle' && c.lemma.passiveParticiple ? ['قبل', 'من', 'لدي'] : ['قبل']))
      ?? agentAfterComma(doc, end);
    // The agent of the nearest event noun before it, not of an earlier verb (أدانت الجامعة الاقتحامات، من قبل …);
    // nouns coordinated with it share it (من القمع والاعتقالات والمصادرة … على أيدي الحوثيين).
    const coordinatedNoun = (k: number) => c.reading.pos === 'noun' && candAt.get(k)?.reading.pos === 'noun' && tokens[k]!.norm.startsWith('و');
    if (agentBy && !isCandidate.slice(i + 1, agentBy.first).some((x, n) => x && !coordinatedNoun(i + 1 + n))) {
      roles.agent.length = 0;
      roles.agent.push(...coordinated(doc, agentBy, end).ids);
    }
    // Recipient marked by a preposition.
    if (inverse) {
      const from = markedAfter(doc, verbAt >= 0 ? verbAt : i, Math.max(forwardEnd(doc, verbAt >= 0 ? verbAt : i, 24), forwardEnd(doc, i, 8)), new Set(['من']));
      const src = from ? coordinated(doc, from, end).ids : [];
      // The grammatical subject receives.
      const receiver = [...roles.agent];
      c.actor = src;
      c.recipient = receiver.length > 0 ? receiver : roles.patient;
    } else {
      c.actor = [...roles.agent];
      c.recipient = roles.patient.filter((id) => !c.actor.includes(id));
      if (c.recipient.length === 0 && preps.size > 0) {
        // Not past the trigger of another kind of act (ملاحقة المستوطنين المتورطين في هجمات ضد فلسطينيين).
        let recEnd = i + 1;
        while (recEnd < end && !(isCandidate[recEnd] && recEnd !== verbAt && candidateType(doc, recEnd) !== c.type)) recEnd++;
        const m = markedAfter(doc, i, recEnd, preps);
        if (m) c.recipient = coordinated(doc, m, end).ids.filter((id) => !c.actor.includes(id));
        else if (!c.unnamedSubject) {
          const pr = prepPronounAfter(doc, i, end, preps, c.actor);
          if (pr) c.recipient = [pr];
        }
      }
    }
    if (c.actor.length > 0) c.actorFrom = 'syntax';
    if (!subjectGiven && c.reading.pos === 'verb' && c.reading.pronoun && c.recipient.length === 0) {
      // زارها: the object pronoun points back.
      const ref = nearestBefore(doc, i, c.actor, PERSON_TYPES);
      if (ref) c.recipient = [ref.entity.id];
    }
  }

  // «أعلن الملك سلمان …، وتلقى اتصالا هاتفيا من ملك الأردن»: a received act coordinated with an
  // earlier verb and with no subject of its own has that verb's subject as its recipient.
  for (const [idx, c] of cands.entries()) {
    if (!c.inverse || c.recipient.length > 0 || c.verbAt < 0 || !/^و/.test(tokens[c.verbAt]!.norm)) continue;
    if (mentionsIn(doc, c.verbAt + 1, c.tok).length > 0 || (c.subjectAfter && c.subjectAfter.first < c.tok)) continue;
    const subject = chainSubject(idx);
    if (subject) c.recipient = subject.ids.filter((id) => !c.actor.includes(id));
  }

  // A verb coordinated with an earlier one of the same clause keeps its subject
  // when the one name after it can be its object: «أدانت السعودية الهجوم
  // وطالبت إيران بالكف …» (Saudi Arabia asks Iran). With a second name after
  // it (وطالبت الإمارات إيران) or an intransitive verb, the name is a new subject.
  for (const [idx, c] of cands.entries()) {
    // A nisba in a title stands for the person named after it (واستقبل الرئيس الأميركي الأسبق جيمي كارتر).
    const sa = c.subjectAfter;
    const titled = sa && isAdjective(sa) ? appositivePerson(doc, sa) : undefined;
    const s0 = titled ?? sa;
    if (!s0 || c.reading.pos !== 'verb' || !c.reading.proclitics.startsWith('و') || c.lemma.intransitive || c.lemma.inverse || c.reading.pronoun) continue;
    if (isAdjective(s0) || (c.recipient.length > 0 && !(titled && c.recipient.every((id) => id === titled.entity.id)))) continue;
    // A title may stand before the name (واستقبل الرئيس الأميركي الأسبق جيمي كارتر).
    if (s0.first - c.tok > 2 && (s0.first - c.tok > 5 || isCandidate.slice(c.tok + 1, s0.first).some(Boolean))) continue;
    const subject = chainSubject(idx);
    if (!subject || subject.ids.includes(s0.entity.id)) continue;
    const end = forwardEnd(doc, c.tok, 14);
    const co = coordinated(doc, s0, end);
    const another = mentionsIn(doc, co.last + 1, end).some((m) => !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m) && !co.ids.includes(m.entity.id));
    if (another) continue;
    c.recipient = co.ids.filter((id) => !subject.ids.includes(id));
    c.actor = [...subject.ids];
    c.actorFrom = 'inherited';
  }

  /**
   * The named subject of the chain of verbs joined by و that the candidate at idx continues
   * (أعلن الملك سلمان … وتلقى … واستقبل …): the actor of the nearest earlier verb of the
   * same sentence, or the recipient of a received act (تلقى اتصالا)، not past a full stop.
   */
  function chainSubject(idx: number): { ids: string[] } | undefined {
    const c = cands[idx]!;
    for (let j = idx - 1; j >= 0; j--) {
      const q = cands[j]!;
      if (sentenceOf(doc, q.tok) !== sentenceOf(doc, c.tok) || c.tok - q.tok > 40) return undefined;
      if (tokens.slice(q.tok, c.tok).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':')) return undefined;
      if (q.verbAt < 0) continue;
      if (q.inverse) {
        if (q.recipient.length > 0 && q.verbAt !== q.tok) return { ids: [...q.recipient] };
        continue;
      }
      // A verb, or an act told by a noun after the first verb (أعلن الملك سلمان بدء العملية).
      const verbal = q.reading.pos === 'verb' || (q.verbAt !== q.tok && !q.passive && !q.ofNoun);
      if (verbal && q.actorFrom === 'syntax' && q.actor.length > 0 && !q.lemma.inverse) {
        // Past the first verb only through verbs coordinated with it.
        return c.tok - q.tok > 16 && !chainBetween(q.tok, c.tok) ? undefined : { ids: [...q.actor] };
      }
    }
    return undefined;
  }

  /** Whether every verb candidate between from and to is coordinated by و (a chain of one subject). */
  function chainBetween(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) {
      const q = candAt.get(k);
      if (q && q.reading.pos === 'verb' && !/^و/.test(tokens[k]!.norm)) return false;
    }
    return true;
  }

  // A court's sentence (حكمت المحكمة بالسجن … على 300 من مؤيدي الجماعة، أصدرت محكمة حكما بإعدام
  // سيف الإسلام): the sentenced, after على (or named among them after بينهم) or as the genitive
  // of the penalty, are its recipient.
  for (const c of cands) {
    if (c.type !== 'COERCE' || c.recipient.length > 0) continue;
    let pen = -1;
    for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
      if (/^(و)?(بال|ب)/.test(tokens[k]!.norm) && PENALTIES.has(bare[k]!)) {
        pen = k;
        break;
      }
    }
    if (pen < 0) continue;
    const sentenced = sentencedAfter(pen);
    if (sentenced.length > 0) c.recipient = sentenced.filter((id) => !c.actor.includes(id));
  }

  // A reception (استقبل الملك … معالي وزير الخارجية … سامح شكري، لدى استقباله السفير المصري …
  // وائل عطية، لدى استقبال X له): the one received is its recipient, named after the host (past
  // a place, a time and a short aside) or told by «له» back to a party before.
  for (const c of cands) {
    if (c.type !== 'CONSULT' || c.lemma.mode !== 'host' || c.recipient.length > 0 || c.inverse) continue;
    // A definite noun with no host of its own takes up a reception already told (خلال الاستقبال).
    if (c.reading.pos !== 'verb' && c.actor.length === 0) continue;
    let k = c.tok + 1;
    const host = mentions.find((m) => c.actor.includes(m.entity.id) && m.first > c.tok && m.first - c.tok <= 12);
    if (host) k = coordinated(doc, host, tokens.length).last + 1;
    for (; k < tokens.length && k - c.tok <= 30 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
      const t = tokens[k]!;
      if (t.norm === '.' || t.norm === '؛' || t.norm === ':' || (isCandidate[k] && k !== c.verbAt)) break;
      if (/^(و)?ل(ه|ها|هم|هما)$/.test(t.norm)) {
        const ref = nearestBefore(doc, c.tok, c.actor, new Set(['PER'])) ?? nearestBefore(doc, c.tok, c.actor, PERSON_TYPES);
        if (ref) c.recipient = [ref.entity.id];
        break;
      }
      const m = mentionAt[k];
      if (!m || m.first !== k) continue;
      k = m.last;
      if (c.actor.includes(m.entity.id) || isLocative(doc, m) || (!isAdjective(m) && prepOf(doc, m) !== undefined) || (isAdjective(m) && adjectivePrep(doc, m) !== undefined)) continue;
      // The host's own title (الأمير فيصل بن بندر أمير منطقة الرياض).
      if (host && inApposition(doc, coordinated(doc, host, tokens.length).last, m)) continue;
      const guest = appositivePerson(doc, m);
      if (!c.actor.includes(guest.entity.id)) c.recipient = coordinated(doc, guest, forwardEnd(doc, guest.last, 8)).ids.filter((id) => !c.actor.includes(id));
      break;
    }
  }

  // Help to people named by the place they live in (بتقديم المساعدات للأشقاء في اليمن): the place.
  for (const c of cands) {
    if (c.type !== 'AID' || c.recipient.length > 0) continue;
    for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 6 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
      if (mentionAt[k] || (isCandidate[k] && k !== c.tok)) break;
      if (!/^(و)?لل/.test(tokens[k]!.norm) || !PEOPLE.has(bare[k]!) || tokens[k + 1]?.norm !== 'في') continue;
      const m = mentionAt[k + 2];
      if (m && m.first === k + 2 && (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !isAdjective(m) && !c.actor.includes(m.entity.id)) c.recipient = [m.entity.id];
      break;
    }
  }

  // A meeting or a call told as a circumstance (وعبر X في اتصال هاتفي مع Y): the one named just
  // before is its doer.
  for (const c of cands) {
    if (c.type !== 'CONSULT' || c.reading.pos === 'verb' || c.actor.length > 0 || c.reading.pronoun || c.tok < 2) continue;
    const w = tokens[c.tok - 1]!.norm;
    if (!CIRCUMSTANCE.has(w) && !DURING.has(w)) continue;
    for (let k = c.tok - 2; k >= 0 && c.tok - k <= 8 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!) && !isCandidate[k]; k--) {
      const m = mentionAt[k];
      if (!m) continue;
      if (m.last === k && !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m) && !c.recipient.includes(m.entity.id)) {
        c.actor = [m.entity.id];
        c.actorFrom = 'syntax';
      }
      break;
    }
  }

  /** The parties sentenced after a penalty word. */
  function sentencedAfter(pen: number): string[] {
    const g = mentionAt[pen + 1];
    if (g && g.first === pen + 1 && !isAdjective(g) && g.entity.type === 'PER') return coordinated(doc, g, forwardEnd(doc, pen, 10)).ids;
    for (let k = pen + 1; k < tokens.length && k - pen <= 10 && sentenceOf(doc, k) === sentenceOf(doc, pen); k++) {
      if (isBoundary(tokens[k]!) || (isCandidate[k] && !PENALTIES.has(bare[k]!))) break;
      if (tokens[k]!.norm !== 'علي') continue;
      const m = mentionAt[k + 1];
      if (m && m.first === k + 1 && !isAdjective(m)) return coordinated(doc, m, forwardEnd(doc, k, 10)).ids;
      // «على 300 من مؤيدي جماعة الإخوان»، «على سبعة مسؤولين … بينهم X وY».
      for (let j = k + 1; j < tokens.length && j - k <= 12 && sentenceOf(doc, j) === sentenceOf(doc, k) && !isBoundary(tokens[j]!); j++) {
        const mj = mentionAt[j];
        if (mj && mj.first === j && !isAdjective(mj) && j - k <= 5 && bare[j - 1] !== undefined && HEAD_NOUNS.has(bare[j - 1]!) && tokens[j - 2]?.norm === 'من') return [mj.entity.id];
        if (AMONG.has(tokens[j]!.norm)) {
          const ids: string[] = [];
          for (let q = j + 1; q < tokens.length && sentenceOf(doc, q) === sentenceOf(doc, j) && !isBoundary(tokens[q]!); q++) {
            const mq = mentionAt[q];
            if (mq && mq.first === q && !isAdjective(mq) && mq.entity.type === 'PER' && !ids.includes(mq.entity.id)) ids.push(mq.entity.id);
          }
          return ids;
        }
      }
      break;
    }
    return [];
  }

  // The act a charge names (المتهم بقتل العقيد، بتهم ارتكاب جرائم حرب تشمل قتل متظاهرين) is done by the
  // accused: the one arrested or sentenced just before in the sentence, else the person named before.
  for (const c of cands) {
    if (c.actor.length > 0 || c.type === 'ACCUSE' || c.type === 'REQUEST') continue;
    let cue = -1;
    for (let k = c.tok - 1; k >= 0 && c.tok - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k--) {
      if (CHARGE_CUES.test(tokens[k]!.norm)) {
        cue = k;
        break;
      }
      if (isCandidate[k]) break;
    }
    if (cue < 0) continue;
    let accused: string[] = [];
    for (let j = cands.indexOf(c) - 1; j >= 0; j--) {
      const p = cands[j]!;
      if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok)) break;
      if (p.tok < cue && (p.type === 'COERCE' || p.type === 'ACCUSE') && p.recipient.length > 0) {
        accused = p.recipient;
        break;
      }
    }
    if (accused.length === 0) {
      const m = nearestBefore(doc, cue, [], new Set(['PER']));
      if (m && cue - m.last <= 4) accused = [m.entity.id];
    }
    if (accused.length === 0) continue;
    c.actor = accused.filter((id) => !c.recipient.includes(id));
    c.actorFrom = 'syntax';
  }

  // 3. Attribution, negation, future, conditional, mode, place, time, quantities.
  const attrs = [...input.attributions].sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start));
  for (const c of cands) {
    const t = tokens[c.tok]!;
    const attr = attrs.find((a) => a.content.start <= t.start && t.end <= a.content.end);
    if (attr) c.attribution = attr.id;
    // Negation.
    let negated = false;
    for (let k = c.tok - 1, steps = 0; k >= 0 && steps < 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--, steps++) {
      const w = tokens[k]!.norm;
      if (NEGATORS.has(w)) {
        if (w !== 'ما' || steps === 0) negated = true;
        if (w === 'لن' || w === 'ولن' || w === 'فلن') c.future = true;
        break;
      }
      if (!NEG_SKIP.has(w) && !NEG_SKIP.has(bare[k]!) && !(lightKind(doc, k) !== undefined)) break;
    }
    if (negated && c.lemma.negatedType) {
      c.type = c.lemma.negatedType;
      negated = false;
    }
    // Denial by the source.
    const denied = input.attributions.some((a) => a.stance === 'deny' && a.content.start <= t.start && t.end <= a.content.end);
    if (denied) negated = true;
    else if (!attr && localDenial(c.tok)) negated = true;
    c.negated = negated;
    // Future.
    for (let k = c.tok - 1; k >= Math.max(0, c.tok - 4) && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
      if (FUTURE_BEFORE.has(tokens[k]!.norm) || FUTURE_BEFORE.has(bare[k]!)) c.future = true;
    }
    const fEnd = forwardEnd(doc, c.tok, 10);
    for (let k = c.tok + 1; k < fEnd; k++) if (FUTURE_WORDS.has(bare[k]!) || FUTURE_WORDS.has(tokens[k]!.norm)) c.future = true;
    // Conditional.
    for (let k = Math.max(0, c.tok - 10); k < Math.min(tokens.length, c.tok + 12); k++) {
      if (k === c.tok || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) continue;
      const w = tokens[k]!.norm;
      const b = bare[k]!;
      const isCond = CONDITIONAL.has(w) || CONDITIONAL.has(b) || (w.endsWith('حال') && k > 0 && /^(و)?في$/.test(tokens[k - 1]!.norm));
      if (!isCond) continue;
      if (k < c.tok || c.future) c.conditional = true;
    }
    // Mode cues near the trigger.
    const cues = lex.modeCues.get(c.type);
    if (cues) {
      const from = c.tok;
      const to = Math.min(tokens.length, c.tok + 6);
      for (let k = from; k < to && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
        const mode = cues.get(tokens[k]!.norm) ?? cues.get(bare[k]!);
        if (mode && !(k === c.tok && c.mode)) {
          c.mode = mode;
          break;
        }
      }
    }
    // Military backing is material help (PLOVER AID), not verbal support.
    if (c.type === 'SUPPORT' && c.mode === 'military') c.type = 'AID';
    // An attack in words (هاجم الجبير السياسات الإيرانية، شن هجوما لاذعا على الحكومة) is an accusation.
    if (c.type === 'ASSAULT' && verbalAttack(c)) c.type = 'ACCUSE';
    // Location: a GPE/LOC after a locative preposition in the clause.
    const end = forwardEnd(doc, c.tok, 16);
    let startBack = c.tok;
    while (startBack - 1 >= 0 && sentenceOf(doc, startBack - 1) === sentenceOf(doc, c.tok) && !isBoundary(tokens[startBack - 1]!) && c.tok - startBack < 8) startBack--;
    const taken = new Set([...c.actor, ...c.recipient]);
    let best: { id: string; dist: number } | undefined;
    for (const m of mentionsIn(doc, startBack, end)) {
      if ((m.entity.type !== 'GPE' && m.entity.type !== 'LOC') || taken.has(m.entity.id) || isAdjective(m)) continue;
      let p = prepOf(doc, m);
      if (p === undefined && m.first - 1 >= 0 && PLACE_NOUNS.has(bare[m.first - 1]!) && m.first - 2 >= 0) {
        const w = tokens[m.first - 2]!.norm.replace(/^(و|ف)(?=..)/, '');
        p = SEPARATE_PREPS.has(w) ? w : undefined;
        if (p === undefined && /^(و|ف)?(ب|ل)/.test(tokens[m.first - 1]!.norm)) p = 'ب';
      }
      if (p === undefined && PLACE_NOUNS.has(bare[m.first - 1] ?? '') && /^(و|ف)?ب/.test(tokens[m.first - 1]!.norm)) p = 'ب';
      if (p === undefined && isLocative(doc, m)) p = 'في';
      if (p === undefined || !LOC_PREPS.has(p)) continue;
      if (p === 'من' && c.type !== 'RETREAT' && c.type !== 'COERCE') continue;
      if ((p === 'علي' || p === 'الي') && c.type !== 'ASSAULT' && c.type !== 'CONSULT') continue;
      if (p === 'الي' && c.type === 'CONSULT') continue;
      const dist = Math.abs(m.first - c.tok) + (m.first < c.tok ? 4 : 0);
      if (!best || dist < best.dist) best = { id: m.entity.id, dist };
    }
    if (best) c.location = best.id;
    // Time: the nearest time expression in the sentence.
    let bestT: { idx: number; dist: number } | undefined;
    input.times.forEach((tm, idx) => {
      const k = firstTokenAtOrAfter(tokens, tm.start);
      if (k >= tokens.length || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) return;
      const dist = Math.abs(k - c.tok) + (k < c.tok ? 2 : 0);
      if (dist > 25) return;
      if (!bestT || dist < bestT.dist) bestT = { idx, dist };
    });
    if (bestT) c.time = bestT.idx;
    // Quantities that belong to the event.
    input.quantities.forEach((q, idx) => {
      const k = firstTokenAtOrAfter(tokens, q.start);
      if (k >= tokens.length || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) return;
      if (q.kind === 'money' && MONEY_TYPES.has(c.type) && k > c.tok && k - c.tok <= 14) c.quantities.push(idx);
      if (q.kind === 'count' && (c.type === 'ASSAULT' || c.type === 'COERCE' || c.type === 'PROTEST' || c.type === 'MOBILIZE')) {
        const kEnd = lastTokenBefore(tokens, q.end);
        const after = kEnd + 1 < tokens.length ? bare[kEnd + 1]! : '';
        const afterNorm = kEnd + 1 < tokens.length ? tokens[kEnd + 1]!.norm : '';
        const before = k > 0 ? tokens[k - 1]!.norm : '';
        const near = Math.abs(k - c.tok) <= 20;
        if (near && (CASUALTIES.has(after) || CASUALTIES.has(afterNorm) || CASUALTY_BEFORE.has(before) || (c.type !== 'ASSAULT' && k > c.tok && k - c.tok <= 4))) {
          c.quantities.push(idx);
        }
      }
    });
  }

  function localDenial(i: number): boolean {
    let sawThat = false;
    for (let k = i - 1; k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i) && i - k < 15; k--) {
      const w = tokens[k]!.norm;
      if (THAT.has(w) || THAT.has(bare[k]!)) sawThat = true;
      if (DENY.has(w) && sawThat) return true;
      if (tokens[k]!.kind === 'punct' && (w === '.' || w === '؛')) break;
    }
    return false;
  }

  /** A message noun followed by a word of condolence or congratulation within the clause of token i. */
  function courtesyMessage(i: number): boolean {
    for (let k = i; k + 1 < tokens.length && k - i <= 12 && sentenceOf(doc, k) === sentenceOf(doc, i) && !isBoundary(tokens[k]!); k++) {
      if ((MESSAGES.has(bare[k]!) || MESSAGES.has(tokens[k]!.norm.replace(/^(و|ف)(?=..)/, ''))) && COURTESIES.has(bare[k + 1]!)) return true;
    }
    return false;
  }

  /**
   * An attack made in words: هاجم or a هجوم launched (شن هجوما) whose object is a policy, a
   * decision or statements (هاجم قرارا، هاجم السياسات الإيرانية), whose tone is told (لاذعا،
   * حادا), that is made in a statement or a speech right after it (في تصريح، في كلمة), or that
   * is followed by what the speaker called or asked for (معتبرا إياه، واصفا، داعيا).
   */
  function verbalAttack(c: Candidate): boolean {
    const label = normaliseString(c.lemma.label);
    let head = c.tok;
    if (label === 'شن') {
      head = -1;
      for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
        if (/^(هجوم|هجوما|هجمات|حمله|حملات)$/.test(bare[k]!)) {
          head = k;
          break;
        }
      }
      if (head < 0) return false;
    } else if (!(label === 'هاجم' && (c.reading.pos === 'verb' || c.reading.pos === 'noun'))) {
      return false;
    }
    const stem = (w: string) => [w, w.replace(/(ه|ها|هم)$/, '')];
    let comma = false;
    for (let k = head + 1; k < tokens.length && k - head <= 10 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
      const t = tokens[k]!;
      const b = bare[k]!;
      if (t.norm === '.' || t.norm === '؛' || t.norm === ':') break;
      if (SPEECH_MANNER.has(t.norm.replace(/^و/, ''))) return true;
      if (isCandidate[k] || (isBoundary(t) && t.norm !== '،')) break;
      if (t.norm === '،') comma = true;
      if (comma) continue;
      if (k - head <= 4 && label === 'هاجم' && c.reading.pos === 'verb' && stem(b).some((w) => SPEECH_OBJECTS.has(w))) return true;
      if (k - head <= 2 && (TONE.has(b) || TONE.has(t.norm))) return true;
      if (k - head <= 8 && SPEECH_FRAMES.has(b) && /^(و)?(في|خلال)$/.test(tokens[k - 1]!.norm)) return true;
    }
    return false;
  }

  /**
   * What arrives, when وصل has no party but a thing as its subject: after the verb (وصلت صباح اليوم
   * سفينة «درب الخير»، وصلت إلى مطار عدن أمس طائرة قطرية), or before it (سفينة إغاثية تصل،
   * الطائرة السادسة التي تصل، إن قواتها وصلت). Troops are `troops`, carriers of aid and aid `aid`.
   */
  function arrivalOf(c: Candidate): 'troops' | 'aid' | 'thing' | undefined {
    if (normaliseString(c.lemma.label) !== 'وصل' || c.reading.pos !== 'verb') return undefined;
    const kind = (k: number): 'troops' | 'aid' | 'thing' | undefined => {
      const w = tokens[k]!.norm.replace(/^و/, '');
      if (/^(ب|ل|ك)/.test(w) && !/^(ال)/.test(w) && !ARRIVING.has(w.replace(/^ال/, ''))) return undefined;
      const b = w.replace(/^ال/, '');
      const stem = [b, b.replace(/(ه|ها|هم)$/, '')];
      const found = stem.map((x) => ARRIVING.get(x)).find((x) => x !== undefined);
      if (!found) return undefined;
      const prev = k > 0 ? tokens[k - 1]!.norm : '';
      if (/^(و)?(في|علي|عبر|متن|من|مع|بواسطه)$/.test(prev)) return undefined;
      return found;
    };
    // After the verb, before the clause ends; a party named first is the subject.
    for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 9 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
      const t = tokens[k]!;
      if (isBoundary(t) || (isCandidate[k] && k !== c.tok)) break;
      const m = mentionAt[k];
      if (m && m.first === k && !isLocative(doc, m) && !isAdjective(m) && prepOf(doc, m) === undefined && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return undefined;
      const kd = kind(k);
      if (kd) return kd;
    }
    // Before it: the head of a relative clause or the subject of the clause.
    for (let k = c.tok - 1; k >= 0 && c.tok - k <= 10 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
      const t = tokens[k]!;
      if (t.norm === '.' || t.norm === '؛' || t.norm === ':' || isCandidate[k]) break;
      const m = mentionAt[k];
      if (m && m.last === k && !isLocative(doc, m) && !isAdjective(m) && prepOf(doc, m) === undefined && (m.entity.type === 'PER' || m.entity.type === 'ORG')) return undefined;
      const kd = kind(k);
      if (kd) return kd;
    }
    return undefined;
  }

  /** A candidate the filters will drop for want of the argument its lemma needs (توجه with no destination). */
  function dropped(c: Candidate): boolean {
    if (c.lemma.needArg && c.actor.length === 0 && c.recipient.length === 0) return true;
    const need = c.lemma.needRecipient;
    return need !== undefined && !c.recipient.some((id) => need.has(input.entities.find((e) => e.id === id)?.type ?? ''));
  }

  // 4. Actor fallbacks: a verb coordinated with an earlier one shares its subject;
  // otherwise the source of the attribution that reports it.
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx]!;
    if (c.actor.length > 0) continue;
    // «اقتحمت قوات الجيش … بدعم من طيران التحالف»، «بدعم من ضربات جوية تشنها السعودية»: the
    // backer is named after من (or is the doer of the strikes named there); the one backed is
    // the doer of the act it goes with.
    if (c.type === 'AID' && c.reading.pos === 'noun' && /^(و)?ب$/.test(c.reading.proclitics) && tokens[c.tok + 1]?.norm === 'من') {
      let by: string[] = [];
      for (let k = c.tok + 2; k < tokens.length && k - c.tok <= 6 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
        const m = mentionAt[k];
        if (m && m.first === k) {
          if (!isLocative(doc, m)) by = coordinated(doc, m, forwardEnd(doc, m.last, 6)).ids;
          break;
        }
        const o = candAt.get(k);
        if (o) {
          if (o.type === 'ASSAULT' && o.actor.length > 0) by = [...o.actor];
          break;
        }
      }
      if (by.length > 0) {
        c.actor = by;
        c.actorFrom = 'syntax';
        if (c.recipient.length === 0) {
          for (let j = idx - 1; j >= 0; j--) {
            const p = cands[j]!;
            if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok) || c.tok - p.tok > 16) break;
            if (p.reading.pos === 'verb' && p.actor.length > 0 && !p.inverse) {
              c.recipient = p.actor.filter((id) => !by.includes(id));
              break;
            }
          }
        }
        continue;
      }
    }
    // A support verb coordinated with an earlier verb (وقامت بتفتيشه), a purpose
    // masdar (… للمطالبة) or a participle of manner (مطالبين) shares the main
    // clause's subject.
    const vTok = c.verbAt >= 0 ? tokens[c.verbAt]! : undefined;
    const purpose = c.reading.pos === 'noun' && /^ل/.test(c.reading.proclitics) && !c.lemma.inverse
      && !(c.tok > 0 && isCandidate[c.tok - 1]) && !(c.tok > 1 && isCandidate[c.tok - 2] && tokens[c.tok - 1]!.norm === 'و');
    const manner = c.reading.pos === 'participle' && !c.reading.proclitics.includes('ال') && !c.lemma.passiveParticiple;
    // «اعتقلت القوات … خلال اقتحام منازلهم»: the act during which the main one happened has its doer.
    // Not a protest during which others acted (قتل متظاهرين خلال الاحتجاجات).
    const during = c.reading.pos === 'noun' && c.type !== 'PROTEST' && c.tok > 0 && DURING.has(tokens[c.tok - 1]!.norm);
    if ((vTok && c.verbAt !== c.tok && /^و/.test(vTok.norm)) || purpose || manner || during) {
      for (let j = idx - 1; j >= 0; j--) {
        const p = cands[j]!;
        if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok) || c.tok - p.tok > (manner ? 32 : 20)) break;
        if (p.actor.length > 0 && !p.lemma.inverse && p.actorFrom !== 'source' && !dropped(p)) {
          c.actor = p.actor.filter((id) => !c.recipient.includes(id));
          c.actorFrom = 'inherited';
          break;
        }
      }
      if (c.actor.length > 0) continue;
    }
    if (c.ofNoun || c.unnamedSubject) continue;
    if (c.reading.pos === 'verb' && !c.lemma.inverse) {
      // «أعلن X أنه لن يسمح …»: the pronoun after أن is the reporter.
      for (let k = c.tok - 1; k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && c.tok - k < 6; k--) {
        if (!/^(ب)?ان(ه|ها|هم)$/.test(tokens[k]!.norm)) continue;
        const src = mentionsIn(doc, firstSentenceToken(doc, k), k).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined && m.entity.type !== 'GPE');
        if (src && !c.recipient.includes(src.entity.id)) {
          c.actor = [src.entity.id];
          c.actorFrom = 'source';
        }
        break;
      }
      if (c.actor.length > 0) continue;
      // «وقال برلمان الإقليم في بيان "… ندين … نطالب …"»: a verb in the first person
      // inside a quote is the speaker's, named before the quote.
      if (firstPerson(doc, c) && c.attribution === undefined) {
        const speaker = speakerBeforeQuote(doc, c.tok);
        if (speaker && !c.recipient.includes(speaker)) {
          c.actor = [speaker];
          c.actorFrom = 'source';
          continue;
        }
      }
      for (let j = idx - 1; j >= 0; j--) {
        const p = cands[j]!;
        if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok) || c.tok - p.tok > 30) break;
        if (p.actor.length > 0 && (p.reading.pos === 'verb' || p.verbAt >= 0) && !p.lemma.inverse && !dropped(p)) {
          c.actor = p.actor.filter((id) => !c.recipient.includes(id));
          c.actorFrom = 'inherited';
          break;
        }
      }
      if (c.actor.length > 0) continue;
    }
    // «أكد الوزير أن التدخلات الإيرانية … مرفوضة»: a passive participle as the predicate of
    // what a source says is the source's stance; the party of its subject is the one it is about.
    if (c.reading.pos === 'participle' && c.lemma.passiveParticiple && STANCES.has(c.type) && !c.reading.proclitics.includes('ال') && c.attribution !== undefined) {
      const a = input.attributions.find((x) => x.id === c.attribution)!;
      const src = a.source.entity ?? sourceEntity(doc, a);
      if (src) {
        c.actor = [src];
        c.actorFrom = 'source';
        if (c.recipient.length === 0) {
          const from = firstTokenAtOrAfter(tokens, a.content.start);
          const about = mentionsIn(doc, from, c.tok).find((m) => m.entity.id !== src && (isAdjective(m) ? adjectivePrep(doc, m) === undefined : prepOf(doc, m) === undefined));
          if (about) c.recipient = [about.entity.id];
        }
        continue;
      }
    }
    // The source of reported speech does what a verb without a subject tells
    // (نفى … التوقيع is the noun of such a verb); a bare noun (مقتل، المظاهرة)
    // is not the reporter's act.
    const casualty = c.reading.pos !== 'verb' && isCasualtyNoun(bare[c.tok]!);
    // Nor is an act told in the passive (قالت الوزارة إنه تم القبض على …),
    // unless the reporter denies it (نفى ناطق باسم حفتر أن يكون تم التوقيع).
    if (c.attribution !== undefined && !c.lemma.inverse && !c.inverse && !casualty && (!c.passive || c.negated) && (c.verbAt >= 0 || sourceVerbBefore(doc, c.tok))) {
      const a = input.attributions.find((x) => x.id === c.attribution)!;
      const between = mentionsIn(doc, firstTokenAtOrAfter(tokens, a.content.start), c.tok).filter((m) => !isAdjective(m) && prepOf(doc, m) === undefined);
      // The one who reports a killing is not its doer (قال المتحدث … إن 25 جنديا قتلوا);
      // the one who claims or denies an attack may be (أكد الحزب أن الهجوم الذي استهدف …).
      const reportedKilling = c.reading.pos === 'verb' && !c.negated && KILLING.has(c.lemma.label);
      // Nor is the one who points to seizures or destructions (أشار المتحدث إلى ضبط …، لفت إلى تدمير …),
      // nor the outlet an account is credited to (بحسب وكالة الأنباء) the doer of an attack or an arrest.
      const force = c.type === 'ASSAULT' || c.type === 'COERCE' || c.type === 'RETREAT';
      const pointedTo = force && c.reading.pos !== 'verb' && c.tok > 0 && TO.has(tokens[c.tok - 1]!.norm);
      // Nor is a spokesman (قالت المتحدثة باسم الشرطة … إن شبانا رشقوا …) the doer of what he reports.
      const spokesman = force && a.source.start !== undefined && a.source.end !== undefined
        && /(^|\s)(ال)?(متحدث|متحدثه|ناطق|ناطقه)(\s|$)/.test(normaliseString(input.text.slice(a.source.start, a.source.end)));
      const credited = force && (ACCORDING.test(normaliseString(input.text.slice(a.cue.start, a.cue.end))) || spokesman);
      // Nor is the source the doer of an act a charge names (كيانات متهمة بمساعدة النظام).
      const charged = c.tok > 0 && CHARGE_CUES.test(tokens[c.tok - 1]!.norm);
      if (between.length === 0 && !overtSubjectAfterThat(doc, c.tok) && !reportedKilling && !pointedTo && !credited && !charged && !c.tookPlace) {
        const src = a.source.entity ?? sourceEntity(doc, a);
        if (src && !c.recipient.includes(src)) {
          c.actor = [src];
          c.actorFrom = 'source';
        }
      } else if (c.reading.pos === 'verb' && between.length > 0) {
        const first = between[0]!;
        if (!c.recipient.includes(first.entity.id)) {
          c.actor = [first.entity.id];
          c.actorFrom = 'inherited';
        }
      }
    }
  }

  // Coordinated nouns share their actor.
  for (let idx = 1; idx < cands.length; idx++) {
    const c = cands[idx]!;
    const p = cands[idx - 1]!;
    // «عن تضامنه مع دول الخليج ووقوفه إلى جوارها»: the same possessive pronoun is the same doer.
    const samePronoun = c.reading.pronoun !== undefined && c.reading.pronoun === p.reading.pronoun && p.actor.length > 0;
    // Further on when the first noun is governed by a word of time and its doer was named
    // (في أعقاب سيطرة قوات المقاومة الشعبية … على المدينة، وطرد قوات الحوثيين).
    const far = c.tok - p.tok <= 14 && p.tok > 0 && AFTER_WORDS.has(tokens[p.tok - 1]!.norm) && p.actorFrom === 'syntax' && p.actor.length > 0
      && !tokens.slice(p.tok + 1, c.tok).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':');
    if ((c.actor.length === 0 || samePronoun) && c.reading.pos === 'noun' && p.reading.pos === 'noun' && (c.tok - p.tok <= 4 || far)
      && tokens[c.tok]!.norm.startsWith('و') && sentenceOf(doc, c.tok) === sentenceOf(doc, p.tok)) {
      c.actor = p.actor.filter((id) => !c.recipient.includes(id));
      c.actorFrom = p.actorFrom;
    }
  }

  // An act between two parties told by a noun: a clash (الاشتباكات العنيفة بين الفرقة الرابعة
  // وحزب الله), a truce or an agreement (هدنة كانت سارية منذ عامين بين سلطات أنقرة وحزب العمال):
  // the first is the actor and the second the recipient, as in «اشتبك X مع Y». A party may
  // be named by a head noun and its nisba (والجيش التركي). When only the second is named
  // (الاتفاق بين القوى الدولية وإيران), it is the actor of an agreement and the recipient of an attack.
  const partyFrom = (j: number, conj: boolean): MentionRef | undefined => {
    const t = tokens[j];
    if (!t || (conj && !/^و/.test(t.norm)) || sentenceOf(doc, j) !== sentenceOf(doc, j - 1)) return undefined;
    const m = mentionAt[j];
    if (m) return m.first === j && !isAdjective(m) ? m : undefined;
    const h = conj && t.norm.length > 2 ? bareWord(t.norm.slice(1)) : bare[j]!;
    const m2 = mentionAt[j + 1];
    return (HEAD_NOUNS.has(h) || HEAD_NOUNS.has(bare[j]!)) && m2 && m2.first === j + 1 ? m2 : undefined;
  };
  for (const c of cands) {
    if (!MUTUAL.has(c.type) || c.reading.pos === 'verb' || c.actor.length > 0) continue;
    const reach = c.type === 'ASSAULT' ? 3 : 6;
    let k = c.tok + 1;
    while (k < tokens.length && k - c.tok <= reach && !mentionAt[k] && tokens[k]!.norm !== 'بين' && !isBoundary(tokens[k]!) && !isCandidate[k]) k++;
    if (tokens[k]?.norm !== 'بين') continue;
    const a = partyFrom(k + 1, false);
    if (a) {
      const b = partyFrom(a.last + 1, true);
      if (b && b.entity.id === a.entity.id) continue;
      if (!b && c.type === 'ASSAULT' && !/^و/.test(tokens[a.last + 1]?.norm ?? '')) continue;
      c.actor = [a.entity.id];
      c.recipient = b ? [b.entity.id] : [];
      c.actorFrom = 'syntax';
      c.mutual = b !== undefined;
      continue;
    }
    // «بين القوى الدولية وإيران»: the first party unnamed.
    for (let j = k + 2; j < tokens.length && j - k <= 4 && !mentionAt[j - 1] && !isBoundary(tokens[j - 1]!); j++) {
      const b = partyFrom(j, true);
      if (!b) continue;
      if (c.type === 'ASSAULT') {
        if (c.recipient.length === 0) c.recipient = [b.entity.id];
      } else {
        c.actor = [b.entity.id];
        c.actorFrom = 'syntax';
      }
      break;
    }
  }

  // A casualty or damage noun takes the doer of the attack that caused it,
  // named right after (مقتل 23 عنصرا … بقصف لطيران التحالف، جراء غارات شنها …).
  for (const c of cands) {
    if (c.type !== 'ASSAULT' || c.actor.length > 0) continue;
    // A verb without a subject (قتل 21 شخصا في هجوم تبنته طالبان، قُتل … حين فتح عناصر من الحزب النار).
    const cause = cands.find((d) => d !== c && d.type === 'ASSAULT' && d.tok > c.tok && d.tok - c.tok <= 10
      && sentenceOf(doc, d.tok) === sentenceOf(doc, c.tok) && d.actor.length > 0 && !d.mutual
      && (/^(و)?ب/.test(d.reading.proclitics) || CAUSE_BEFORE.has(tokens[d.tok - 1]!.norm)));
    if (cause) {
      c.actor = cause.actor.filter((id) => !c.recipient.includes(id));
      c.actorFrom = 'inherited';
    }
  }

  // A condemnation or a charge whose object is an act (دانت قيادة الإقليم القصف الذي شنته
  // الطائرات التركية، أدانت المنامة استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين):
  // the one who did the act is the one condemned.
  for (const [idx, c] of cands.entries()) {
    if (c.type !== 'ACCUSE') continue;
    const d = cands[idx + 1];
    if (!d || d.reading.pos === 'verb' || d.tok - c.tok > 12 || sentenceOf(doc, d.tok) !== sentenceOf(doc, c.tok) || d.actor.length === 0 || d.actorFrom === 'source') continue;
    if (tokens.slice(c.tok + 1, d.tok).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':' || QUOTE_OPEN.has(t.norm))) continue;
    // Not the reason after a party named as the object (أدانت مصر إيران لهجومها).
    if (/^(و)?ل/.test(d.reading.proclitics)) continue;
    const doers = d.actor.filter((id) => !c.actor.includes(id));
    if (doers.length > 0) c.recipient = doers;
  }

  // Liberation (تحرير محافظة عدن من ميليشيات الحوثي، بعد تحريرها من المتمردين): the place freed
  // is no party; the ones driven out, named after من, are its recipient.
  for (const c of cands) {
    if (c.type !== 'ASSAULT' || !LIBERATE.has(normaliseString(c.lemma.label))) continue;
    const place = (id: string) => {
      const t = input.entities.find((e) => e.id === id)?.type;
      return t === 'GPE' || t === 'LOC';
    };
    const freed = c.recipient.filter(place);
    if (freed.length > 0) c.freed = true;
    c.recipient = c.recipient.filter((id) => !place(id));
    if (c.recipient.length > 0) continue;
    const end = forwardEnd(doc, c.tok, 10);
    const from = mentionsIn(doc, c.tok + 1, end).find((m) => !isAdjective(m) && prepOf(doc, m) === 'من' && !place(m.entity.id) && !c.actor.includes(m.entity.id));
    if (from) c.recipient = coordinated(doc, from, end).ids.filter((id) => !place(id) && !c.actor.includes(id) && !freed.includes(id));
  }

  /** «جرى خلاله»، «وتم خلال اللقاء» right before token k. */
  function duringMeeting(k: number): boolean {
    const done = (j: number) => j >= 0 && /^(و)?(جري|تم|يتم|يجري)$/.test(tokens[j]!.norm);
    const w1 = tokens[k - 1]?.norm ?? '';
    if (/^خلال(ه|ها|هما)$/.test(w1)) return done(k - 2);
    return k >= 3 && tokens[k - 2]!.norm === 'خلال' && tokens[k - 1]!.kind === 'word' && done(k - 3);
  }

  /** A movement's head noun, then at most three definite words, right before token k. */
  function movementName(k: number): boolean {
    for (let j = k - 1; j >= 0 && k - j <= 4 && sentenceOf(doc, j) === sentenceOf(doc, k); j--) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || isCandidate[j]) return false;
      if (MOVEMENTS.has(t.norm.replace(/^(و|ف|ب|ل)(?=..)/, ''))) return j < k - 1;
      if (!/^ال/.test(t.norm)) return false;
    }
    return false;
  }

  // 5. Filters and merges.
  const entityById = new Map(input.entities.map((e) => [e.id, e]));
  const kept: Candidate[] = [];
  const seenNoun = new Set<number>();
  let request: { tok: number; type: PloverType; end: number } | undefined;
  /** Circumstances kept right after a call (خلال لقائه). */
  const asides = new Set<Candidate>();
  /** The last token a call's asked-for act reaches (دعا إلى شن مزيد من هجمات). */
  let asked: number | undefined;
  /** The last discussion dropped as the purpose of a meeting (لمناقشة …، وأيضا مناقشة …). */
  let droppedPurpose: number | undefined;
  for (const [ci, c] of cands.entries()) {
    if (c.lemma.needArg && c.actor.length === 0 && c.recipient.length === 0 && !c.freed) continue;
    // A ship, a plane, aid, troops or a body that arrives pays no visit.
    if (c.type === 'CONSULT' && arrivalOf(c) !== undefined) continue;
    if (c.lemma.needRecipient && !c.recipient.some((id) => c.lemma.needRecipient!.has(entityById.get(id)?.type ?? ''))) continue;
    if (c.reading.pos !== 'verb') {
      // The complement a previous trigger asks for (رفع العقوبات، علقت محادثات) is not an event of its own.
      const p = cands[ci - 1];
      // An intransitive verb takes none: its `next` words are cues (تجمعوا للتنديد).
      if (p && p.type !== c.type && p.lemma.next.size > 0 && !p.lemma.intransitive && c.tok - p.tok <= p.lemma.nextWindow && sentenceOf(doc, p.tok) === sentenceOf(doc, c.tok)
        && (p.lemma.next.has(bare[c.tok]!) || p.lemma.next.has(tokens[c.tok]!.norm))) continue;
      // «حركة النضال العربي لتحرير الأحواز»، «الجبهة الشعبية لتحرير …»: a purpose masdar after the
      // name of a movement and its adjectives is part of the movement's name.
      if (/^ل/.test(c.reading.proclitics) && movementName(c.tok)) continue;
      // «وجرى خلال الاتصال بحث …»، «جرى خلاله مناقشة …»: what was discussed during a meeting is no meeting of its own
      // (nor a call: بحث read as ب + حث).
      if ((c.type === 'CONSULT' || c.type === 'REQUEST') && duringMeeting(c.tok)) continue;
      // A definite event noun as the genitive of a head noun names a party (سجون الاحتلال، قوات الاحتلال).
      if (c.reading.pos === 'noun' && c.tok > 0 && c.reading.proclitics === 'ال' && HEAD_NOUNS.has(bare[c.tok - 1]!) && !mentionAt[c.tok - 1]) continue;
      // A definite noun that takes up an event already told, with no arguments of its own.
      const again = seenNoun.has(c.lemma.index);
      seenNoun.add(c.lemma.index);
      // A purpose right after a new act (تجمعوا للتنديد) is not a taking up.
      const purposeOfNew = c.tok > 0 && isCandidate[c.tok - 1] && /^ل/.test(c.reading.proclitics);
      if (again && !purposeOfNew && /ال$/.test(c.reading.proclitics) && c.actor.length === 0 && c.recipient.length === 0) {
        // «أجرى الوزير مباحثات … وقال إن المباحثات كانت مثمرة»: a meeting taken up as the subject
        // of what is said about it is told again, by the parties of the meeting it takes up.
        const subjectOfClause = c.tok > 0 && /^(و)?(ب)?(ان|لكن)$/.test(tokens[c.tok - 1]!.norm);
        if (c.type !== 'CONSULT' || !subjectOfClause) continue;
        const earlier = [...kept].reverse().find((k) => k.lemma.index === c.lemma.index);
        if (earlier && earlier.actor.length > 0) {
          c.actor = [...earlier.actor];
          c.recipient = [...earlier.recipient];
          c.actorFrom = 'inherited';
        }
      }
    }
    // A verb's event taken up later by its definite noun (هاجم انتحاريان … وأسفر الهجوم) is one event.
    if (c.reading.pos === 'verb') seenNoun.add(c.lemma.index);
    // A message of condolence or congratulation (بعث … برقية عزاء) is a courtesy, none of the contacts CONSULT names.
    if (c.type === 'CONSULT' && courtesyMessage(c.tok)) continue;
    if (c.reading.pos !== 'verb' && c.tok > 0 && (DEMONSTRATIVES.has(tokens[c.tok - 1]!.norm) || DEMONSTRATIVES.has(tokens[c.tok - 1]!.norm.replace(/^(و|ف)(?=..)/, '')))) continue;
    const prev0 = kept[kept.length - 1];
    // A participle of signing qualifying an agreement noun (بالاتفاق النووي الإيراني الموقع بين …)
    // tells that the agreement was made: one event, on the participle.
    if (c.type === 'AGREE' && c.reading.pos === 'participle' && c.lemma.prev.size > 0 && prev0 && prev0.type === 'AGREE'
      && prev0.reading.pos === 'noun' && c.tok - prev0.tok <= c.lemma.prevWindow && sentenceOf(doc, prev0.tok) === sentenceOf(doc, c.tok)) {
      if (c.actor.length === 0) c.actor = prev0.actor;
      if (c.recipient.length === 0) c.recipient = prev0.recipient;
      kept[kept.length - 1] = c;
      continue;
    }
    // Demonstrators named among others (اعتقلت لين ومتظاهرين آخرين، صدامات بين قوات الأمن ومتظاهرين): participants, not an event.
    if (c.type === 'PROTEST' && c.reading.pos === 'participle' && c.reading.proclitics.startsWith('و')) continue;
    // «احتجاجا على …» after a protest already told restates its purpose.
    if (c.type === 'PROTEST' && /^احتجاجا$/.test(bare[c.tok]!) && kept.some((k) => k.type === 'PROTEST' && sentenceOf(doc, k.tok) === sentenceOf(doc, c.tok))) continue;
    const last = kept[kept.length - 1];
    // A circumstance kept right after a call (ودعا الرئيس خلال لقائه … إلى زيارة عدن) stands aside:
    // what follows is still measured against the call.
    const call = last && asides.has(last) ? kept[kept.length - 2] : last;
    // «العقوبات الجديدة تستهدف أربعة أفراد»: a verb of targeting right after another kind of event
    // noun tells that event's reach, not an attack.
    if (c.type === 'ASSAULT' && c.reading.pos === 'verb' && TARGETING.has(c.lemma.label)) {
      const next = cands[ci + 1];
      const nounOf = (n: Candidate | undefined, a: number, b: number) => n !== undefined && n.reading.pos === 'noun' && n.type !== 'ASSAULT'
        && b - a <= 3 && sentenceOf(doc, a) === sentenceOf(doc, b) && !tokens.slice(a + 1, b).some((t) => isBoundary(t));
      // (العقوبات تستهدف، وتستهدف العقوبات)
      if ((last && nounOf(last, last.tok, c.tok)) || (next && nounOf(next, c.tok, next.tok) && next.tok - c.tok <= 2)) continue;
      // «سلسلة مداهمات في 13 محافظة استهدفت عناصر التنظيم»: past a place, the targeted are the noun's recipients.
      if (last && last.reading.pos === 'noun' && last.type !== 'ASSAULT' && c.tok - last.tok <= 6 && sentenceOf(doc, last.tok) === sentenceOf(doc, c.tok)
        && !tokens.slice(last.tok + 1, c.tok).some((t) => isBoundary(t)) && tokens[last.tok + 1]?.norm === 'في') {
        if (last.recipient.length === 0) {
          const end = forwardEnd(doc, c.tok, 14);
          const first = unmarkedAfter(doc, c.tok, end, 4)[0];
          if (first) last.recipient = coordinated(doc, first, end).ids.filter((id) => !last.actor.includes(id));
        }
        continue;
      }
    }
    // «وصل الوزير إلى بغداد أمس في زيارة»: the visit noun after a verb of travel, as its
    // circumstance (في، ب), tells the same visit; one event, on the noun, with the verb's parties.
    if (c.type === 'CONSULT' && c.reading.pos === 'noun' && c.lemma.mode === 'visit' && last && last.type === 'CONSULT' && last.lemma.mode === 'visit'
      && last.reading.pos === 'verb' && c.tok - last.tok <= 12 && sentenceOf(doc, last.tok) === sentenceOf(doc, c.tok)
      && (tokens[c.tok - 1]!.norm === 'في' || /ب/.test(c.reading.proclitics))) {
      c.actor = last.actor;
      if (last.recipient.length > 0) c.recipient = last.recipient;
      kept[kept.length - 1] = c;
      continue;
    }
    // «عقد اجتماعا مع سموه … وجرى بحث العلاقات»، «كما تم بحث المستجدات»: a discussion told in the
    // passive after a meeting restates the meeting's topic.
    if (c.type === 'CONSULT' && c.lemma.mode === undefined && c.tok > 0
      && (lex.passiveAux.has(tokens[c.tok - 1]!.norm) || lex.passiveAux.has(tokens[c.tok - 1]!.norm.replace(/^(و|ف)/, '')))
      && kept.some((k) => k.type === 'CONSULT' && k !== c && c.tok - k.tok <= 60 && sentenceOf(doc, c.tok) - sentenceOf(doc, k.tok) <= 2)) continue;
    // «يلتقي الرئيس بقادة المنطقة لمناقشة قضية …، وأيضا مناقشة …»: the discussion a meeting is held for
    // restates it; «ناقش الرئيس … خلال مباحثات مع …»: the talks during which a discussion took place are the same event.
    if (c.type === 'CONSULT' && c.reading.pos === 'noun' && !/ال$/.test(c.reading.proclitics)) {
      const held = [...kept].reverse().find((k) => k.type === 'CONSULT' && sentenceOf(doc, k.tok) === sentenceOf(doc, c.tok) && c.tok - k.tok <= 25);
      const topical = (x: Candidate) => x.lemma.label === 'بحث' || x.lemma.label === 'ناقش';
      if (held && topical(c) && (/^ل/.test(c.reading.proclitics) || (droppedPurpose !== undefined && c.tok - droppedPurpose <= 6))) {
        droppedPurpose = c.tok;
        continue;
      }
      if (held && held.reading.pos === 'verb' && topical(held) && c.tok - held.tok <= 10 && DURING.has(tokens[c.tok - 1]?.norm ?? '')) {
        if (held.recipient.length === 0) held.recipient = c.recipient.filter((id) => !held.actor.includes(id));
        continue;
      }
    }
    // «اتفاق سيسمح بإلغاء الرسوم»، «رفع تعليقا … ليسمح بتسليم أسلحة»: what an agreement or a decision
    // allows is its content, no concession of its own.
    if (c.type === 'CONCEDE' && c.reading.pos === 'verb' && !c.negated && c.lemma.label === 'سمح'
      && (/ل$/.test(c.reading.proclitics) || (c.tok > 0 && candAt.get(c.tok - 1)?.reading.pos === 'noun'))) continue;
    // «استدعت سفيرها لدى إيران للتشاور»: the consultations an ambassador is recalled for are no event of their own.
    if (c.type === 'CONSULT' && c.reading.pos === 'noun' && /^ل/.test(c.reading.proclitics) && last && last.mode === 'recall'
      && c.tok - last.tok <= 6 && sentenceOf(doc, last.tok) === sentenceOf(doc, c.tok)) continue;
    // What a call or a threat asks for, also past an aside (دعا التنظيم، الذي …، إلى شن هجمات;
    // طالب في رسالة …، بمهاجمة أميركا; هدد بشن هجمات): the act it asks for is not an event.
    if (c.type !== 'REQUEST' && c.type !== 'THREATEN' && call && (call.type === 'REQUEST' || call.type === 'THREATEN')
      && call.reading.pos !== 'participle' && sentenceOf(doc, call.tok) === sentenceOf(doc, c.tok) && c.tok - call.tok <= 30) {
      const before = c.tok > 0 ? tokens[c.tok - 1]!.norm : '';
      const masdar = c.reading.pos !== 'verb' || TO.has(before);
      const introduced = TO.has(before) || (c.reading.pos === 'noun' && /^(و|ف)?(ب|ل)/.test(c.reading.proclitics))
        || (c.reading.pos !== 'verb' && c.tok > 1 && TO.has(tokens[c.tok - 2]!.norm) && !isBoundary(tokens[c.tok - 1]!));
      if (masdar && (introduced || (asked !== undefined && c.tok <= asked))) {
        call.mode ??= c.type.toLowerCase();
        asked = c.tok + 4;
        continue;
      }
    }
    if (c.reading.pos !== 'verb' && c.tok > 0 && /^(و|ل|ب)?اي$/.test(tokens[c.tok - 1]!.norm)) continue;
    if (call && c.reading.pos !== 'verb' && (call.type === 'REQUEST' || call.type === 'THREATEN') && c.tok - call.tok <= 4 && sentenceOf(doc, call.tok) === sentenceOf(doc, c.tok)
      && !CIRCUMSTANCE.has(tokens[c.tok - 1]?.norm ?? '') && !DURING.has(tokens[c.tok - 1]?.norm ?? '')) {
      call.mode ??= c.type.toLowerCase();
      continue;
    }
    if (call && call === last && c.reading.pos !== 'verb' && (call.type === 'REQUEST' || call.type === 'THREATEN') && sentenceOf(doc, call.tok) === sentenceOf(doc, c.tok)
      && (CIRCUMSTANCE.has(tokens[c.tok - 1]?.norm ?? '') || DURING.has(tokens[c.tok - 1]?.norm ?? ''))) asides.add(c);
    const prev = last;
    // What a request asks for, further on in its clause (دعا إسرائيل إلى وقف خططها لهدم منازل),
    // is not an event of its own; a circumstance (خلال اجتماعه) is.
    if (request && c.reading.pos !== 'verb' && c.type !== request.type && c.tok < request.end && sentenceOf(doc, c.tok) === sentenceOf(doc, request.tok)
      && !CIRCUMSTANCE.has(tokens[c.tok - 1]?.norm ?? '') && !(c.actor.length > 0 && c.actorFrom === 'syntax')) continue;
    if (c.reading.pos === 'verb') request = undefined;
    if ((c.type === 'REQUEST' || c.type === 'THREATEN') && c.reading.pos !== 'participle') request = { tok: c.tok, type: c.type, end: forwardEnd(doc, c.tok, 12) };
    const argless = c.reading.pos !== 'verb' && c.actor.length === 0 && c.recipient.length === 0;
    const caused = c.reading.pos !== 'verb' && c.tok > 0 && CAUSE_AFTER.has(tokens[c.tok - 1]!.norm);
    // A casualty and the attack that caused it are two events (لقي مصرعه بانفجار).
    const afterCasualty = prev !== undefined && prev.lemma !== c.lemma && isCasualtyNoun(bare[prev.tok]!);
    // So are an attack and the killing it caused, in either order (انفجار قتل فيه، قتل تفجيران، الهجوم الذي أوقع 30 قتيلا).
    // Not an attack after «بعد», which tells the order of the two, not that one caused the other.
    const attackAndToll = prev !== undefined && prev.type === 'ASSAULT' && TOLL.has(prev.lemma.label) !== TOLL.has(c.lemma.label)
      && !(c.tok > 0 && /^(و)?بعد$/.test(tokens[c.tok - 1]!.norm));
    // A verb joined by و or ف opens a clause of its own (شن غارات وقصف مواقع، اعتقلت أربعة رجال وضبطت): another act.
    const coordinatedVerb = c.reading.pos === 'verb' && /^(و|ف)/.test(c.reading.proclitics);
    // Two acts told by coordinated nouns (بحرق وقتل عائلة) are two events.
    const coordinatedNouns = prev !== undefined && prev.lemma !== c.lemma && prev.reading.pos === 'noun' && c.reading.pos === 'noun' && /^و/.test(c.reading.proclitics)
      && (c.type === 'ASSAULT' || c.type === 'COERCE');
    // Repelling an attack (صد الجيش هجوما للمتمردين) and the attack are two events with the
    // parties crossed: the attackers are repelled, the defenders attacked.
    const repelled = prev !== undefined && prev.type === 'ASSAULT' && c.type === 'ASSAULT' && c.reading.pos === 'noun' && REPEL.has(normaliseString(prev.lemma.label))
      && sentenceOf(doc, prev.tok) === sentenceOf(doc, c.tok) && c.tok - prev.tok <= prev.lemma.nextWindow;
    if (repelled) {
      if (c.recipient.length === 0) c.recipient = prev.actor.filter((id) => !c.actor.includes(id));
      if (prev.recipient.length === 0) prev.recipient = c.actor.filter((id) => !prev.actor.includes(id));
    }
    // An act told in a clause of time after another (وقعت الاشتباكات بعدما أطلق مسلحون النار) is another event.
    const subordinate = prev !== undefined && c.reading.pos === 'verb' && tokens.slice(prev.tok + 1, c.tok).some((t) => SUBORDINATORS.has(t.norm));
    // A noun with a doer of its own, other than the verb's (استنكر عسيري اتهامات المنظمة للتحالف), is another act.
    const otherDoer = prev !== undefined && c.reading.pos !== 'verb' && prev.lemma !== c.lemma && prev.actor.length > 0 && c.actor.length > 0
      && c.actorFrom === 'syntax' && !c.actor.some((id) => prev.actor.includes(id));
    if (prev && prev.type === c.type && !caused && !afterCasualty && !attackAndToll && !coordinatedVerb && !coordinatedNouns && !repelled && !subordinate && !otherDoer && sentenceOf(doc, prev.tok) === sentenceOf(doc, c.tok)
      && ((c.tok - prev.tok <= 3 && (prev.reading.pos === 'verb' || c.tok - prev.tok === 1 || c.reading.pos === 'verb'
        || (c.tok - prev.tok === 2 && tokens[c.tok - 1]!.norm === 'و')))
        || (argless && prev.reading.pos === 'verb' && forwardEnd(doc, prev.tok, 18) > c.tok))) {
      // One event told by a verb and its noun (وقع اتفاقية، شن هجوما).
      if (prev.actor.length === 0 || (prev.actorFrom !== 'syntax' && c.actorFrom === 'syntax')) prev.actor = c.actor;
      if (prev.recipient.length === 0) prev.recipient = c.recipient;
      prev.location ??= c.location;
      if (c.mode !== undefined && (prev.mode === undefined || prev.mode === prev.lemma.mode)) prev.mode = c.mode;
      for (const q of c.quantities) if (!prev.quantities.includes(q)) prev.quantities.push(q);
      continue;
    }
    kept.push(c);
  }

  return kept.map((c, n): IsnadEvent => {
    const t = tokens[c.tok]!;
    const ev: IsnadEvent = {
      id: `v${n + 1}`,
      type: c.type,
      trigger: { start: t.start, end: t.end },
      actor: c.actor,
      // A party never acts on itself here: a recipient the actor already names is dropped.
      recipient: c.recipient.filter((id) => !c.actor.includes(id)),
      negated: c.negated,
    };
    if (c.mode !== undefined) ev.mode = c.mode;
    if (c.location !== undefined) ev.location = c.location;
    if (c.time !== undefined) ev.time = c.time;
    if (c.attribution !== undefined) ev.attribution = c.attribution;
    if (c.quantities.length > 0) ev.quantities = c.quantities;
    if (c.future) ev.future = true;
    if (c.conditional) ev.conditional = true;
    return ev;
  });
}

export type { Span };
