/**
 * Stage 2: each candidate's actor and recipient from its own clause: the
 * subject before or after the verb, the genitive of an event noun, the
 * objects marked by the lemma's prepositions, the passive's agent.
 */
import { candidateType, type Doc, firstSentenceToken, forwardEnd, isAdjective, lightKind, mentionsIn, sentenceOf } from './context.js';
import {
  APPOSITION_HEADS, CHARGE_CUES, CIRCUMSTANCE, DAY_WORDS, DURING, HEAD_NOUNS, IN_VERBS, isBoundary, isCasualtyNoun, NEGATORS, PERSON_TYPES,
  PREP_PRONOUN, QUOTE_CLOSE, QUOTE_OPEN, TITLES,
} from './lexicon-sets.js';
import {
  antecedent, appositivePerson, coordinated, coordinatedBackward, countedParty, inApposition, isLocative, nearestBefore, prepOf,
} from './mentions.js';
import { relativeSubjectBefore } from './relative-subject.js';
import { expressedBy, mainSubject, overtSubjectAfterThat, pronounSubject } from './reporting.js';
import {
  agentAfterComma, claimedBy, firstPerson, governingGenitive, isPassiveVerb, markedAfter, objectNisba,
  objectWithLAfter, prepPronounAfter, relativeSubject, subjectAfter, subjectBefore, subjectBetweenKanaAndQad, unmarkedAfter,
} from './subjects.js';
import type { MentionRef } from './types.js';
import { bothPartiesAfter } from './both-parties.js';
import { creditedAsideStart } from './credited-aside.js';
import { isCondolence } from './condolence.js';
import { directedAt } from './directed-at.js';
import { enteredInto } from './entered-into.js';
import { exposedTo } from './exposed-to.js';
import { forceBefore } from './military-victory.js';
import { objectAfterPluralVerb, pluralSubjectEnding } from './plural-verb.js';
import { organisedProtest } from './protest-organiser.js';
import { subjectBeforeObject } from './subject-before-object.js';
import { titledObject } from './titled-object.js';
import { objectAfterComma } from './object-after-comma.js';
import { titledObjectAfterNoun } from './possessive-meeting.js';
import { stripVerbAffixes } from './words.js';
import { subjectOfRelativeAfter } from './subject-relative.js';
import { placeInGenitive } from './place-genitive.js';
import { completeSubjectBefore } from './complete-subject.js';
import { lightVerbHasOtherObject } from './light-object.js';
import { countedPassive } from './counted-passive.js';
import { manAfterFeminineVerb } from './verb-gender-clash.js';

/** Stage 2: the actor and recipient each candidate's own clause names. */
export function findArguments(doc: Doc): void {
  const { lex, tokens, bare, mentionAt, isCandidate, cands, candAt } = doc;
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
      && stripVerbAffixes(t.norm).some((x) => IN_VERBS.has(x)))
      || tokens.slice(Math.max(0, i - 9), i - 1).some((_, n) => enteredInto(doc, Math.max(0, i - 9) + n, c) || organisedProtest(doc, Math.max(0, i - 9) + n, c));
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
          // «ترأس رئيس هيئة الأركان، اللواء الركن محمد المقدشي أمس اجتماعا»: a comma between an
          // office and the titled name of the one who holds it.
          if (comma && titledNameAfter(doc, k, i)) continue;
          // «كثف التحالف، الجمعة بحسب سكاي نيوز، غاراته»: past the outlet an account is credited to.
          const credited = comma ? creditedAsideStart(doc, k) : undefined;
          if (credited !== undefined) {
            k = credited;
            continue;
          }
          break;
        }
        // «قدم تعازيه في ضحايا هجوم»: the one who condoles is no doer of the act mourned.
        if (isCondolence(tokens[k]!.norm)) break;
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
        if (lk === 'active' && lightVerbHasOtherObject(doc, k)) break;
        // «دخل الأسير في إضراب»: دخل before في supports the noun.
        if (lk === undefined && (enteredInto(doc, k, c) || organisedProtest(doc, k, c))) lk = 'active';
        // «تعرضت الوزيرة لانتقادات»: تعرض before an act noun with ل receives it.
        if (lk === undefined && exposedTo(doc, k, c)) lk = 'inverse';
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
    // «ولم تعلن حركة طالبان مسؤوليتها عن هجوم»: a claim of responsibility that is denied names no doer.
    if (verbAt >= 0 && verbAt !== i && verbAt > 0 && NEGATORS.has(tokens[verbAt - 1]!.norm)
      && tokens.slice(verbAt + 1, i).some((t) => /^(مسؤولي|مسوولي|مسئولي)/.test(t.norm))) {
      verbAt = -1;
      c.unclaimed = true;
    }
    c.verbAt = verbAt;
    const passiveVerb = c.reading.pos === 'verb' && isPassiveVerb(doc, i);
    if (passive || passiveVerb) c.passive = true;
    if (inverse) c.inverse = true;
    const roles = { agent: [] as string[], patient: [] as string[] };
    // The doer named in a relative clause of the noun (لاعتداءات شنتها بوكو حرام، الهجوم الذي
    // تبنته X): the doer also when the noun is received (تعرضت القرى لاعتداءات شنتها …).
    let relativeDoer: string[] = [];
    let subjectGiven = false;
    if (verbAt >= 0) {
      const hasObjPronoun = verbAt === i ? c.reading.pronoun !== undefined : false;
      // «الميناء الذي تسيطر عليه المقاومة»: the pronoun on a preposition right after the verb is
      // the antecedent; the subject is named after it.
      const prepResumptive = verbAt === i && i + 1 < tokens.length && PREP_PRONOUN.test(tokens[i + 1]!.norm);
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
      // A doer named after the verb of a relative clause (المعسكر الذي هاجمه الجيش).
      const takeDoerAfter = (doer: MentionRef) => {
        c.subjectAfter = doer;
        roles.agent.push(...coordinated(doc, doer, vEnd).ids);
      };
      if (before.m) {
        const doerAfter = before.relative && prepResumptive && !hasObjPronoun ? subjectAfter(doc, verbAt + 1, vEnd) : undefined;
        if (before.relative && hasObjPronoun) {
          roles.patient.push(before.m.entity.id);
          // «المعسكر الذي هاجمه الجيش»: the subject is named after the verb.
          const doer = subjectAfter(doc, verbAt, vEnd);
          if (doer && doer.entity.id !== before.m.entity.id) {
            takeDoerAfter(doer);
            subjectGiven = true;
          }
        } else if (doerAfter && doerAfter.entity.id !== before.m.entity.id) {
          takeDoerAfter(doerAfter);
          if (!c.lemma.intransitive) roles.patient.push(before.m.entity.id);
          subjectGiven = true;
        } else {
          roles.agent.push(...coordinatedBackward(doc, before.m));
          subjectGiven = true;
        }
        const after = unmarkedAfter(doc, verbAt === i ? i : i, vEnd, 6);
        if (after[0] && !c.lemma.intransitive && roles.patient.length === 0) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
      } else if (before.relative) {
        const after = unmarkedAfter(doc, verbAt, vEnd, 5);
        // «الألغام التي زرعها الحوثيون»: a pronoun on the verb is the antecedent as its object;
        // the subject is named after the verb.
        const doer = hasObjPronoun ? subjectAfter(doc, verbAt, vEnd) ?? after[0] : undefined;
        if (doer) {
          takeDoerAfter(doer);
        } else if (verbAt === i) {
          // «الجهة التي تمول حفتر»: the unnamed antecedent is the subject.
          c.unnamedSubject = true;
        }
        if (after[0] && !c.lemma.intransitive && !hasObjPronoun) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
        subjectGiven = true;
      } else if (verbAt === i && (firstPerson(doc, c) || overtSubjectAfterThat(doc, i) || subjectBetweenKanaAndQad(doc, i))) {
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
        // «أوضح المدير أن التنظيم كان …، إلا أنه قام باعتقال»: after a contrast the pronoun goes on with the
        // subject of the clause before it, named right after its أن.
        let contrasted: MentionRef | undefined;
        if (k > 0 && /^(الا|غير)$/.test(tokens[k - 1]!.norm)) {
          for (let j = k - 2; j > 0 && sentenceOf(doc, j) === sentenceOf(doc, k); j--) {
            if (!/^(و)?(ان|بان)$/.test(tokens[j]!.norm)) continue;
            const m = mentionAt[j + 1];
            if (m && m.first === j + 1 && !isAdjective(m) && !isLocative(doc, m)) contrasted = m;
            break;
          }
        }
        const ref = contrasted ?? mentionsIn(doc, firstSentenceToken(doc, k), k).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m));
        if (ref) roles.agent.push(...coordinated(doc, ref, k).ids);
        subjectGiven = true;
        const after = unmarkedAfter(doc, verbAt, vEnd, 5).filter((m) => !roles.agent.includes(m.entity.id));
        if (after[0] && !c.lemma.intransitive && c.reading.pos === 'verb' && !hasObjPronoun) roles.patient.push(...coordinated(doc, after[0], vEnd).ids);
      } else if (verbAt === i && !passiveVerb && pluralSubjectEnding(doc, c)) {
        // «خرج المتظاهرون يطالبون الحكومة الأردنية بالإصلاح»: the plural ending is the subject; the name after it the object.
        const obj = objectAfterPluralVerb(doc, i, unmarkedAfter(doc, verbAt, vEnd, 5));
        if (obj && !c.lemma.intransitive && !hasObjPronoun) roles.patient.push(...coordinated(doc, appositivePerson(doc, obj), vEnd).ids);
      } else if (verbAt === i && bothPartiesAfter(doc, c)) {
        // «وناقش الرئيسان مسائل …»: the subject names both parties (found in stage 4), and what
        // they discussed is no party of the act.
      } else {
        const after = unmarkedAfter(doc, verbAt, vEnd, 5);
        const named = subjectAfter(doc, verbAt, vEnd);
        // «هاجمت امرأتان مسلحتان أمس القنصلية»: a complete unnamed subject before the name (extract/complete-subject.ts).
        if (!named && after[0] && !doc.unnamedHeadAfter && completeSubjectBefore(doc, verbAt, after[0])) doc.unnamedHeadAfter = true;
        let subj = named ?? (doc.unnamedHeadAfter ? undefined : after[0]);
        // «قوات الاحتلال اقتحمت منزل فلاح …»: a man after a feminine verb is its object (extract/verb-gender-clash.ts).
        if (subj && verbAt === i && c.reading.pos === 'verb' && manAfterFeminineVerb(doc, c, subj)) {
          subj = undefined;
          doc.unnamedHeadAfter = true;
        }
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
          const free = (m: MentionRef) => m.first > co.last && !co.ids.includes(m.entity.id) && !isLocative(doc, m)
            && (!inApposition(doc, co.last, m) || titledObject(doc, subj, co.last, m)) && !newClause(m)
            && !subjectOfRelativeAfter(doc, co.last + 1, m.first);
          const found = after.find(free)
            ?? mentionsIn(doc, co.last + 1, vEnd).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined && free(m));
          // «وطالب عادل الجبير، إيران بوقف …»: the object past a comma after the subject (extract/object-after-comma.ts).
          const obj = found ? appositivePerson(doc, found) : objectAfterComma(doc, co.last, vEnd, co.ids);
          if (obj && !c.lemma.intransitive && c.reading.pos === 'verb' && !hasObjPronoun) roles.patient.push(...coordinated(doc, obj, forwardEnd(doc, obj.last, 8)).ids);
        }
      }
    }
    // «قتل تسعة جنود من قوات الجيش في هجوم شنه مسلحو التنظيم»: past the counted victims no party is an object.
    if (passiveVerb && countedPassive(doc, c)) roles.patient.length = 0;
    // «أطلق جندي إسرائيلي النار»: a noun and its nisba before the object are the subject.
    if (verbAt === i && roles.agent.length === 0 && (c.type === 'ASSAULT' || c.type === 'COERCE') && !subjectGiven) {
      const s = subjectBeforeObject(doc, i, forwardEnd(doc, i, 14));
      if (s) {
        roles.agent.push(s.entity.id);
        subjectGiven = true;
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
      // A nisba right after the noun is its doer, except for nouns whose genitive is their object (الاعتداءات الإسرائيلية)
      // unless the object follows with ل (الغزو العراقي للكويت).
      const lAfter = (m: MentionRef) => {
        const n = mentionAt[m.last + 1];
        return (n !== undefined && n.first === m.last + 1 && !isAdjective(n) && prepOf(doc, n) === 'ل') || objectWithLAfter(doc, m.last, end);
      };
      const nisbaOfObject = g !== undefined && g.first === gi && isAdjective(g) && gi === i + 1 && c.lemma.genitive === 'recipient';
      const nisbaDoer = nisbaOfObject && g !== undefined && !passive && lAfter(g);
      if (nisbaOfObject && !nisbaDoer) g = undefined;
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
        // A party named with ل right after the genitive is that object too (اتهامات المنظمة للتحالف، استهداف الحوثيين للسعودية).
        const lParty = mentionAt[co.last + 1];
        const partyWithLAfter = lParty !== undefined && lParty.first === co.last + 1 && co.last + 1 < end && !isAdjective(lParty) && prepOf(doc, lParty) === 'ل';
        const doerGenitive = nisbaDoer || (c.lemma.genitive === 'recipient' && !passive && !isAdjective(g) && !mannerObject && !charged && (objectWithLAfter(doc, co.last, end) || partyWithLAfter));
        if (doerGenitive) {
          if (roles.agent.length === 0) roles.agent.push(...ids);
          if (partyWithLAfter && roles.patient.length === 0) roles.patient.push(...coordinated(doc, lParty, end).ids);
        } else if (passive || c.lemma.genitive === 'recipient' || mannerObject || charged) {
          if (roles.patient.length === 0) roles.patient.push(...ids);
        } else if (roles.agent.length === 0) {
          roles.agent.push(...ids);
          // A town in the genitive is the place of the act (معارك عدن، لقاء جنيف; extract/place-genitive.ts).
          if (placeInGenitive(g)) c.placeNamed = [...ids];
        }
      }
      // «مقتل 15 عنصرا من داعش»: the victims' party after a count in the genitive.
      if (!g && c.type === 'ASSAULT' && c.lemma.genitive === 'recipient' && !c.reading.pronoun && roles.patient.length === 0) {
        const party = countedParty(doc, i, end);
        if (party) roles.patient.push(party.entity.id);
      }
      if (c.reading.pronoun && roles.agent.length === 0 && roles.patient.length === 0) {
        // A possessive on the masdar: its doer (زيارته), or its object (اتهامه
        // alone); with an object named right after, the pronoun is the doer
        // (اتهامه بيونجيانج).
        // «التقى كارتر بارزاني في اليوم الثاني من زيارته للعراق»، «ودعا الرئيس خلال لقائه …»:
        // the pronoun of a meeting or a visit told as a circumstance is the main clause's subject.
        const main = c.type === 'CONSULT' && (c.reading.pronoun === 'ه' || c.reading.pronoun === 'ها') ? mainSubject(doc, i) : undefined;
        // «لتعزز المقاومة … انتصاراتها»: a victory is the force's (extract/military-victory.ts).
        const force = c.lemma.label === 'انتصار' ? forceBefore(doc, i) : undefined;
        const nearest = main ?? force ?? antecedent(doc, i, c.reading.pronoun, []);
        // «كثفت طائرات التحالف الذي تقوده المملكة غاراتها»: not the relative clause's subject.
        const ref = nearest && !main && !force && relativeSubjectBefore(doc, nearest, i)
          ? antecedent(doc, nearest.first - 2, c.reading.pronoun, []) ?? nearest : nearest;
        // «ناديي الهلال والنصر واتفاقهما»: a dual or plural pronoun stands for all the names
        // coordinated up to its antecedent.
        const refIds = ref && !main && (c.reading.pronoun === 'هما' || c.reading.pronoun === 'هم') ? coordinatedBackward(doc, ref) : ref ? [ref.entity.id] : [];
        let obj: MentionRef | undefined;
        for (let k = i + 1; k < Math.min(end, i + 3); k++) {
          const m = mentionAt[k];
          if (m && m.first === k && !isAdjective(m) && prepOf(doc, m) === undefined) obj = m;
          if (m || tokens[k]!.kind !== 'punct') break;
        }
        // «خلال لقائه نظيره الأمريكي X»: a meeting's titled object (extract/possessive-meeting.ts).
        // Third person only: «حواري الطائف» (alleys) is no «my dialogue».
        const meeting = c.type === 'CONSULT' && c.reading.pronoun !== 'ي';
        if (!obj && meeting) obj = titledObjectAfterNoun(doc, i, end);
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
          if (doer) roles.agent.push(...(doer === ref ? refIds : [doer.entity.id]));
          if (obj && (c.lemma.genitive === 'recipient' || meeting) && obj.entity.id !== doer?.entity.id) roles.patient.push(obj.entity.id);
        } else if (ref) roles.patient.push(...refIds);
      }
    }
    if (c.reading.pos !== 'verb' && roles.agent.length === 0) {
      const rel = c.reading.pos === 'participle' && c.lemma.passiveParticiple ? undefined : relativeSubject(doc, i, end, c.type);
      if (rel) {
        relativeDoer = coordinated(doc, rel, end).ids;
        roles.agent.push(...relativeDoer);
      }
    }
    if (c.reading.pos === 'noun' && roles.agent.length === 0 && !passive && !c.reading.pronoun) {
      // «عقب محاولة الحوثيين الهجوم على …»، «قرار الحكومة فرض عقوبات»: a definite masdar
      // governed by a noun of will or attempt is done by that noun's genitive.
      const doer = governingGenitive(doc, i);
      if (doer) roles.agent.push(...doer);
    }
    if (c.reading.pos === 'noun' && roles.agent.length === 0 && !passive) {
      const by = claimedBy(doc, i, (c.reading.proclitics.includes('ال') || tokens[i]!.norm.startsWith('ال')) && !partitive(doc, i));
      if (by) {
        const ids = coordinated(doc, by, forwardEnd(doc, by.last, 8)).ids;
        relativeDoer.push(...ids);
        roles.agent.push(...ids);
      }
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
    // «بطلب من روسيا»، «بناء على دعوة من الرئيس»: an act named as the ground of another, its
    // doer right after من (not the one asked).
    const ground = c.reading.pos === 'noun' && c.type !== 'AID' && c.type !== 'RETREAT' && tokens[i + 1]?.norm === 'من'
      && (/^(و)?ب$/.test(c.reading.proclitics) || (i > 0 && tokens[i - 1]!.norm === 'علي' && c.reading.proclitics === ''));
    const groundBy = ground ? mentionAt[i + 2] : undefined;
    if (groundBy && groundBy.first === i + 2 && !isAdjective(groundBy) && !isLocative(doc, groundBy)) {
      roles.agent.length = 0;
      roles.agent.push(...coordinated(doc, groundBy, end).ids);
    }
    const agentBy = markedAfter(doc, i, end, new Set(c.reading.pos === 'participle' && c.lemma.passiveParticiple ? ['قبل', 'من', 'لدي'] : ['قبل']))
      ?? agentAfterComma(doc, end);
    // The agent of the nearest event noun before it, not of an earlier verb (أدانت الجامعة الاقتحامات، من قبل …);
    // nouns coordinated with it share it (من القمع والاعتقالات والمصادرة … على أيدي الحوثيين).
    const coordinatedNoun = (k: number) => c.reading.pos === 'noun' && candAt.get(k)?.reading.pos === 'noun' && tokens[k]!.norm.startsWith('و');
    if (agentBy && !isCandidate.slice(i + 1, agentBy.first).some((x, n) => x && !coordinatedNoun(i + 1 + n))) {
      roles.agent.length = 0;
      roles.agent.push(...coordinated(doc, agentBy, end).ids);
    }
    // «مدعومة بغارات مكثفة من التحالف»، «المدعومين بضربات ينفذها التحالف»: the backer named
    // after the means of the backing («بدعم من …» is read in stage 4, with the one backed).
    const backed = c.type === 'AID' && ((c.reading.pos === 'participle' && c.lemma.passiveParticiple)
      || (c.reading.pos === 'noun' && /^(و)?ب$/.test(c.reading.proclitics) && tokens[i + 1]?.norm !== 'من'));
    if (backed && roles.agent.length === 0) {
      const b = backerAfter(doc, i, end);
      if (b && !roles.patient.includes(b.entity.id)) roles.agent.push(...coordinated(doc, b, end).ids);
    }
    // Recipient marked by a preposition.
    if (inverse) {
      const from = markedAfter(doc, verbAt >= 0 ? verbAt : i, Math.max(forwardEnd(doc, verbAt >= 0 ? verbAt : i, 24), forwardEnd(doc, i, 8)), new Set(['من']));
      const src = from ? coordinated(doc, from, end).ids : [...relativeDoer];
      // The grammatical subject receives.
      const receiver = roles.agent.filter((id) => !relativeDoer.includes(id));
      c.actor = src;
      c.recipient = receiver.length > 0 ? receiver : roles.patient;
    } else {
      c.actor = [...roles.agent];
      c.recipient = roles.patient.filter((id) => !c.actor.includes(id));
      // «وجه انتقادا إلى …»: blame directed with وجه names its addressee with إلى or ل.
      const addressee = c.recipient.length === 0 ? directedAt(doc, c) : undefined;
      if (addressee) c.recipient = coordinated(doc, addressee, end).ids.filter((id) => !c.actor.includes(id));
      if (c.recipient.length === 0 && preps.size > 0) {
        // Not past the trigger of another kind of act (ملاحقة المستوطنين المتورطين في هجمات ضد فلسطينيين).
        let recEnd = i + 1;
        while (recEnd < end && !(isCandidate[recEnd] && recEnd !== verbAt && candidateType(doc, recEnd) !== c.type)) recEnd++;
        const m = markedAfter(doc, i, recEnd, preps, c.type === 'CONSULT');
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
}

/** Indefinite quantities whose من takes a definite plural (مجموعة من الهجمات، سلسلة من الغارات). */
const PARTITIVE_HEADS = /^(و)?(مجموعه|سلسله|عدد|موجه|جمله|عشرات|مئات|العديد)$/;

/**
 * Whether the definite event noun at i is the plural after «من» of an indefinite quantity: it is
 * indefinite in meaning, so a clause without a relative pronoun may qualify it («مجموعة من
 * الهجمات نفذتها حركة الشباب»).
 */
function partitive(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  return i > 1 && tokens[i - 1]!.norm === 'من' && PARTITIVE_HEADS.test(tokens[i - 2]!.norm) && sentenceOf(doc, i - 2) === sentenceOf(doc, i);
}

/**
 * The backer after a word of backing, past the means it is told with: the
 * first party within a few words that is not in a place or a time phrase
 * («مدعومة بمقاتلين إيرانيين»، «بدعم من ضربات جوية تشنها السعودية»).
 */
function backerAfter(doc: Doc, i: number, end: number): MentionRef | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
  const stop = Math.min(end, i + 8);
  for (let k = i + 1; k < stop; k++) {
    const t = tokens[k]!;
    if (isBoundary(t) || t.norm === '،' || t.norm === ',') return undefined;
    const m = mentionAt[k];
    if (m) {
      if (isAdjective(m)) {
        if (k > i + 1) return m;
        continue;
      }
      const p = prepOf(doc, m);
      return (p === undefined || p === 'من') && !isLocative(doc, m) ? m : undefined;
    }
    if (isCandidate[k] && candidateType(doc, k) !== 'ASSAULT') return undefined;
  }
  return undefined;
}

/**
 * Whether a comma at token k is followed by title words, a person's name and
 * nothing but a place or a day before the noun at i (the apposition of an
 * office and its holder).
 */
function titledNameAfter(doc: Doc, k: number, i: number): boolean {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  let j = k + 1;
  while (j < i && !mentionAt[j] && (TITLES.has(bare[j]!) || TITLES.has(tokens[j]!.norm) || APPOSITION_HEADS.has(bare[j]!) || HEAD_NOUNS.has(bare[j]!))) j++;
  const m = mentionAt[j];
  if (j === k + 1 || j >= i || !m || m.first !== j || isAdjective(m) || m.entity.type !== 'PER') return false;
  return !tokens.slice(k + 1, i).some((t) => isBoundary(t)) && !isCandidate.slice(k + 1, i).some(Boolean);
}
