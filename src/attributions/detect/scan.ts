/**
 * The scan over the tokens: at each token, the cue that starts there adds its
 * drafts: a negated verb or a refusal to comment (لم يكشف، رفض التعليق), جاء في,
 * a free relative (وهو ما نفاه), a verb of saying, a prepositional cue, بقوله/بالقول, a colon.
 */
import type { Detection } from './context.js';
import {
  bareAt, isComma, isPunct, isQuoteOpen, isRelative, matchPhrase, norm, normLemma, sentenceEnd, sentenceOf, sentenceStart, span, tok, verbAt,
} from './lookups.js';
import {
  BELIEF_LEMMAS, CLAUSE_PARTICLES, COLONS, inSet, PREP_PRONOUN, PREPOSITIONS, PRESENT_NEGATORS, PRONOUN_SUBJECT, TIME_WORDS,
} from './word-sets.js';
import type { VerbCue } from '../lexicon.js';
import { agreeingWithoutSource } from './without-agreement.js';
import { analyseNP } from './noun-phrase.js';
import {
  earlierSubject, lastSpeakerDraft, leftSource, negatedGiving, objectOwner, previousSpeaker, svoSubject,
} from './subjects.js';
import { contentFrom, firstTokenAt } from './content.js';
import { anonymityAt, calledAt, withoutSaying } from './frame-parts.js';
import { emit, settleRelay } from './drafts.js';
import { verbCue } from './verb-cue.js';
import { negatedObjectReport } from './negated-object.js';
import { writtenTextAt } from './written-text.js';
import { requestParticiple } from './request-participle.js';
import { describedCarrierReport } from './described-carrier.js';
import { plausibleSource, prepositionalCue } from './prepositional.js';
import { asReportedCue } from './as-reported.js';
import { colonCue, relativeReport } from './clause-cues.js';
import { sayingNounCue } from './saying-noun.js';
import { citedSayingCue } from './cited-saying.js';
import { toSayingCue } from './to-saying.js';
import { noReplyToComment } from './no-reply.js';
import { circulatedReport } from './circulated-report.js';
import { rumouredReport } from './rumoured-report.js';
import { participleThenSubject } from './participle-then-subject.js';
import { relayedRelative } from './relayed-relative.js';
import { withoutGiving } from './without-giving.js';
import { withoutCueSubject } from './without-subject.js';
import { REJECTED_IDEAS, refusalParticiple, refusingSpeaker } from './refusal-participle.js';
import { quotedStatementAt, quotedWords } from './quoted-statement.js';
import { trailingAsSaid } from './trailing-as-said.js';

/**
 * الأمر الذي دعا الزوار إلى …، مما دعا الهيئة إلى …، أمر يدعو إلى القلق: دعا whose subject is
 * a state of affairs (the clause before, or أمر) means "led to", not a call made by a speaker.
 */
function causativeCall(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.participle || normLemma(v) !== 'دعا') return false;
  const p = bareAt(cx, i - 1);
  return p === 'مما' || p === 'امر' || p === 'الامر' || (p === 'الذي' && bareAt(cx, i - 2) === 'الامر');
}

/**
 * أصل وثيقة التخرج، موضحاً بها التقدير العام: موضحا with "on it" and a noun describes what a
 * document shows, not what someone said (a report has أن after it: مبينا فيها أن …).
 */
function shownInDocument(cx: Detection, i: number, v: VerbCue): boolean {
  if (!v.participle || normLemma(v) !== 'اوضح' || !/^(ب|في)(ها|ه)$/.test(norm(cx, i + 1))) return false;
  const next = norm(cx, i + 2);
  return tok(cx, i + 2)?.kind === 'word' && !cx.complementizers.has(next) && !COLONS.has(next) && !isQuoteOpen(cx, i + 2);
}

/** Reads the document token by token and lets each kind of cue find its attributions. */
export function scanCues(cx: Detection): void {
  for (let i = 0; i < cx.tokenCount; i++) {
    if (cx.pendingRelay && i > cx.pendingRelay.at) settleRelay(cx);
    if (cx.consumed[i]) continue;
    const w = norm(cx, i);
    const bw = bareAt(cx, i);
    const excl = matchPhrase(cx, i, cx.lex.excluded);
    if (excl > 0) {
      i += excl - 1;
      continue;
    }
    // نفى ما تداوله مغردون عن …: a relayed free relative with its subject (relayed-relative.ts).
    const relayed = relayedRelative(cx, i);
    if (relayed > i) {
      i = relayed;
      continue;
    }
    // ما وصفه مسؤولون، كثيرا ما يصرح، على ما أفادت به: a relative or adverbial ما, no negation.
    if (bw === 'ما' && !(i === sentenceStart(cx, i) || isPunct(cx, i - 1) || CLAUSE_PARTICLES.has(norm(cx, i - 1)) || /^[وف]?(انه|انها|لكنه|لكنها)$/.test(norm(cx, i - 1)))) continue;
    // وتداول ناشطون أنباء عن …: circulating a report (circulated-report.ts).
    const circulated = Math.max(circulatedReport(cx, i), rumouredReport(cx, i));
    if (circulated > i) {
      i = circulated;
      continue;
    }
    // لم يكشف، لم ينف
    if (cx.lex.negators.has(w)) {
      const v0 = verbAt(cx, i + 1);
      // لم تثبت أو تنفي الأمر، لم يؤكد ولا ينفي: one negated cue over both verbs.
      const alt = norm(cx, i + 2) === 'او' || norm(cx, i + 2) === 'ولا' ? verbAt(cx, i + 3) : undefined;
      const v = v0 && !v0.participle ? v0 : alt && !alt.participle ? alt : undefined;
      // لا يعترف بالحدود، ولا يوضح ما …، لن تعطي الفرصة: a habit or a forecast, not a statement
      // withheld (لا يستبعد, not ruling out, is handled below: it puts the content forward).
      if (PRESENT_NEGATORS.has(w) && normLemma(v0) !== 'استبعد') {
        if (v0) i += 1;
        continue;
      }
      // ولم ترد الوزارة على طلب للتعليق: declining to comment (no-reply.ts).
      const noReply = noReplyToComment(cx, i);
      if (noReply > i) {
        i = noReply;
        continue;
      }
      if (v && BELIEF_LEMMAS.has(normLemma(v))) {
        i += 1;
        continue;
      }
      if (v) {
        const ce = alt && !alt.participle ? i + 4 : i + 2;
        // لكنها لم تعلن …، إلا أنه لم يكشف …: a pronoun subject names the previous speaker;
        // إلا أن يسرا لم تثبت …: a subject written before لم is the speaker, what follows the object.
        const before = w === 'لم' && v.objectContent && tok(cx, i - 1)?.kind === 'word' && sentenceOf(cx, i - 1) === sentenceOf(cx, i) && !isRelative(cx, i - 1)
          ? leftSource(cx, i) : undefined;
        const forced = PRONOUN_SUBJECT.test(norm(cx, i - 1)) ? previousSpeaker(cx, i) : before;
        // لم يستبعدوا أن …، لا يستبعد X …: not ruling out puts the content forward (GUIDELINE.md).
        if (normLemma(v) === 'استبعد' && ce === i + 2) {
          i = verbCue(cx, i, ce, v, 'assert', false, false, forced ? { forced } : {});
          continue;
        }
        const drafts = cx.drafts.length;
        const last = verbCue(cx, i, ce, v, 'none', true, false, forced ? { forced } : {});
        // ولم تذكر الوزارة أرقاما محددة: no introducer, the object read from its first word.
        i = cx.drafts.length === drafts && !forced ? Math.max(last, negatedObjectReport(cx, i, ce, v)) : last;
        continue;
      }
      // لم يقدم تفاصيل، لم يصدر أي تعليق، لم تحدد أين: nothing given, stance none.
      const given = negatedGiving(cx, i);
      if (given > i) {
        i = given;
        continue;
      }
      // لم تتمكن من تأكيد
      if (cx.lex.ableVerbs.has(norm(cx, i + 1)) && norm(cx, i + 2) === 'من' && cx.lex.masdars.has(norm(cx, i + 3))) {
        const left = leftSource(cx, i);
        const src = left ?? previousSpeaker(cx, i);
        if (src) {
          const [a, b] = contentFrom(cx, i + 4, false);
          emit(cx, { cue: span(cx, i, i + 4), source: src, content: span(cx, a, b), stance: 'none' });
          i += 3;
        }
        continue;
      }
      continue;
    }
    // دون الإفصاح عن …: the subject of the clause did not say.
    if ((w === 'دون' || w === 'بدون') && (cx.lex.noneObjects.has(norm(cx, i + 1)) || cx.lex.masdars.has(norm(cx, i + 1)))) {
      // The clause's own subject first (without-subject.ts).
      const src = withoutCueSubject(cx, i) ?? earlierSubject(cx, i) ?? previousSpeaker(cx, i);
      if (src && i + 2 < sentenceEnd(cx, i)) {
        const [a, b] = contentFrom(cx, i + 2, false);
        emit(cx, { cue: span(cx, i, i + 2), source: src, content: span(cx, a, b), stance: 'none' }, false);
        i += 1;
      }
      continue;
    }
    // …، دون أن يذكر اسم الرئيس: the speaker of the sentence did not say.
    // دون أن يدلي بأي تصريح: a verb of giving with the statement not given (without-giving.ts).
    const without = withoutSaying(cx, i) ?? withoutGiving(cx, i);
    if (without) {
      const last = lastSpeakerDraft(cx);
      const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, i);
      const first = lastHere && last ? { ...last.source } : withoutCueSubject(cx, i) ?? earlierSubject(cx, i) ?? previousSpeaker(cx, i);
      const at = firstTokenAt(cx, without.cue.start);
      // …، من دون أن تعطي: the verb agrees with who did not give (without-agreement.ts).
      const src = first && agreeingWithoutSource(cx, at + 2, first, last && first.start === last.source.start ? last : undefined);
      if (src) {
        const [a, b] = contentFrom(cx, at + 3, false);
        emit(cx, { cue: without.cue, source: src, content: span(cx, a, b), stance: 'none' }, false);
        i = at + 2;
      }
      continue;
    }
    // رفض التعليق، امتنع عن الإدلاء
    if (cx.lex.noneVerbs.has(w)) {
      const se = sentenceEnd(cx, i);
      // رفضت X فكرة أن …، رافضا اعتبار أن …: rejecting the idea that … denies it.
      // A participle's speaker is its sentence's subject (refusal-participle.ts).
      const participle = refusalParticiple(w);
      for (let k = i + 1; k < Math.min(se, i + 8) && !isPunct(cx, k) && !verbAt(cx, k); k++) {
        if (!REJECTED_IDEAS.has(norm(cx, k)) || !cx.complementizers.has(norm(cx, k + 1))) continue;
        const source = participle ? refusingSpeaker(cx, i)
          : k > i + 1 ? analyseNP(cx, i + 1, k) : (svoSubject(cx, i) ?? leftSource(cx, i) ?? previousSpeaker(cx, i));
        if (source) {
          const [a, b] = contentFrom(cx, k + 2, false);
          emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'deny' });
          i = k + 1;
        }
        break;
      }
      if (i >= se || !cx.lex.noneVerbs.has(norm(cx, i))) continue;
      // وأحجمت وزارة الدفاع الأمريكية (البنتاجون) عن التعليق: a subject with a bracketed name may be long;
      // a participle has no subject after it (رافضا التعليق، ممتنعا عن التعليق).
      for (let k = i + 1; k < Math.min(se, participle ? i + 3 : i + 10); k++) {
        if (cx.lex.noneObjects.has(norm(cx, k))) {
          const npEnd = norm(cx, k - 1) === 'عن' ? k - 1 : k;
          const source = participle ? refusingSpeaker(cx, i)
            : npEnd > i + 1 ? analyseNP(cx, i + 1, npEnd) : (leftSource(cx, i) ?? previousSpeaker(cx, i));
          if (!source) break;
          const cs = Math.min(k + 1, se - 1);
          const [a, b] = k + 1 < se && !isPunct(cx, k + 1) ? contentFrom(cx, cs, false) : [k, k + 1];
          emit(cx, { cue: span(cx, i, npEnd > i + 1 ? i + 1 : k + 1), source, content: span(cx, a, b), stance: 'none' });
          i = k;
          break;
        }
      }
      continue;
    }
    // وجاء في البيان أن …، وجاء في البيان الذي بثه التلفزيون «…»: a clause, a colon or a quotation.
    if (bw === 'جاء' && norm(cx, i + 1) === 'في') {
      const se = sentenceEnd(cx, i);
      let k = i + 2;
      while (k < se && k - i < 30 && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !verbAt(cx, k) && !quotedStatementAt(cx, k)) k++;
      // جاء في المركز الثاني بعد أن …: an أن of time (بعد أن، قبل أن) introduces nothing said.
      const timedThat = cx.complementizers.has(norm(cx, k)) && /^(بعد|قبل|منذ|حتي|لحين)$/.test(bareAt(cx, k - 1));
      if (k < se && k > i + 2 && !timedThat && (cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k)) || quotedStatementAt(cx, k))) {
        let e = i + 3;
        while (e < k && !isRelative(cx, e) && !isComma(cx, e) && e - i < 7) e++;
        // وجاء في الدعوى …، وجاء في وصية X إن …: a written text speaks (written-text.ts).
        const source = plausibleSource(cx, i + 2, e) || writtenTextAt(cx, i + 2) ? analyseNP(cx, i + 2, e) : undefined;
        if (source) {
          const [a, b] = quotedStatementAt(cx, k) ? quotedWords(cx, k) : contentFrom(cx, k + 1, false);
          emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, a, b), stance: 'assert' });
          for (let q = i; q <= k; q++) cx.consumed[q] = 1;
          i = k;
          continue;
        }
      }
    }
    // أرسل X بيانا صحفيا جاء فيه: …، كتبت الصحيفة افتتاحية جاء فيها: …: the statement before is
    // the source when it is one (بيان، تقرير), else the subject of the sentence that wrote it.
    if (bw === 'جاء' && /^(فيه|فيها)$/.test(norm(cx, i + 1))
      && (COLONS.has(norm(cx, i + 2)) || cx.complementizers.has(norm(cx, i + 2)) || isQuoteOpen(cx, i + 2))) {
      let a = i - 1;
      // بعنوان "معادلة جديدة": a title in quotes after the statement.
      if (['"', '»', '”'].includes(norm(cx, a))) {
        let k = a - 1;
        while (k > sentenceStart(cx, i) && a - k < 10 && !isQuoteOpen(cx, k)) k--;
        if (isQuoteOpen(cx, k) && /^ب?عنوان$/.test(norm(cx, k - 1))) a = k - 2;
      }
      let h = a;
      while (h > sentenceStart(cx, i) && a - h < 2 && tok(cx, h)?.kind === 'word' && !cx.lex.statementNouns.has(norm(cx, h).replace(/ا$/, ''))) h--;
      const statement = cx.lex.statementNouns.has(norm(cx, h).replace(/ا$/, '')) ? analyseNP(cx, h, a + 1) : undefined;
      const source = statement ?? objectOwner(cx, a + 1);
      if (source) {
        const [cs, ce] = contentFrom(cx, COLONS.has(norm(cx, i + 2)) || cx.complementizers.has(norm(cx, i + 2)) ? i + 3 : i + 2, false);
        emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, cs, ce), stance: 'assert' }, false);
        i += 1;
        continue;
      }
    }
    // …، كما جاء في البيان / كما ورد في التقرير: the statement the clause before comes from.
    if ((bw === 'جاء' || w === 'ورد' || bw === 'ورد') && norm(cx, i + 1) === 'في' && /^[وف]?(كما|ب?حسبما|وفق|وفقما)$/.test(norm(cx, i - 1))) {
      const se = sentenceEnd(cx, i);
      let e = i + 2;
      while (e < se && e - i <= 8 && !isPunct(cx, e) && !cx.complementizers.has(norm(cx, e)) && !verbAt(cx, e) && !TIME_WORDS.has(norm(cx, e))) e++;
      const source = e > i + 2 && plausibleSource(cx, i + 2, e) ? analyseNP(cx, i + 2, e) : undefined;
      let end = i - 1;
      while (end > sentenceStart(cx, i) && isPunct(cx, end - 1)) end--;
      let cs = end;
      while (cs > sentenceStart(cx, i) && !isComma(cx, cs - 1)) cs--;
      // Only when nothing follows but the end of the sentence or a comma: …، كما جاء في البيان.
      if (source && end > cs && (e >= se || isPunct(cx, e))) {
        // A document is no speaker for the subjectless verbs after it.
        emit(cx, { cue: span(cx, i - 1, i + 2), source, content: span(cx, cs, end), stance: 'assert' }, false);
        i = e - 1;
        continue;
      }
    }
    // وهو ما نفاه المتحدث، وهذا ما أكده الوزير: a free relative whose pronoun is the clause before.
    if (bareAt(cx, i - 1) === 'ما' && !verbAt(cx, i) && tok(cx, i)?.kind === 'word') {
      const r = relativeReport(cx, i);
      if (r > i) {
        i = r;
        continue;
      }
    }
    const v = verbAt(cx, i);
    if (v && calledAt(cx, i)) continue;
    // دون كميات تذكر، أي أهمية تذكر: "worth mentioning", an adjective of the noun before.
    if (v && /^(تذكر|يذكر)$/.test(w) && tok(cx, i - 1)?.kind === 'word' && !bareAt(cx, i - 1).startsWith('ال') && norm(cx, i - 1).length >= 3
      && !verbAt(cx, i - 1) && !PREPOSITIONS.has(norm(cx, i - 1)) && !CLAUSE_PARTICLES.has(norm(cx, i - 1)) && !cx.lex.negators.has(norm(cx, i - 1))
      && !cx.complementizers.has(norm(cx, i + 1)) && !COLONS.has(norm(cx, i + 1)) && !isQuoteOpen(cx, i + 1)) continue;
    // بعد أن علمت بوفاتها، عندما علم بالخبر: learning of something in a clause of time is perception.
    if (v && normLemma(v) === 'علم' && ((norm(cx, i - 1) === 'ان' && /^(بعد|قبل|عقب|منذ)$/.test(bareAt(cx, i - 2))) || /^(عندما|حين|حينما|بعدما|لما)$/.test(bareAt(cx, i - 1)))) continue;
    // طالبا عدم الكشف عن اسمه: a request not to be named is no report.
    if (v && anonymityAt(cx, i)) continue;
    // …، طالبا من المراسل عدم …: asking someone for something (request-participle.ts).
    const asked = requestParticiple(cx, i);
    if (asked > i) {
      i = asked;
      continue;
    }
    if (v && causativeCall(cx, i, v)) continue;
    if (v && shownInDocument(cx, i, v)) continue;
    // A participle other than قائلا after a noun is an adjective (إصابة مؤكدة، شرور متوقعة).
    // After a preposition a participle form is a noun (إضافة إلى مطالبة اللاعب).
    // A preposition with its pronoun is complete (… بالعمل معهم مؤكدا أنهم): the participle after it is circumstantial.
    if (v?.participle && PREPOSITIONS.has(norm(cx, i - 1))) continue;
    if (v && !v.participle && ((PREPOSITIONS.has(norm(cx, i - 1)) && norm(cx, i - 1) !== 'من') || PREP_PRONOUN.test(norm(cx, i - 1)))) continue;
    // لكل من اتهم بالفساد: "whoever was accused".
    if (v && norm(cx, i - 1) === 'من' && /^[لبو]?كل$/.test(norm(cx, i - 2))) continue;
    // …، كما أعلنت الشركة.: the same after a comma, closing the sentence (trailing-as-said.ts).
    if (v) {
      const trailing = trailingAsSaid(cx, i, v);
      if (trailing > i) {
        i = trailing;
        continue;
      }
    }
    // التسوق ليس بالمهمة السهلة كما يعتقد البعض، الوضع مستقر كما أكد الوزير: a trailing «as X says»
    // whose content is the clause before it.
    if (v && !v.participle && !v.ambiguous && norm(cx, i - 1) === 'كما' && i - 1 > sentenceStart(cx, i) && tok(cx, i - 2)?.kind === 'word') {
      const se = sentenceEnd(cx, i);
      let e = i + 1;
      while (e < se && e - i <= 8 && tok(cx, e)?.kind === 'word' && !verbAt(cx, e) && !cx.complementizers.has(norm(cx, e)) && !cx.lex.prepositional.has(norm(cx, e))) e++;
      const closes = e >= se || isComma(cx, e) || (isPunct(cx, e) && !isQuoteOpen(cx, e));
      const someone = /^(البعض|كثيرون|الكثيرون)$/.test(norm(cx, i + 1)) || inSet(cx.lex.anonymousHeads, norm(cx, i + 1));
      const source = closes && e > i + 1 && (plausibleSource(cx, i + 1, e) || someone) ? analyseNP(cx, i + 1, e) : undefined;
      if (source) {
        let a = sentenceStart(cx, i);
        for (let k = i - 2; k > a; k--) {
          if (isComma(cx, k)) {
            a = k + 1;
            break;
          }
        }
        // Inside another speaker's words, the belief covers those words only.
        const last = cx.drafts[cx.drafts.length - 1];
        const from = last ? firstTokenAt(cx, last.content.start) : -1;
        if (from > a && from < i - 1) a = from;
        if (i - 1 > a) {
          emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, i - 1), stance: v.stance }, false);
          i = e - 1;
          continue;
        }
      }
    }
    const tight = v?.participle === true && !/^و?قائل/.test(w) && !(i === 0 || isComma(cx, i - 1) || isPunct(cx, i - 1) || w.startsWith('و')
      || sentenceStart(cx, i) === i);
    // مبيناً مدير الإدارة، أن …: a participle with its subject after it (participle-then-subject.ts).
    const subjectAfter = v ? participleThenSubject(cx, i, v) : i;
    if (subjectAfter > i) {
      i = subjectAfter;
      continue;
    }
    if (v) {
      const before = cx.drafts.length;
      const r = verbCue(cx, i, i + 1, v, v.stance, false, false, { tight });
      // وهو ما أكده الوزير في المؤتمر، ما أشار إليه القاضي من …: a free relative whose content
      // is the clause before, when the verb found no content of its own.
      if (cx.drafts.length === before && !v.participle && /^[وبمع]?ما$/.test(norm(cx, i - 1))) {
        const rr = relativeReport(cx, i);
        if (rr > i) {
          i = rr;
          continue;
        }
      }
      // أظهرت دراسة نشرت أمس أن …: the text described by a passive publishing verb is the subject.
      i = cx.drafts.length === before ? Math.max(r, describedCarrierReport(cx, i, v)) : r;
      continue;
    }
    // …، على ما ذكرت وكالة الأنباء: a relay like بحسب ما ذكرت.
    const asReported = asReportedCue(cx, i);
    if (asReported > i) {
      i = asReported;
      continue;
    }
    if (cx.lex.prepositional.has(w)) {
      i = prepositionalCue(cx, i);
      continue;
    }
    // …، بقوله لدى زيارتها: «…»، عبروا عن سعادتهم بالقول: …: the words follow the verbal noun.
    const said = sayingNounCue(cx, i);
    if (said > i) {
      i = said;
      continue;
    }
    // ويخلص الباحث إلى القول إن …: قول after إلى/في, its subject the clause's (to-saying.ts).
    const toSaying = toSayingCue(cx, i);
    if (toSaying > i) {
      i = toSaying;
      continue;
    }
    // قول الشاعر فلان: …، في قوله تعالى "…": a citation by the noun قول alone.
    const cited = citedSayingCue(cx, i);
    if (cited > i) {
      i = cited;
      continue;
    }
    if (COLONS.has(w)) colonCue(cx, i);
  }
}
