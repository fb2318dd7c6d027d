/**
 * Where a cue's subject is when it is not right after the verb: before it (SVO, topics,
 * a copula or a complementizer), earlier in the sentence, or the previous speaker.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import {
  bareAt, isComma, isPunct, isQuoteMark, isQuoteOpen, isRelative, norm, roleOf, sentenceEnd, sentenceOf, sentenceStart, span, tok, verbAt, verbPronoun,
} from './lookups.js';
import {
  ALIF_ADVERBS, bare, BARE_PREPOSITIONS, BRACKETS, carrierGender, CLAUSE_PARTICLES, COPULAS, DATE_HEADS, FRONTED_SIDE,
  GIVING, inSet, NOT_GIVEN, OPEN_QUOTES, PREP_PRONOUN, PREPOSITIONS, PRONOUN_SUBJECT, QUESTION_WORDS, RELATIVE_MA,
  SINGULARS_IN_WN, TIME_CONJUNCTIONS, TIME_WORDS, TITLE_MARKS, TOPIC_PREPOSITIONS,
} from './word-sets.js';
import type { Draft, MentionRef, Source } from './types.js';
import { analyseNP, resolveDescription } from './noun-phrase.js';
import { contentFrom, firstTokenAt } from './content.js';
import { accusativeParticiple, ownedVerbalNoun, verbalNounObject } from './frame-parts.js';
import { emit } from './drafts.js';
import { existentialAt, inByline, longSubjectHolds, opensReportedClause } from './sources.js';
import { governedMention } from './governed-mention.js';
import { relativeVerbAt } from './free-relative.js';
import { pronounOnLakin } from './pronoun-particle.js';
import { quotedClauseBefore } from './quote-first.js';
import { TITLED_COPULA_REACH, titledPersonSubject } from './titled-copula-subject.js';
import { withheldFrom } from './comment-source.js';
import { nominalSubject } from './nominal-subject.js';
import { indefiniteSubject } from './indefinite-subject.js';
import { whoeverBefore } from './whoever-subject.js';
import { oneWordOrgNameInH } from './masculine-org-name.js';
import { outerSpeakerDraft } from './outer-speaker.js';

/** Passive auxiliaries (تم كشف، يتم التعرف، جرى اعتقال): a verb before a verbal noun, never a subject. */
const PASSIVE_AUX = /^[وف]?(تم|يتم|سيتم|تتم|ستتم|جري|يجري|سيجري|تجري|ستجري)$/;

/**
 * Conjunctions that open a clause of their own (بعدما، في حين، وقد، حيث): a subject written
 * before a verb never reaches back across them.
 */
const CLAUSE_OPENERS = new Set([
  // the particles that open a clause before its verb, less the adverbs among them (قد، كذلك، أيضا)
  ...[...CLAUSE_PARTICLES].filter((w) => !['قد', 'كذلك', 'ايضا', 'كذا'].includes(w)),
  'وحيث', 'حينما', 'قبلما', 'كلما', 'وكلما',
]);

/** Conjunctions of time written as one word before a verb (حينما، عندما، بعدما). */
export const TIME_CLAUSE_OPENERS = /^[وف]?(حينما|عندما|بعدما|قبلما|لما|حين)$/;

/** The word at k cannot be part of a subject written before a verb: a passive auxiliary or a clause opener. */
function noSubjectWord(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return PASSIVE_AUX.test(w) || CLAUSE_OPENERS.has(w);
}

/** تحققها، يقولونه: an imperfect verb (ي/ت/ن) carrying an object pronoun, not a noun (تصريحاتها). */
function imperfectWithObject(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && !cx.mentionOf[k] && /^[يتن].{2,5}(ه|ها|هم|هما)$/.test(w) && !/(ات|ان|ين)(ه|ها|هم|هما)$/.test(w);
}

/** أن X يفعل: a noun phrase of up to five words between أن/إن/فإن and the verb at i. */
export function subjectAfterComplementizer(cx: Detection, i0: number): Source | undefined {
  // أن الأميركيين عندما أعلنوا …: a conjunction of time right before the verb; the subject
  // written before it is the verb's too (not after a preposition: في حين).
  const timed = TIME_CLAUSE_OPENERS.test(norm(cx, i0 - 1)) && !PREPOSITIONS.has(norm(cx, i0 - 2)) && !BARE_PREPOSITIONS.has(norm(cx, i0 - 2));
  const i = timed ? i0 - 1 : i0;
  let k = i - 1;
  // إلا أن وكيل اللاعب «حسن ستينكايا» أنكر: quotation marks around a name inside the phrase
  // (not counted among its words).
  const quoteInside = (q: number): boolean => (isQuoteOpen(cx, q) !== undefined || norm(cx, q) === '»' || norm(cx, q) === '”')
    && tok(cx, q - 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, q - 1));
  let marks = 0;
  for (let q = i - 1; q >= i - 8 && q >= 0; q--) if (quoteInside(q)) marks++;
  const floor = Math.max(sentenceStart(cx, i), i - 6 - Math.min(2, marks));
  // وأضاف أن عدداً من العناصر الإرهابية الموقوفة على ذمة القضيتين اعترفت …: the subject of a
  // reported clause may run longer.
  const wide = Math.max(sentenceStart(cx, i), i - 10 - Math.min(2, marks));
  while (k >= wide && ((tok(cx, k) as Token).kind === 'word' || quoteInside(k)) && !cx.complementizers.has(norm(cx, k)) && norm(cx, k) !== 'فان'
    && norm(cx, k) !== 'لكن' && norm(cx, k) !== 'ولكن' && !pronounOnLakin(norm(cx, k)) && !verbAt(cx, k) && !isRelative(cx, k) && !noSubjectWord(cx, k)) k--;
  // … سيئة لكنه شدد: the subject is the pronoun on لكن, not the words before it.
  if (k >= wide && pronounOnLakin(norm(cx, k))) return undefined;
  if (k < wide || k === i - 1 || (k < floor && !(opensReportedClause(cx, k) && longSubjectHolds(cx, k + 1, i)))) return undefined;
  // إن "هؤلاء الإرهابيين اعترفوا …: the quoted clause opens right after the complementizer.
  const quoted = isQuoteOpen(cx, k) !== undefined && k - 1 >= sentenceStart(cx, i) && cx.complementizers.has(norm(cx, k - 1));
  const opener = quoted ? norm(cx, k - 1) : norm(cx, k);
  // … إنه قتل لكن آخرين قالوا: لكن opens a clause with its own subject.
  if (!(cx.complementizers.has(opener) || opener === 'فان' || opener === 'لكن' || opener === 'ولكن')) return undefined;
  // منذ أن بدأت ما وصفه …: أن after a conjunction opens no reported clause; ما is no subject.
  // وأشارت الوكالة إلى أن …: إلى أن opening a report's content is no conjunction of time.
  const until = TIME_CONJUNCTIONS.has(bareAt(cx, quoted ? k - 2 : k - 1)) && !(norm(cx, k - 1) === 'الي' && opensReportedClause(cx, k));
  // أن هناك دلائل تؤكد …: after the existential هناك the verb describes an indefinite noun.
  if (until || RELATIVE_MA.has(norm(cx, i - 1)) || existentialAt(cx, k + 1)) return undefined;
  // والنتائج التي يمكن أن تحققها قال العميد …: a lone imperfect verb with its object pronoun after
  // أن is the clause's verb, not a subject of the cue after it.
  if (k + 1 === i - 1 && imperfectWithObject(cx, k + 1)) return undefined;
  // إن طائرات حربية يعتقد أنها …: a masculine singular verb after a plural in ات is no verb of
  // that noun but an impersonal passive describing it.
  const h = bareAt(cx, k + 1);
  if (verbAt(cx, i0)?.gender === 'm' && !verbAt(cx, i0)?.participle && h.length >= 5 && h.endsWith('ات') && !cx.mentionOf[k + 1]) return undefined;
  // Past a conjunction, only a noun phrase that can speak: a name, a role, a definite noun (not أنه مهم حين، ردها حين).
  if (timed && (ownedVerbalNoun(cx, k + 1) || accusativeParticiple(cx, k + 1)
    || !(speakerAt(cx, k + 1) || cx.mentionOf[k + 1] !== undefined || h.startsWith('ال')))) return undefined;
  return analyseNP(cx, k + 1, i);
}

/** وكانت إيران اتهمت إسرائيل بـ…: a noun phrase between كان and the verb at i is its subject. */
function subjectAfterCopula(cx: Detection, i: number): Source | undefined {
  // وكان نتانياهو قد اعتبر …
  const v = norm(cx, i - 1) === 'قد' ? i - 1 : i;
  let k = v - 1;
  // وكانت النائبة في الكنيست، تمار زندبيرج، صرحت …: a name between commas after the subject.
  const named = isComma(cx, v - 1);
  // وكانت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن قد أعلنت: كان and قد close a long subject.
  // وكان الدكتور X Y رئيس لجنة الاحتراف حذر من …: a person's name with titles before and after
  // it makes a long subject without قد too (titled-copula-subject.ts).
  const floor = Math.max(sentenceStart(cx, i), i - (named || v < i ? 12 : TITLED_COPULA_REACH));
  // … شركة "نماء" قد كشف: between كان and قد both words close the subject, so a quoted name
  // inside it (a company, a club, a nickname) does not end it.
  while (k >= floor && ((tok(cx, k) as Token).kind === 'word' || (named && isComma(cx, k)) || (v < i && isQuoteMark(cx, k))) && !COPULAS.has(bareAt(cx, k)) && !verbAt(cx, k)
    && !cx.complementizers.has(norm(cx, k)) && !isRelative(cx, k) && !noSubjectWord(cx, k)) k--;
  if (k < floor || k >= v - 1 || !COPULAS.has(bareAt(cx, k))) return undefined;
  if (!named && v === i && v - k - 1 > 6 && !titledPersonSubject(cx, k + 1, v)) return undefined;
  if (named) {
    let commas = 0;
    for (let q = k + 1; q < v; q++) if (isComma(cx, q)) commas++;
    if (commas !== 2 || isComma(cx, k + 1)) return undefined;
    return analyseNP(cx, k + 1, v - 1);
  }
  return analyseNP(cx, k + 1, v);
}

/**
 * أصواتا أجنبية تدعو إلى …، تقارير طبية تؤكد …، اللقطات المتداولة، التي تزعم …: a noun of what is
 * said or shown, a few words before an imperfect verb (or its relative pronoun), is the subject.
 */
export function carrierSubject(cx: Detection, i: number): Source | undefined {
  const v = norm(cx, i);
  // بعد تقرير أظهر انخفاضا …، دراسة حديثة كشفت …: a past verb right after an indefinite carrier
  // and its adjectives (a relative clause without its pronoun) has it as its subject.
  const past = !/^[يت]/.test(v);
  if (past && (/^[وف]/.test(v) || verbAt(cx, i)?.participle === true)) return undefined;
  // نشرت الحركة شريط فيديو يؤكد فيه …: the pronoun after the verb resumes the carrier, where it
  // was said; the one who published it speaks.
  if (resumptiveAt(cx, i + 1)) return undefined;
  const g = verbAt(cx, i)?.gender;
  let j = i - 1;
  const ss = sentenceStart(cx, i);
  if (j < ss) return undefined;
  let relative = false;
  if (isRelative(cx, j)) {
    relative = true;
    j--;
    if (isComma(cx, j)) j--;
  }
  for (let k = j; k >= ss && j - k < 5; k--) {
    if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || isRelative(cx, k)) return undefined;
    const cg = carrierGender(norm(cx, k)) ?? carrierGender(bareAt(cx, k));
    if (cg === undefined) continue;
    if (past && (g === undefined || relative || bareAt(cx, k).startsWith('ال') || k < j - 2)) return undefined;
    if (g !== undefined && g !== cg) return undefined;
    return analyseNP(cx, k, j + 1);
  }
  return undefined;
}

export function svoSubject(cx: Detection, i0: number): Source | undefined {
  // أن كلاين 36 عاما أعلن: the subject is written before the age.
  const age = ageStart(cx, i0 - 1);
  const i = age > 0 ? age : i0;
  // أغلب المحللين يرون، التحقيقات الأولية أكدت: a definite subject opening the clause (nominal-subject.ts).
  // بيانات تظهر، مواطن يطالب: an indefinite text or person right before the verb (indefinite-subject.ts).
  return subjectAfterComplementizer(cx, i) ?? subjectAfterCopula(cx, i) ?? carrierSubject(cx, i) ?? nominalSubject(cx, i0) ?? indefiniteSubject(cx, i0);
}

/** The object pronoun that resumes each relative pronoun on the verb after it. */
const RESUMPTIVE: Record<string, string> = { الذي: 'ه', التي: 'ها', الذين: 'هم', اللذين: 'هما', اللذان: 'هما', اللتين: 'هما', اللتان: 'هما' };

/**
 * المرافق التي وصفها بأنها …، الاتفاق الذي أكده …: a pronoun on the verb at i that resumes the
 * relative pronoun at r makes the noun before it the verb's object, not its subject.
 */
export function resumesRelative(cx: Detection, r: number, i: number): boolean {
  const suf = RESUMPTIVE[bareAt(cx, r)];
  return suf !== undefined && verbPronoun(cx, i, [suf], true) !== undefined;
}

/**
 * وعن رؤيتها لمستقبل اليمن قالت، وعن راموس قال، وحول غياب اللاعب أوضح: the words at j close a
 * topic fronted with و + عن/حول/بشأن at the start of the sentence or after a comma; what is
 * spoken about is never the speaker.
 */
function insideFrontedTopic(cx: Detection, j: number): boolean {
  const ss = sentenceStart(cx, j);
  for (let k = j; k >= ss && j - k < 15; k--) {
    const w = norm(cx, k);
    if (/^[وف]/.test(w) && TOPIC_PREPOSITIONS.test(w)) return k === ss || isPunct(cx, k - 1) || cx.text.slice((tok(cx, k - 1) as Token).end, (tok(cx, k) as Token).start).includes('\n');
    if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || cx.complementizers.has(w) || isRelative(cx, k)) return false;
  }
  return false;
}

/** 36 عاما، (36 عاما) ending at j: the index of the number that opens the age, else -1. */
function ageStart(cx: Detection, j: number): number {
  const close = norm(cx, j) === ')' ? 1 : 0;
  if (!/^(عاما|عام|سنه|سنوات|اعوام)$/.test(bareAt(cx, j - close)) || tok(cx, j - close - 1)?.kind !== 'number') return -1;
  if (close === 0) return j - 1;
  return norm(cx, j - 3) === '(' ? j - 3 : -1;
}

/** The source written just before index i (SVO order: حفتر يزعم، الصحيفة تؤكد). */
export function leftSource(cx: Detection, i: number): Source | undefined {
  let j = i - 1;
  if (j < 0 || sentenceOf(cx, j) !== sentenceOf(cx, i)) return undefined;
  // يذكر أن كلاين 36 عاما قال، أما كريم 32 عاما قال: a person's age between him and his
  // verb; the source is the one written before the age.
  const age = ageStart(cx, j);
  if (age > 0) {
    const s = leftSource(cx, age);
    // أما كريم 32 عاما قال: the topic particle is not part of the name.
    const a = s?.start !== undefined ? firstTokenAt(cx, s.start) : -1;
    if (s && a >= 0 && /^و?اما$/.test(norm(cx, a)) && s.entity === undefined && a + 1 < age) s.start = (tok(cx, a + 1) as Token).start;
    return s;
  }
  if (CLAUSE_PARTICLES.has(norm(cx, j))) return undefined;
  // وخرج المدرب بتصريح قال فيه، عرض «فيديو» كشف من خلاله: the noun the pronoun after the verb
  // resumes is where it was said, not who said it.
  // A name there is still taken: رسالة من X يقول فيها، تغريدة للغفيلي قال فيها (the owner of the
  // message), and so is the owner before a relative pronoun (التصريحات التي أكد فيها).
  if (resumptiveAt(cx, i + 1) && !isRelative(cx, j) && !cx.mentionOf[j]) return undefined;
  if (isRelative(cx, j)) {
    if (resumesRelative(cx, j, i)) return undefined;
    j--;
    if (isComma(cx, j)) j--;
  }
  if (j < 0 || sentenceOf(cx, j) !== sentenceOf(cx, i)) return undefined;
  // جنيف … واس ⏎ طالب رئيس اللجنة …: a word on the line before (a dateline, a headline) is not
  // the subject of a verb that opens the next line, even when no full stop parts them.
  if (cx.text.slice((tok(cx, j) as Token).end, (tok(cx, i) as Token).start).includes('\n')) return undefined;
  // وحول تفاصيل الدراسة، بين أنها …: the comma that closes the fronted topic does not hide it.
  if (insideFrontedTopic(cx, isComma(cx, j) ? j - 1 : j)) return undefined;
  const m = cx.mentionOf[j];
  const roleHere = cx.lex.roles.get(norm(cx, j)) ?? roleOf(cx, (norm(cx, j)));
  if (m && m.first === j && m.last === j + 1 && roleHere && bareAt(cx, j).startsWith('ال')) return resolveDescription(cx, j, roleHere);
  if (m && m.last === j + 1) {
    const s: Source = { kind: 'named', entity: m.entity, start: m.start, end: m.end };
    const r = roleOf(cx, (norm(cx, m.first - 1)));
    if (r) s.role = r;
    return s;
  }
  const w = norm(cx, j);
  // لكنه أوضح، ولكنها قالت: the pronoun on لكن stands for someone named before, not a speaker here.
  if (/^[وف]?لكن(ه|ها|هم|هما)$/.test(w)) return undefined;
  if (w === '"' || w === '»' || w === '”') {
    // A quoted name: walk back to its opening quote.
    let k = j - 1;
    while (k >= 0 && j - k < 8 && !OPEN_QUOTES.has(norm(cx, k))) k--;
    if (k >= 0 && OPEN_QUOTES.has(norm(cx, k)) && k < j - 1) {
      const from = inSet(cx.lex.roles, (norm(cx, k - 1))) ? k - 1 : k;
      return analyseNP(cx, from, j + 1);
    }
    return undefined;
  }
  const b = bare(w);
  if (cx.lex.roles.has(w) || cx.lex.roles.has(b)) {
    const role = cx.lex.roles.get(w) ?? (cx.lex.roles.get(b) as string);
    if (b.startsWith('ال')) return resolveDescription(cx, j, role);
    return undefined;
  }
  // هناك من يرى أن: "some" — an anonymous source.
  if (w === 'من' && (norm(cx, j - 1) === 'هناك' || norm(cx, j - 1) === 'ثمه' || norm(cx, j - 1) === 'وهناك')) {
    return { kind: 'anonymous', ...span(cx, j - 1, j + 1) };
  }
  // منهم من قال، حتى من يدعي، رغبات من قالوا: the relative من right before the verb (whoever-subject.ts).
  const whoever = j === i - 1 ? whoeverBefore(cx, i) : undefined;
  if (whoever) return whoever;
  // تقارير أداء لعمل الحكومة، تفيد بـ…: a subject closed by a comma.
  if (isComma(cx, j)) {
    for (let k = j - 1; k >= Math.max(sentenceStart(cx, i), j - 6); k--) {
      if (isPunct(cx, k) || verbAt(cx, k)) break;
      if (inSet(cx.lex.anonymousHeads, norm(cx, k))) return analyseNP(cx, k, j);
    }
    return undefined;
  }
  if (cx.lex.anonymousHeads.has(w) || cx.lex.anonymousHeads.has(b)) return analyseNP(cx, j, j + 1);
  // A head noun followed by one adjective (المصادر الأمنية تؤكد).
  const b2 = bareAt(cx, j - 1);
  if (j - 1 >= 0 && sentenceOf(cx, j - 1) === sentenceOf(cx, i) && cx.lex.anonymousHeads.has(b2)) return analyseNP(cx, j - 1, j + 1);
  // سمعت بعض الناس يفتي، معظم الخبراء يرون: some of a group before the verb.
  if (j - 1 >= 0 && sentenceOf(cx, j - 1) === sentenceOf(cx, i) && cx.lex.quantifierHeads.has(b2) && w.startsWith('ال')) return analyseNP(cx, j - 1, j + 1);
  // A plain noun phrase opened by أن/إن/فإن, or by the start of the sentence
  // (فإن حفتر يزعم), or closed by a comma before a relative pronoun.
  const afterRelative = j < i - 1;
  let k = j;
  const ss = sentenceStart(cx, i);
  while (k >= ss && j - k < 5) {
    const t = tok(cx, k) as Token;
    const kw = norm(cx, k);
    if (t.kind !== 'word' || cx.complementizers.has(kw) || kw === 'فان' || verbAt(cx, k) || cx.lex.npStops.has(kw) || isRelative(cx, k)
      || cx.lex.demonstratives.has(kw) || noSubjectWord(cx, k) || relativeVerbAt(cx, k)) break;
    k--;
  }
  if (k === j) return undefined;
  const opener = k < ss ? '' : norm(cx, k);
  if (afterRelative || k < ss || cx.complementizers.has(opener) || opener === 'فان' || opener === 'لكن' || opener === 'ولكن')
    return analyseNP(cx, k + 1, j + 1);
  // …، وصاحب المنزل يطالب بـ…: a subject with و after a comma opens a clause of its own.
  if (isComma(cx, k) && /^و/.test(norm(cx, k + 1)) && (inSet(cx.lex.roles, norm(cx, k + 1)) || inSet(cx.lex.anonymousHeads, norm(cx, k + 1))
    || cx.lex.quantifierHeads.has(bareAt(cx, k + 1)) || /^(صاحب|اصحاب|مالك|ملاك)$/.test(bareAt(cx, k + 1)))) {
    const s = analyseNP(cx, k + 1, j + 1);
    // The conjunction is not part of the source.
    if (s?.start !== undefined && s.start === (tok(cx, k + 1) as Token).start && s.entity === undefined) s.start += 1;
    return s;
  }
  return undefined;
}

/**
 * With no earlier speaker, the subject of an earlier clause: the latest
 * person or organisation mention, or a noun phrase opened by a title
 * (نائب رئيس الوفد سعيد أبودهش), within the last two sentences.
 */
export function earlierSubject(cx: Detection, i: number): Source | undefined {
  const floor = sentenceStart(cx, Math.max(0, sentenceStart(cx, i) - 1));
  // A person first: organisations in between are more often objects (حسابها على "تويتر").
  // A mention governed by لـ or لدى is an addressee or an employer (قال X لـ«الشرق الأوسط»،
  // في سؤال لـ«عكاظ»، محلل لدى «…»), never the subject of a later subjectless verb.
  const oblique = (j: number): boolean => {
    let k = j - 1;
    while (k >= 0 && isQuoteOpen(cx, k) !== undefined) k--;
    return norm(cx, k) === 'ل' || norm(cx, k) === 'لدي';
  };
  for (const type of ['PER', 'ORG'] as const) {
    // A body after من، في، عن … is an object; one named before it is preferred (governed-mention.ts).
    let governed: MentionRef | undefined;
    for (let j = i - 1; j >= floor; j--) {
      const m = cx.mentionOf[j];
      if (!(m && m.type === type && m.first === j && !oblique(j) && !inByline(cx, j))) continue;
      if (type === 'PER' || !governedMention(cx, j)) return { kind: 'named', entity: m.entity, start: m.start, end: m.end };
      governed ??= m;
    }
    if (governed) return { kind: 'named', entity: governed.entity, start: governed.start, end: governed.end };
  }
  for (let j = i - 1; j >= floor; j--) {
    const w = norm(cx, j);
    const role = roleOf(cx, w) ?? (inSet(cx.lex.anonymousHeads, w) && !cx.lex.carrierNouns.has(w) ? 'anonymous' : undefined);
    if (role && role !== 'newspaper' && role !== 'agency' && role !== 'site' && role !== 'channel' && !inByline(cx, j)) {
      let k = j + 1;
      while (k < i && k - j < 7 && (tok(cx, k) as Token).kind === 'word' && !cx.lex.npStops.has(norm(cx, k)) && !verbAt(cx, k)
        && !cx.lex.demonstratives.has(norm(cx, k))
        && !cx.complementizers.has(norm(cx, k)) && !isRelative(cx, k)) k++;
      // الصحفية والناشطة الجنوبية X: a title joined to the one before it by و is part of the same phrase.
      const a = /^و/.test(w) && j - 1 >= floor && bareAt(cx, j - 1).startsWith('ال') && roleOf(cx, norm(cx, j - 1)) !== undefined ? j - 1 : j;
      if (k - j >= 2 || w.startsWith('ال')) return analyseNP(cx, a, k);
    }
  }
  return undefined;
}

/**
 * أحسن الوزير حينما نفى …، أن الأميركيين عندما أعلنوا …: the subject of a verb after a conjunction
 * of time, when none is written after it, is the main clause's: the noun phrase between أن and the
 * conjunction, the noun phrase after the sentence's first word, else the one named earlier in the
 * sentence.
 */
export function mainClauseSubject(cx: Detection, c0: number): Source | undefined {
  // وحين أبلغوا …، تم …: a conjunction with و, or opening its sentence, has its main clause after it.
  const c = c0 - 1;
  if (/^[وف]/.test(norm(cx, c)) || c <= sentenceStart(cx, c0)) return undefined;
  const s = subjectAfterComplementizer(cx, c0) ?? sentenceSubject(cx, c0);
  if (s) return s;
  const e = earlierSubject(cx, c0);
  return e?.start !== undefined && e.start >= (tok(cx, sentenceStart(cx, c0)) as Token).start ? e : undefined;
}

export function lastSpeakerDraft(cx: Detection): Draft | undefined {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if ((cx.drafts[k] as Draft).speaker) return cx.drafts[k];
  return undefined;
}

/** من جهتها، من جانبه،: where the clause after a fronted «on her part» and its comma opens at ss, or -1. */
function frontedSideEnd(cx: Detection, ss: number): number {
  return FRONTED_SIDE.test(norm(cx, ss)) && /^(جهت|جانب|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, ss + 1)) && isComma(cx, ss + 2) ? ss + 3 : -1;
}

/** The noun phrase after the first word of i's sentence, when it names someone (VSO). */
export function sentenceSubject(cx: Detection, i: number): Source | undefined {
  // من جهتها، قدمت إدارة النادي شكرها …، مبينة: the verb opens the clause after the fronted phrase.
  const fronted = frontedSideEnd(cx, sentenceStart(cx, i));
  let v = fronted > 0 && fronted < i - 1 ? fronted : sentenceStart(cx, i);
  // فقد استشاط رئيس المجلس غضبا من الوزير …، فصرخ فيه قائلا: قد before the verb, which it opens.
  // (Not لقد: an oath that opens a speaker's own words more than a narrated sentence.)
  if (/^[وف]?قد$/.test(norm(cx, v)) && v + 1 < i - 1) v++;
  let a = v + 1;
  while (a < i && (isPunct(cx, a) || cx.lex.npSkip.has(norm(cx, a)) || TIME_WORDS.has(norm(cx, a)))) a++;
  if (a >= i) return undefined;
  const known = cx.mentionOf[a] !== undefined || inSet(cx.lex.roles, norm(cx, a)) || inSet(cx.lex.anonymousHeads, norm(cx, a));
  if (!known) return undefined;
  let b = a;
  while (b < i && b - a < 8 && (tok(cx, b) as Token).kind === 'word' && !cx.lex.npStops.has(norm(cx, b)) && !verbAt(cx, b)
    && !cx.complementizers.has(norm(cx, b)) && !isRelative(cx, b) && !TIME_WORDS.has(norm(cx, b)) && !PREP_PRONOUN.test(norm(cx, b))
    && !(b > a && norm(cx, b).startsWith('ب')) && !noSubjectWord(cx, b) && !objectAfterName(cx, a, b) && !ownedAfterName(cx, b)) b++;
  // بعث المدرب «سامي نادر» …: a quoted name in apposition after the title is part of the subject.
  const m = cx.mentionOf[b + 1];
  if (b > a && isQuoteOpen(cx, b) !== undefined && m?.first === b + 1 && m.type === 'PER' && /^[»”"]$/.test(norm(cx, m.last))) b = m.last + 1;
  return b > a ? analyseNP(cx, a, b) : undefined;
}

/**
 * انتقد نادي أولمبيك مارسيليا مدربه السابق X: a noun with a possessive pronoun (مدربه، لاعبيها،
 * written with ه, not the ة of a feminine title) right after a name is what the name owns: the
 * verb's object, and the subject ends before it.
 */
export function ownedAfterName(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  const m = cx.mentionOf[k - 1];
  if (t?.kind !== 'word' || !m || m.last !== k || cx.mentionOf[k]) return false;
  const raw = cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, '');
  const w = norm(cx, k);
  // موجها حديثه: ها after a short stem is as often the accusative ا of a participle in ه.
  return /^[^وفبلك](.{2,}(ه|هم|هما)|.{3,}ها)$/.test(raw) && !bare(w).startsWith('ال') && !cx.lex.mascNounsInH.has(w) && !verbAt(cx, k)
    && !accusativeParticiple(cx, k);
}

/**
 * قدمت إدارة النادي شكرها لـ…، أصدر الاتحاد الدولي بيانا: past the name that opens the subject at
 * a, an indefinite word that names no one (no title, no mention) is the verb's object.
 */
function objectAfterName(cx: Detection, a: number, b: number): boolean {
  const m = cx.mentionOf[a];
  if (!m || m.first !== a || b < m.last || cx.mentionOf[b]) return false;
  const w = norm(cx, b);
  return !bare(w).startsWith('ال') && roleOf(cx, w) === undefined && !cx.lex.rankTitles.has(w) && !inSet(cx.lex.anonymousHeads, w)
    && !TITLE_MARKS.has(w) && w.length > 1;
}

/** فيه، خلالها، من خلاله، عبره: a preposition with the pronoun resuming a noun before a relative verb. */
export function resumptiveAt(cx: Detection, k: number): boolean {
  return /^(فيه|فيها|خلاله|خلالها|عبره|عبرها)$/.test(norm(cx, k))
    || (norm(cx, k) === 'من' && /^خلال(ه|ها)$/.test(norm(cx, k + 1)));
}

/**
 * أصدرت إدارة النادي بيانا صحفيا … كشفت من خلاله: the subject written between a verb and its
 * indefinite accusative object (بيانا، مؤتمرا) a few words before i, when the relative verb at i
 * resumes that object.
 */
export function objectOwner(cx: Detection, i: number): Source | undefined {
  const ss = sentenceStart(cx, i);
  for (let a = i - 1; a > ss && i - a <= 6; a--) {
    if (tok(cx, a)?.kind !== 'word') return undefined;
    const w = norm(cx, a);
    if (w.length < 4 || !w.endsWith('ا') || /^و?ال/.test(w) || ALIF_ADVERBS.has(w) || ALIF_ADVERBS.has(bare(w)) || cx.mentionOf[a] || verbAt(cx, a)) continue;
    let k = a;
    while (k - 1 > ss && a - k < 6 && tok(cx, k - 1)?.kind === 'word' && !verbAt(cx, k - 1)
      && (bareAt(cx, k - 1).startsWith('ال') || cx.mentionOf[k - 1] !== undefined || inSet(cx.lex.roles, norm(cx, k - 1)) || inSet(cx.lex.anonymousHeads, norm(cx, k - 1)))) k--;
    // The word before the subject is its verb: neither a preposition nor a definite noun.
    const v = norm(cx, k - 1);
    // بيانا صحفيا: an adjective after the object; the object is further back.
    if (k === a) continue;
    if (tok(cx, k - 1)?.kind !== 'word' || v.startsWith('ال') || PREPOSITIONS.has(v) || BARE_PREPOSITIONS.has(v)) return undefined;
    const m = cx.mentionOf[k];
    return analyseNP(cx, m && m.first < k ? m.first : k, a);
  }
  return undefined;
}

/**
 * Does the noun phrase at a fail to agree in gender with a verb of gender g? A one-word
 * organisation name in ة agrees with a masculine verb (masculine-org-name.ts) unless `urged`:
 * after a verb of urging such a name is rather the one urged (وطالب الوزارة بـ…).
 */
export function disagrees(cx: Detection, g: 'm' | 'f', a: number, urged = false): boolean {
  const w = bareAt(cx, a);
  if (cx.mentionOf[a]?.type === 'PER' || isQuoteOpen(cx, a)) return false;
  if (g === 'm' && !urged && oneWordOrgNameInH(cx, a)) return false;
  if (g === 'm') return w.length >= 4 && w.endsWith('ه') && !cx.lex.mascNounsInH.has(w) && !cx.lex.mascNounsInH.has(norm(cx, a));
  const role = roleOf(cx, w);
  return w.startsWith('ال') && !w.endsWith('ه') && (role === 'person' || role === 'minister' || role === 'president' || role === 'spokesman');
}

/**
 * The subject of a subjectless verb in the middle of a sentence: the subject of a verb
 * earlier in the sentence that reported nothing, or the noun phrase after the sentence's
 * first word when that word opens the clause (ونشر هيرتا …، وقال إن).
 */
export function clauseSubject(cx: Detection, i: number): Source | undefined {
  const ss0 = sentenceStart(cx, i);
  if (i - ss0 < 3) return undefined;
  const last = lastSpeakerDraft(cx);
  const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, i);
  if (cx.lastSubject && sentenceOf(cx, cx.lastSubject.at) === sentenceOf(cx, i)
    && (!lastHere || (last !== undefined && (tok(cx, cx.lastSubject.at) as Token).start > last.cue.start))) return { ...cx.lastSubject.source };
  if (lastHere) return undefined;
  // «… واحدة. فرغم تداخل …»، وتابع: a sentence that opens inside the last speaker's words is theirs.
  const s0 = (tok(cx, ss0) as Token).start;
  if (last !== undefined && last.content.start <= s0 && s0 < last.content.end) return undefined;
  // من جهتهم، أخضع باحثون …، وخلصوا: after a fronted «on their part» the clause opens with its verb.
  let ss = ss0;
  const fronted = frontedSideEnd(cx, ss0);
  if (fronted > 0 && fronted < i - 2) ss = fronted;
  const first = norm(cx, ss);
  // قررت محافظة القاهرة فتح الحدائق، كما أعلنت أنه …: a sentence opened by a past verb that
  // agrees with the cue (feminine ت on both) has its subject after that verb.
  const g = verbAt(cx, i)?.gender;
  const coordinated = verbAt(cx, i)?.conjoined === true || /^و?كما$/.test(norm(cx, i - 1));
  const pastOpener = ss === ss0 && g !== undefined && coordinated && /^[^اوين]/.test(first) && first.length >= 3 && first.length <= 6
    && (g === 'f' ? first.endsWith('ت') && bareAt(cx, i).endsWith('ت') : !first.endsWith('ت') && !first.endsWith('ه'))
    && !cx.lex.prepositional.has(first) && !TIME_WORDS.has(first) && !DATE_HEADS.has(first) && tok(cx, ss)?.kind === 'word';
  if (first.startsWith('ال') || cx.lex.npStops.has(first) || cx.lex.demonstratives.has(first) || isPunct(cx, ss) || verbAt(cx, ss)
    || cx.complementizers.has(first) || tok(cx, ss)?.kind !== 'word' || (!/^[وف]/.test(first) && ss !== fronted && !pastOpener) || (first.length < 4 && ss !== fronted && !pastOpener)
    || cx.lex.prepositional.has(first) || /^و(ال|في|ب|ل|ك|من|عن|علي|مع|بعد|قبل|حسب|لكن)/.test(first) || TOPIC_PREPOSITIONS.test(first)) return undefined;
  let a = ss + 1;
  while (a < i && (cx.lex.npSkip.has(norm(cx, a)) || TIME_WORDS.has(norm(cx, a)))) a++;
  const head = norm(cx, a);
  if (tok(cx, a)?.kind !== 'word' || /^[بلك]/.test(head) && !head.startsWith('ال') && !cx.mentionOf[a] && !cx.lex.anonymousHeads.has(head) && !cx.lex.roles.has(head)
    || PREP_PRONOUN.test(head)
    || cx.lex.npStops.has(head) || verbAt(cx, a) || cx.complementizers.has(head) || cx.lex.demonstratives.has(head)) return undefined;
  let b = a;
  while (b < i && b - a < 5 && (tok(cx, b) as Token).kind === 'word' && !cx.lex.npStops.has(norm(cx, b)) && !verbAt(cx, b)
    && !cx.complementizers.has(norm(cx, b)) && !isRelative(cx, b) && !TIME_WORDS.has(norm(cx, b)) && !PREP_PRONOUN.test(norm(cx, b))
    && !(b > a && /^[بلو]/.test(norm(cx, b)) && !cx.mentionOf[b]) && !(b > a && verbalNounObject(cx, b))) b++;
  return b > a && b < i ? analyseNP(cx, a, b) : undefined;
}

/** Does the word at k name someone (an entity, a role, an anonymous source, an outlet)? */
export function speakerAt(cx: Detection, k: number): boolean {
  return cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, norm(cx, k)) || inSet(cx.lex.anonymousHeads, norm(cx, k))
    || inSet(cx.lex.outletNouns, norm(cx, k)) || isQuoteOpen(cx, k) !== undefined;
}

/** أما X …، فقال: the noun phrase after أما, for the verb with ف at c0 in the same sentence. */
export function ammaTopic(cx: Detection, c0: number): Source | undefined {
  // أما العروس فقد قالت: the ف may stand on قد before the verb.
  const faQad = /^ف(قد|لقد)$/.test(norm(cx, c0 - 1));
  if (!/^ف/.test(norm(cx, c0)) && !faQad) return undefined;
  const end = faQad ? c0 - 1 : c0;
  const ss = sentenceStart(cx, c0);
  for (let k = c0 - 1; k >= ss && c0 - k < 30; k--) {
    if (verbAt(cx, k)) return undefined;
    if (norm(cx, k) !== 'اما' && norm(cx, k) !== 'واما') continue;
    let e = k + 1;
    while (e < end && e - k <= 12 && !isComma(cx, e) && !isRelative(cx, e) && !verbAt(cx, e) && !(isPunct(cx, e) && !isQuoteOpen(cx, e) && !BRACKETS.has(norm(cx, e)))) e++;
    // أما العروس «X» فقد قالت: a definite noun with a quoted name or a person after it names her.
    const apposed = e > k + 2 && bareAt(cx, k + 1).startsWith('ال') && (isQuoteOpen(cx, k + 2) !== undefined || cx.mentionOf[k + 2]?.type === 'PER');
    return e > k + 1 && (speakerAt(cx, k + 1) || apposed) ? analyseNP(cx, k + 1, e) : undefined;
  }
  return undefined;
}

/** X، أعلن، …: a noun phrase that names someone, alone before the verb and a comma at its sentence start. */
export function frontedTopic(cx: Detection, c0: number): Source | undefined {
  const ss = sentenceStart(cx, c0);
  if (!isComma(cx, c0 - 1) || c0 - 1 <= ss || c0 - 1 - ss > 8 || !speakerAt(cx, ss)) return undefined;
  // «نحن لا نريد الحرب»، يقول أحد السكان: a quoted clause is what was said (quote-first.ts).
  if (quotedClauseBefore(cx, c0)) return undefined;
  if (PREPOSITIONS.has(norm(cx, ss)) || /^و?(في|ب|ل|من|عن|علي|الي|مع|بعد|قبل)$/.test(norm(cx, ss))) return undefined;
  for (let k = ss; k < c0 - 1; k++) {
    if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || isRelative(cx, k)) return undefined;
    if (isPunct(cx, k) && !isQuoteOpen(cx, k) && !['"', '»', '”'].includes(norm(cx, k))) return undefined;
  }
  return analyseNP(cx, ss, c0 - 1);
}

/**
 * لم يقدم المسؤول تفاصيل، لم يصدر أي تعليق عن X، لكنها لم تحدد أين: a negated verb of giving
 * with what was not given (details, a comment) or a question word. Returns the last token used, or i.
 */
export function negatedGiving(cx: Detection, i: number): number {
  const v = bareAt(cx, i + 1);
  if (!GIVING.test(v)) return i;
  const se = sentenceEnd(cx, i);
  const specify = /حدد$/.test(v);
  let k = i + 2;
  while (k < se && k - i < 12 && !isPunct(cx, k) && !(specify ? QUESTION_WORDS.has(norm(cx, k)) || norm(cx, k) === 'من' : NOT_GIVEN.has(norm(cx, k)))) k++;
  if (k >= se || isPunct(cx, k)) return i;
  const obj = norm(cx, k - 1) === 'اي' ? k - 1 : k;
  let source = obj > i + 2 ? analyseNP(cx, i + 2, obj) : undefined;
  // لم يصدر أي تعليق على الموضوع عن حركة …: the one the comment did not come from.
  // لم يصدر أي تعليق رسمي من حماس: after من too (comment-source.ts).
  if (!source) source = withheldFrom(cx, k, se);
  if (!source) source = PRONOUN_SUBJECT.test(norm(cx, i - 1)) ? previousSpeaker(cx, i) : (leftSource(cx, i) ?? previousSpeaker(cx, i));
  if (!source) return i;
  const [a, b] = contentFrom(cx, k, false);
  emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, a, b), stance: 'none' }, false);
  return k;
}

/** A sound masculine plural in the nominative (المعلمون، المسؤولون): a subject, never an object. */
export function nominativePlural(cx: Detection, a: number): boolean {
  const w = bareAt(cx, a);
  return w.startsWith('ال') && w.endsWith('ون') && (w.length >= 8 || cx.lex.anonymousHeads.has(w)) && !SINGULARS_IN_WN.has(w.slice(2));
}

/** A sound masculine plural in the accusative or genitive (المشاركين، العاملين): not a subject. */
export function obliquePlural(cx: Detection, a: number): boolean {
  const w = bareAt(cx, a);
  return w.startsWith('ال') && w.endsWith('ين') && w.length >= 8;
}

/** Is there someone before i (a speaker in this or the previous sentence, or this clause's subject) who could be urging? */
export function urgerBefore(cx: Detection, i: number): boolean {
  const last = lastSpeakerDraft(cx);
  if (last && sentenceOf(cx, i) - (firstTokenAt(cx, last.content.end) > 0 ? sentenceOf(cx, firstTokenAt(cx, last.content.end) - 1) : -10) <= 1) return true;
  if (cx.lastSubject && sentenceOf(cx, i) - sentenceOf(cx, cx.lastSubject.at) <= 1) return true;
  return clauseSubject(cx, i) !== undefined;
}

/**
 * رحب ميهايلوفيتش بعودة المهاجم …. وقال «…»: a report opening its sentence with no subject goes
 * on with the subject written with a verb of the sentence before, when that verb came after the
 * last report and agrees with the cue (gender g).
 */
export function subjectOfSentenceBefore(cx: Detection, i: number, g: 'm' | 'f' | undefined): Source | undefined {
  const ls = cx.lastSubject;
  if (!ls || ls.source.start === undefined || sentenceOf(cx, i) - sentenceOf(cx, ls.at) !== 1) return undefined;
  const last = lastSpeakerDraft(cx);
  const at = (tok(cx, ls.at) as Token).start;
  // … أن محكمة الجنايات حكمت لوالده …. وأضاف: a verb inside the last report's words is not the writer's.
  if (last && (at < last.cue.start || (at >= last.content.start && at < last.content.end))) return undefined;
  // Only a person: a body or a place named with the verb is as often its object or setting.
  const a = firstTokenAt(cx, ls.source.start);
  let person = false;
  for (let k = a; k < cx.tokenCount && (tok(cx, k) as Token).start < (ls.source.end ?? ls.source.start); k++) if (cx.mentionOf[k]?.type === 'PER') person = true;
  if (!person || (g !== undefined && disagrees(cx, g, a))) return undefined;
  return { ...ls.source };
}

export function previousSpeaker(cx: Detection, i: number): Source | undefined {
  const last = outerSpeakerDraft(cx, i);
  if (!last) return earlierSubject(cx, i);
  // Only carry a speaker over a short distance.
  const lastSentence = firstTokenAt(cx, last.cue.start) < cx.tokenCount ? sentenceOf(cx, firstTokenAt(cx, last.cue.start)) : -10;
  if (sentenceOf(cx, i) - lastSentence > 3) return undefined;
  return { ...last.source };
}

/**
 * وفي أول مقابلة له …، خص جون كيري الصحيفة بحوار …، مشددا على …: a person named right after a
 * past verb that reports nothing, earlier in the participle's sentence, is its subject.
 */
export function personAfterVerbHere(cx: Detection, i: number): Source | undefined {
  const ss = sentenceStart(cx, i);
  for (let k = i - 2; k > ss; k--) {
    const m = cx.mentionOf[k];
    if (!m || m.first !== k || m.type !== 'PER') continue;
    // بعث الممثل «X»، زار وزير الصحة د. X: a title (and a quotation mark) between the verb and the name.
    const t = titleOpening(cx, k, ss);
    const w = norm(cx, t - 1);
    if (tok(cx, t - 1)?.kind !== 'word' || w.length < 2 || w.length > 5 || bare(w).startsWith('ال') || /[هي]$/.test(w) || cx.mentionOf[t - 1]
      || PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w) || TIME_WORDS.has(w) || inSet(cx.lex.roles, w) || cx.lex.rankTitles.has(w)
      || cx.lex.npStops.has(w) || cx.lex.npSkip.has(w) || cx.complementizers.has(w) || isRelative(cx, t - 1) || verbAt(cx, t - 1)) continue;
    // Only a verb that opens its clause: after a comma, the sentence start or a time phrase.
    const p = t - 2;
    if (!(p < ss || isPunct(cx, p) || tok(cx, p)?.kind === 'number' || TIME_WORDS.has(norm(cx, p)) || norm(cx, p) === ')')) continue;
    const named: Source = { kind: 'named', entity: m.entity, start: m.start, end: m.end };
    if (t === k) return named;
    const e = /^[»”"]$/.test(norm(cx, m.last)) ? m.last + 1 : m.last;
    return analyseNP(cx, t, e) ?? named;
  }
  return undefined;
}

/**
 * الممثل «X»، وزير الصحة د. X، نائب رئيس النادي X: where a title right before the name at k
 * opens (a role or a rank, with the titles in construct before it, its definite genitives and a
 * mark after it), or a lone definite noun in apposition (الممثل «X»); k (or its opening
 * quotation mark) when none stands there. A definite title before the title (الرئيس الوزير X) is
 * another person: the phrase stops at the one nearest the name.
 */
function titleOpening(cx: Detection, k: number, floor: number): number {
  const a = isQuoteOpen(cx, k - 1) !== undefined ? k - 1 : k;
  const isTitle = (w: string): boolean => roleOf(cx, w) !== undefined || cx.lex.rankTitles.has(w) || cx.lex.rankTitles.has(bare(w));
  for (let b = a - 1; b > floor && a - b <= 5; b--) {
    const w = norm(cx, b);
    if (isTitle(w)) {
      let open = b;
      while (open - 1 > floor && isTitle(norm(cx, open - 1)) && !bareAt(cx, open - 1).startsWith('ال')) open--;
      return open;
    }
    if (TITLE_MARKS.has(w) || (w.length === 1 && TITLE_MARKS.has(norm(cx, b + 1)))) continue;
    if (tok(cx, b)?.kind !== 'word' || !bare(w).startsWith('ال') || verbAt(cx, b) || cx.mentionOf[b]) break;
  }
  const w = norm(cx, a - 1);
  return a - 1 > floor && tok(cx, a - 1)?.kind === 'word' && bare(w).startsWith('ال') && !verbAt(cx, a - 1) && !cx.mentionOf[a - 1] ? a - 1 : a;
}
