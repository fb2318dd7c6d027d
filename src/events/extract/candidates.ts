/**
 * Stage 1: candidates. A word the trigger lexicon knows is a candidate when
 * the conditions of its lemma hold in context; of several readings, the one
 * the context fits (verb or noun, active or passive) is chosen.
 */
import { lookupForm, type FormReading, type Lemma } from '../lexicon.js';
import { type Doc, inQuantity, isAdjective, sentenceOf, writtenPlain } from './context.js';
import { chargeLayingVerb } from './charge-laid.js';
import { givenSupport } from './given-support.js';
import { happinessNoun } from './happiness-word.js';
import { hitNotStrike } from './hit-not-strike.js';
import {
  AFTER_WORDS, APPROX, DAY_WORDS, DOING, DOING_TYPES, HEAD_NOUNS, isBoundary, MATERIAL, RELATIVES,
  SKIP_BACK, STUDY, TITLES,
} from './lexicon-sets.js';
import { masdarNotVerb } from './masdar-not-verb.js';
import { namedOperation } from './named-operation.js';
import { phoneNotCall } from './phone-noun.js';
import { unityOfWord } from './word-unity.js';
import { typeByContext } from './type-by-context.js';
import { soldiersNotRecruiting } from './soldiers-noun.js';
import { supportKind } from './support-kind.js';
import { injuryToll, INJURY_LABELS } from './injury-toll.js';
import { inquiryInto } from './investigation.js';
import { stripVerbAffixes } from './words.js';
import { incidentTold, onlyByQualifier } from './violent-incident.js';
import { victoryOfForce } from './military-victory.js';
import { quotedName } from './quoted-name.js';
import { ATTENDANCE, attendees } from './attendance.js';
import { keepsHamza, pluralNotMasdar } from './hamza-spelling.js';
import { exposedNotOffered } from './offered-or-exposed.js';
import { arrivalNotVisit } from './reached-amount.js';
import { conditionalVerb } from './conditional-act.js';
import { helpsToward } from './helps-to.js';
import { consistentWith } from './consistent-with.js';
import { permittedByText } from './permitted-by-text.js';
import { frustrationNotFoiling } from './frustration-word.js';
import { meetingIdiom } from './meeting-idiom.js';
import { deadlyNotFought } from './deadly-adjective.js';
import { penalNotSanction } from './penal-sentence.js';
import { PLEDGE, pledgeNotAct } from './pledge.js';
import { receivedDocuments } from './received-documents.js';
import { genericDoer } from './generic-doer.js';
import { notAMeeting } from './gathered-not-met.js';
import { manifestationsWord } from './manifestations-word.js';
import { armsForBacking } from './arms-for-backing.js';
import { decisiveNotBoycott } from './decisive-adjective.js';
import { unexplodedOrdnance } from './unexploded.js';
import { refusedComment } from './refused-comment.js';
import { threatAsDanger } from './threat-as-danger.js';
import { assistantTitle } from './assistant-title.js';
import { rankedPlace } from './ranked-place.js';
import { trainingDrill } from './training-drill.js';
import { withheldName } from './withheld-name.js';
import { admissionWord } from './admission-word.js';
import { matchNotMeeting } from './match-not-meeting.js';
import { aimedAt } from './aimed-at.js';
import { complaintOfHardship } from './complaint-of-hardship.js';
import { visitedSite } from './visited-site.js';
import { placeNameWord } from './place-name-word.js';
import { researchNotTalks } from './research-not-talks.js';
import { patronage } from './patronage.js';

/** «طالب» read as a noun: after a count, or before a nisba or a word of schooling. */
function isStudent(doc: Doc, i: number): boolean {
  const { tokens, bare, mentionAt } = doc;
  if (i > 0 && sentenceOf(doc, i - 1) === sentenceOf(doc, i) && (inQuantity(doc, i - 1) || APPROX.has(tokens[i - 1]!.norm))) return true;
  const n = i + 1 < tokens.length && sentenceOf(doc, i + 1) === sentenceOf(doc, i) ? i + 1 : -1;
  if (n < 0) return false;
  const m = mentionAt[n];
  if (m && m.first === n && isAdjective(m)) return true;
  return STUDY.has(bare[n]!) || STUDY.has(tokens[n]!.norm);
}

/** Support that is military, financial or material (دعم عسكري، دعمها بالسلاح، بدعم من طيران التحالف، دعمها لنظام الأسد). */
function materialSupport(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  if (/^(و)?بدعم$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'من') return true;
  for (let k = i + 1; k < tokens.length && k - i <= 6 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) break;
    if (MATERIAL.has(bare[k]!) || MATERIAL.has(t.norm.replace(/^(و)(?=..)/, ''))) return true;
  }
  return false;
}

/** Whether the word at j is one the lemma forbids right before it (its `prevNot`). */
function forbiddenBefore(doc: Doc, lemma: Lemma, j: number): boolean {
  return j >= 0 && (lemma.prevNot.has(doc.bare[j]!) || lemma.prevNot.has(doc.tokens[j]!.norm));
}

/**
 * A relative clause after an event noun whose verb tells that the act was done or took place:
 * «حملة تشنها»، «الجرائم الإسرائيلية التي ترتكبها»، «الجريمة النكراء التي وقعت»، «الضربات التي
 * تقوم بها»، «للحملة العسكرية في شمال سوريا والتي تنفذها». Up to four plain words (adjectives, a
 * place) may stand between the noun and the relative pronoun; an indefinite noun takes its
 * clause without one.
 */
export function doneInClause(doc: Doc, i: number): 'done' | 'place' | undefined {
  const { lex, tokens, mentionAt } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 5 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    const w = t.norm.replace(/^و(?=ال)/, '');
    if (RELATIVES.has(w)) {
      const v = k + 1;
      return v < tokens.length && sentenceOf(doc, v) === sentenceOf(doc, i) ? doingVerb(doc, v) : undefined;
    }
    const direct = doingVerb(doc, k);
    if (direct !== undefined) {
      const definite = /^(و|ف)?(ب|ك)?ال|^(و|ف)?لل/.test(tokens[i]!.norm);
      return k === i + 1 || !definite ? direct : undefined;
    }
    const readings = lookupForm(lex, t.norm);
    // A genitive that cannot be an event after this noun (جرائم الحرب التي ارتكبت) does not stand in the way.
    const barred = k === i + 1 && readings.every((r) => forbiddenBefore(doc, lex.lemmas[r.lemma]!, i));
    if (readings.length > 0 && !mentionAt[k] && !barred) return undefined;
  }
  return undefined;
}

/** A verb of doing (شن، ارتكب، نفذ، قام ب) or of taking place (جرى، وقع), with its object pronoun. */
function doingVerb(doc: Doc, k: number): 'done' | 'place' | undefined {
  const { tokens } = doc;
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

/** Whether the context conditions of a lemma hold at token i: a word it needs after or before it, none it forbids. */
function conditionsHold(doc: Doc, lemma: Lemma, i: number): boolean {
  const { lex, tokens, bare, mentionAt } = doc;
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
  for (let k = i + 1; k <= i + lemma.notNextWindow && k < tokens.length; k++) {
    if (lemma.notNext.has(bare[k]!) || lemma.notNext.has(tokens[k]!.norm)) return false;
  }
  if (forbiddenBefore(doc, lemma, i - 1)) return false;
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

/** Of a form's readings, the one its context fits: the fewest proclitics, a verb or a noun by what stands around it. */
function chooseReading(doc: Doc, readings: FormReading[], i: number): FormReading {
  const { lex, tokens, mentionAt, cands } = doc;
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
  // Not past a comma (مناقشة مجلس الأمن، وطلب من …): there و opens a clause of its own.
  if (last && last.reading.pos === 'noun' && i - last.tok <= 4 && tokens[i]!.norm.startsWith('و') && sentenceOf(doc, last.tok) === sentenceOf(doc, i)
    && !(i > 0 && (tokens[i - 1]!.norm === '،' || tokens[i - 1]!.norm === ','))) return noun;
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

/**
 * Stage 1: every token the trigger lexicon reads as an event word becomes a
 * candidate, with the reading that fits its context; `candAt` indexes them.
 */
export function findCandidates(doc: Doc): void {
  const { input, lex, tokens, mentionAt, isCandidate, cands, candAt } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // «عبر عن سعادته»: the honorific read as the person is also the noun of happiness.
    if (mentionAt[i] && !happinessNoun(doc, i)) continue;
    const found = lookupForm(lex, t.norm);
    if (found.length === 0) continue;
    // «سفينة "درب الخير"»، «النظام الإلكتروني «دعم»»: a name in quotes after a naming noun (extract/quoted-name.ts).
    if (quotedName(doc, i)) continue;
    const endsInTaa = writtenPlain(doc, i).endsWith('ة');
    let readings: FormReading[] = [];
    const byClause: FormReading[] = [];
    for (const r of found) {
      if (endsInTaa && r.pos === 'verb' && r.pronoun === 'ه') continue;
      // An intransitive verb takes no object pronoun: سيطرتها is the noun «its control».
      if (r.pos === 'verb' && r.pronoun !== undefined && lex.lemmas[r.lemma]!.intransitive) continue;
      const lemma = lex.lemmas[r.lemma]!;
      // «ومن هنا»، «أقول ذلك هنا»: without its hamza «هنأ» is the adverb «here» (extract/hamza-spelling.ts).
      if (lemma.hamzaSpelled && !keepsHamza(input.text.slice(t.start, t.end))) continue;
      // «عاد الإرهاب ليضرب في قلب أوروبا»: a blow, not a strike.
      if (hitNotStrike(doc, lemma, r, i)) continue;
      // «تعرض اللاعب لإصابة»: تعرّض, exposed to, not «she offers» (extract/offered-or-exposed.ts).
      if (lemma.type === 'AID' && lemma.label === 'عرض' && exposedNotOffered(doc, i)) continue;
      // «تصل إلى 30 في المائة»، «قوارب اللاجئين تصل»: an amount or a vessel arrives, nobody visits (extract/reached-amount.ts).
      if (lemma.type === 'CONSULT' && lemma.label === 'وصل' && arrivalNotVisit(doc, i)) continue;
      // «لا تساعد على تعزيز العلاقات»: «helps to», no aid (extract/helps-to.ts).
      if (r.pos === 'verb' && lemma.type === 'AID' && lemma.label === 'ساعد' && helpsToward(doc, i)) continue;
      // «بما يتفق مع القانون»: a thing is consistent with another, no party agrees (extract/consistent-with.ts).
      if (r.pos === 'verb' && lemma.type === 'AGREE' && lemma.label === 'اتفق' && consistentWith(doc, i)) continue;
      // «يسمح القرار بـ»، «لا سمح الله»: a text or a formula permits, no party concedes (extract/permitted-by-text.ts).
      if (r.pos === 'verb' && lemma.label === 'سمح' && permittedByText(doc, i)) continue;
      // «شعر بإحباط شديد»: frustration, no plot foiled (extract/frustration-word.ts).
      if (r.pos === 'noun' && lemma.label === 'أحبط' && frustrationNotFoiling(doc, i)) continue;
      // «وإلى لقاء قريب»، «لقاء 70 دولارا»: a sign-off or a price, no meeting (extract/meeting-idiom.ts).
      if (r.pos === 'noun' && lemma.label === 'التقى' && meetingIdiom(doc, i)) continue;
      // «رصاص قاتل»، «القصاص في قاتل»: deadly or a killer, no fighting (extract/deadly-adjective.ts).
      if (r.pos === 'verb' && lemma.type === 'ASSAULT' && lemma.label === 'قاتل' && deadlyNotFought(doc, i)) continue;
      // «عقوبة الإعدام»، «أكمل مدة عقوبته»: a penalty for an offence, no sanction (extract/penal-sentence.ts).
      if (lemma.type === 'SANCTION' && lemma.label === 'عقوبة' && penalNotSanction(doc, i)) continue;
      // «استقبلت المحاكم 103 دعاوى»: papers received, no visitor (extract/received-documents.ts).
      if (lemma.type === 'CONSULT' && lemma.label === 'استقبل' && receivedDocuments(doc, i)) continue;
      // «على كل من يستهدف أمن تركيا»: whoever would do it, no act told (extract/generic-doer.ts).
      if (r.pos === 'verb' && r.imperfect && !r.future && genericDoer(doc, i)) continue;
      // «بجميع أشكاله ومظاهره»: manifestations, no demonstration (extract/manifestations-word.ts).
      if (lemma.type === 'PROTEST' && manifestationsWord(doc, i)) continue;
      // «ترفض بشكل قاطع»، «نفيا قاطعا»: categorical, no boycott (extract/decisive-adjective.ts).
      if (lemma.label === 'قاطع' && decisiveNotBoycott(doc, i)) continue;
      // «مخلفات الحروب التي لم تنفجر»: unexploded ordnance, no blast (extract/unexploded.ts).
      if (r.pos === 'verb' && lemma.label === 'انفجر' && unexplodedOrdnance(doc, i)) continue;
      // «ورفض مكتب الرئيس التعليق»: refusing to comment is no event (extract/refused-comment.ts).
      if (lemma.type === 'REJECT' && lemma.label === 'رفض' && refusedComment(doc, i)) continue;
      // «التهديد الذي تمثله الجماعة»، «داعش تهديد مشترك»: a danger posed, no threat uttered (extract/threat-as-danger.ts).
      if (r.pos === 'noun' && lemma.type === 'THREATEN' && lemma.label === 'هدّد' && threatAsDanger(doc, i)) continue;
      // «الطيار ومساعده»، «جاكوبسون مساعدة وزير الخارجية»: an assistant, no aid (extract/assistant-title.ts).
      if (r.pos === 'noun' && lemma.type === 'AID' && lemma.label === 'ساعد' && assistantTitle(doc, i)) continue;
      // «خاض الفريق لقاء وديا»، «تذاكر اللقاء»: a match, no meeting (extract/match-not-meeting.ts).
      if (r.pos === 'noun' && lemma.type === 'CONSULT' && lemma.label === 'التقى' && matchNotMeeting(doc, i)) continue;
      // «احتلت الصين المركز الثالث»، «تحتل مكانة بارزة»: holding a rank, no seizure (extract/ranked-place.ts).
      if (lemma.type === 'COERCE' && lemma.label === 'احتل' && rankedPlace(doc, i)) continue;
      // «اختتم الحصة بمناورة على نصف الملعب»: a drill of a team, no exercise of forces (extract/training-drill.ts).
      if (lemma.type === 'MOBILIZE' && lemma.label === 'مناورة' && trainingDrill(doc, i)) continue;
      // «قال مسؤول طلب عدم الكشف عن اسمه»: an anonymous source, no request (extract/withheld-name.ts).
      if (lemma.type === 'REQUEST' && withheldName(doc, i)) continue;
      // «فتح باب القبول في الجامعة»: admission to a school, no acceptance of a deal (extract/admission-word.ts).
      if (r.pos === 'noun' && lemma.type === 'AGREE' && lemma.label === 'قبول' && admissionWord(doc, i)) continue;
      // «لأن أبعاده كبيرة»: the plural أبعاد, dimensions, no deportation (extract/hamza-spelling.ts).
      if (r.pos === 'noun' && lemma.label === 'أبعد' && pluralNotMasdar(input.text.slice(t.start, t.end))) continue;
      // «فعاليات تستهدف جميع الفئات»، «مشاريع تستهدف الوصول إلى …»: aims at, nobody struck (extract/aimed-at.ts).
      if (r.pos === 'verb' && lemma.type === 'ASSAULT' && lemma.label === 'استهدف' && aimedAt(doc, i)) continue;
      // «اشتكى مواطنون من انقطاع التيار»: a hardship, nobody accused (extract/complaint-of-hardship.ts).
      if (lemma.type === 'ACCUSE' && lemma.label === 'شكوى' && complaintOfHardship(doc, i)) continue;
      // «زيارة المتحف»، «تأشيرة الزيارة»، «60 ألف زيارة»: a sight, a visa or a count of visitors, nobody met (extract/visited-site.ts).
      if (lemma.type === 'CONSULT' && lemma.label === 'زار' && visitedSite(doc, i)) continue;
      // «حي التأميم»، «قرى تل واسط والزيارة وجورين»: the name of a place (extract/place-name-word.ts).
      if (r.pos === 'noun' && placeNameWord(doc, i)) continue;
      // «بحثت في تأثيرات اللعبة»، «يبحث عن مهاجم»: study or search, no talks (extract/research-not-talks.ts).
      if (r.pos === 'verb' && lemma.type === 'CONSULT' && lemma.label === 'بحث' && researchNotTalks(doc, i)) continue;
      // «إن لم تلتزم إيران بالاتفاق»: the verb of a condition (extract/conditional-act.ts).
      if (r.pos === 'verb' && conditionalVerb(doc, i)) continue;
      // «وجه القضاء إلى X (56 عاما) تهمة»: a charge laid past the subject and the accused.
      if (conditionsHold(doc, lemma, i) || (lemma.label === 'تهمة' && chargeLayingVerb(doc, i) >= 0)
        // «بدء عمليات «عاصفة الحزم»»: a named operation.
        || (lemma.label === 'عملية' && lemma.type === 'ASSAULT' && namedOperation(doc, i))
        // «مقتل طفل وإصابة أفراد عائلته»، «أصيب ضابطان بجروح»: the wounded of an attack.
        || (INJURY_LABELS.has(lemma.label) && lemma.type === 'ASSAULT' && injuryToll(doc, lemma, i))
        // «برعاية الأمم المتحدة»، «المحادثات التي ترعاها الهيئة»: a sponsor, no care (extract/patronage.ts).
        || (lemma.label === 'رعاية' && lemma.type === 'CONSULT' && patronage(doc, i, r.pos, r.proclitics, r.pronoun))
        // «التحقيق معه»، «تحقيقا بشأن الحادث»: an inquiry, not «achieving».
        || (lemma.label === 'تحقيق' && lemma.type === 'ACCUSE' && r.pos === 'noun' && r.pronoun === undefined && inquiryInto(doc, i))) readings.push(r);
      // A word the lemma forbids right before it (جرائم الحرب التي ارتكبت) forbids the reading by its clause too.
      else if (r.pos === 'noun' && DOING_TYPES.has(lemma.type) && (lemma.next.size > 0 || lemma.notNext.size > 0) && lemma.prev.size === 0
        && !onlyByQualifier(lemma) && !forbiddenBefore(doc, lemma, i - 1) && doneInClause(doc, i) !== undefined) byClause.push(r);
    }
    // An event noun whose relative clause tells that it was done (حملة تشنها الحكومة، الجرائم التي
    // ترتكبها، العملية التي جرت، الضربات الموجعة التي تقوم بها) is an act, without the cue words its
    // sense needs otherwise; a reading those words choose goes first.
    if (readings.length === 0) readings = byClause;
    if (readings.length === 0) continue;
    const reading = chooseReading(doc, readings, i);
    const lemma = lex.lemmas[reading.lemma]!;
    // «إلى جانب بحث المستجدات»: بحث where no verb stands is a masdar, no act.
    if (reading.pos === 'verb' && lemma.label === 'بحث' && reading.proclitics === '' && readings.every((r) => r.pos === 'verb') && masdarNotVerb(doc, i)) continue;
    // «الذي تعهده ورباه»، «التحلل من تعهدات»، «أخذ التعهد على المدان»: no pledge by a party (extract/pledge.ts).
    if (lemma.label === PLEDGE && pledgeNotAct(doc, i, reading)) continue;
    // «اجتماع الكلمة»: the unity of the community, no meeting.
    if (lemma.label === 'اجتمع' && unityOfWord(doc, i)) continue;
    // «علم الاجتماع»، «ضدان لا يجتمعان»: sociology, or things that cannot go together (extract/gathered-not-met.ts).
    if (lemma.label === 'اجتمع' && notAMeeting(doc, i, reading.pos === 'verb' && reading.imperfect)) continue;
    // «بحضور» counts only with a named attendee (extract/attendance.ts).
    if (lemma.label === ATTENDANCE && attendees(doc, i, reading).length === 0) continue;
    // A blessing (أيده الله، حفظه الله) is no act.
    if (reading.pos === 'verb' && reading.pronoun !== undefined && tokens[i + 1]?.norm === 'الله') continue;
    // «طالب» as a noun, «student» (طالب سوداني، 20 طالبا عسكريا، 24 طالبا وثلاثة صحافيين): no request.
    if (reading.pos === 'verb' && lemma.label === 'طالب' && isStudent(doc, i)) continue;
    // «هاتف» as the noun «telephone» (هاتفها الذكي، رقم هاتف): no call.
    if (reading.pos === 'verb' && lemma.label === 'هاتف' && phoneNotCall(doc, i)) continue;
    // «جند» as the noun «soldiers» (ناقلة جند، يحف به جنده، جند الخلافة): no recruiting.
    if (reading.pos === 'verb' && lemma.label === 'جنّد' && soldiersNotRecruiting(doc, i)) continue;
    // «انتصارات» of an armed force, not of a team or a cause (extract/military-victory.ts).
    if (lemma.label === 'انتصار' && !victoryOfForce(doc, i)) continue;
    // «وصفه بأنه عمل إرهابي»: a description, no deed told (extract/violent-incident.ts).
    if (onlyByQualifier(lemma) && !incidentTold(doc, i)) continue;
    const backing = lemma.type === 'SUPPORT' && lemma.label === 'دعم' ? supportKind(doc, i) : undefined;
    // «مقاتلين وأسلحة وذخيرة لدعم الإرهاب»: arms sent for backing are military aid (extract/arms-for-backing.ts).
    const armed = lemma.type === 'SUPPORT' && lemma.label === 'دعم' && armsForBacking(doc, i);
    if (backing === 'none' && !materialSupport(doc, i) && !givenSupport(doc, i) && !armed) continue;
    isCandidate[i] = true;
    const tookPlace = readings === byClause && doneInClause(doc, i) === 'place';
    // What is backed decides the sense of «دعم»: armed men or the needy (AID), a thing (no act) (extract/support-kind.ts).
    // Support that is military, financial or material, given to a regime or a militia, or given at all (قدم الدعم), is AID.
    const supportType = lemma.type === 'SUPPORT' && lemma.label === 'دعم' && (backing === 'AID' || materialSupport(doc, i) || givenSupport(doc, i) || armed) ? 'AID' : lemma.type;
    // Strikes by the security services, convictions, receiving aid, recruiting for oneself (extract/type-by-context.ts).
    const type = typeByContext(doc, lemma, i, supportType);
    cands.push({
      ...(tookPlace && { tookPlace }),
      tok: i, lemma, reading, type, actor: [], recipient: [], negated: false,
      future: reading.future, conditional: false, quantities: [], actorFrom: 'none', verbAt: -1,
      ...(lemma.mode !== undefined && { mode: lemma.mode }),
    });
  }
  for (const c of cands) candAt.set(c.tok, c);
}
