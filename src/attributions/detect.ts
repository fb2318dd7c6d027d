import type { Attribution, SourceKind, Span, Stance, Token } from '../core/types.js';
import { cueLexicon, type CueLexicon, type VerbCue } from './lexicon.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { activeSourceWeights, rechooseSources } from './source-model.js';
import type { AttributionInput, Draft, Frame, MentionRef, Source } from './detect/types.js';
import {
  ADVERBIAL, ALIF_ADVERBS, bare, BARE_PREPOSITIONS, BLESSINGS, bNoun, BRACKETS, carrierGender, CLAUSE_PARTICLES, COLONS,
  CONTENT_OPENERS, COPULAS, DATE_HEADS, DENIED_OBJECTS, ENTITY_TYPE_OF_ROLE, FRAME_WORDS, FRONTED_SIDE, GIVING,
  IMPERSONAL, inSet, MAX_FRAME, MAX_NP, MONTHS, NOT_GIVEN, OPEN_QUOTES, PASSIVE, PRAYER_OBJECTS, PREP_PRONOUN,
  PREPOSITIONS, PRONOUN_SUBJECT, PUBLISHING, PUBLISHING_LEMMAS, QUESTION_WORDS, REFUSAL, RELATIVE_MA, RELAY,
  REPORT_OBJECTS, REQUIRING, RESUMED_COMPLEMENT, SAYING_POSSESSIVES, SHORT_VERBAL_NOUNS, SHORT_WORDS, SINGULARS_IN_WN,
  SUBJECT_WRITTEN, TALKING_REPORTS, TIME_CONJUNCTIONS, TIME_WORDS, TITLE_MARKS, TOPIC_PREPOSITIONS, URGING,
} from './detect/word-sets.js';
import { createContext, type Detection } from './detect/context.js';
import {
  closingQuote, isComma, isNameAli, isPunct, isQuoteOpen, isRelative, matchPhrase, nameEnd, norm, normLemma, prepOf,
  roleOf, sentenceEnd, sentenceOf, sentenceStart, servesAt, span, titleBefore, tok, verbAt,
} from './detect/lookups.js';

export type { AttributionInput } from './detect/types.js';

/**
 * Finds who said what in one document: reporting cues, their source, the
 * reported content, the stance, and chains (via). One pass over the tokens;
 * every look-up is a Map/Set look-up and every look-ahead is bounded.
 */
export function detectAttributions(input: AttributionInput, lex: CueLexicon = cueLexicon()): Attribution[] {
  const cx = createContext(input, lex);

  for (let i = 0; i < cx.tokenCount; i++) {
    if (cx.pendingRelay && i > cx.pendingRelay.at) settleRelay(cx);
    if (cx.consumed[i]) continue;
    const w = norm(cx, i);
    const excl = matchPhrase(cx, i, lex.excluded);
    if (excl > 0) {
      i += excl - 1;
      continue;
    }
    // ما وصفه مسؤولون، كثيرا ما يصرح، على ما أفادت به: a relative or adverbial ما, no negation.
    if (bare(w) === 'ما' && !(i === sentenceStart(cx, i) || isPunct(cx, i - 1) || CLAUSE_PARTICLES.has(norm(cx, i - 1)) || /^[وف]?(انه|انها|لكنه|لكنها)$/.test(norm(cx, i - 1)))) continue;
    // لم يكشف، لم ينف
    if (lex.negators.has(w)) {
      const v0 = verbAt(cx, i + 1);
      // لم تثبت أو تنفي الأمر، لم يؤكد ولا ينفي: one negated cue over both verbs.
      const alt = norm(cx, i + 2) === 'او' || norm(cx, i + 2) === 'ولا' ? verbAt(cx, i + 3) : undefined;
      const v = v0 && !v0.participle ? v0 : alt && !alt.participle ? alt : undefined;
      // لا تعترف كرة القدم بالعمر، لا يعترف بالحدود: "does not recognise", a habit, not a statement.
      if (v && w === 'لا' && normLemma(cx, v) === 'اعترف') {
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
        if (normLemma(cx, v) === 'استبعد' && ce === i + 2) {
          i = verbCue(cx, i, ce, v, 'assert', false, false, forced ? { forced } : {});
          continue;
        }
        i = verbCue(cx, i, ce, v, 'none', true, false, forced ? { forced } : {});
        continue;
      }
      // لم يقدم تفاصيل، لم يصدر أي تعليق، لم تحدد أين: nothing given, stance none.
      const given = negatedGiving(cx, i);
      if (given > i) {
        i = given;
        continue;
      }
      // لم تتمكن من تأكيد
      if (lex.ableVerbs.has(norm(cx, i + 1)) && norm(cx, i + 2) === 'من' && lex.masdars.has(norm(cx, i + 3))) {
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
    if ((w === 'دون' || w === 'بدون') && (lex.noneObjects.has(norm(cx, i + 1)) || lex.masdars.has(norm(cx, i + 1)))) {
      const src = earlierSubject(cx, i) ?? previousSpeaker(cx, i);
      if (src && i + 2 < sentenceEnd(cx, i)) {
        const [a, b] = contentFrom(cx, i + 2, false);
        emit(cx, { cue: span(cx, i, i + 2), source: src, content: span(cx, a, b), stance: 'none' }, false);
        i += 1;
      }
      continue;
    }
    // …، دون أن يذكر اسم الرئيس: the speaker of the sentence did not say.
    const without = withoutSaying(cx, i);
    if (without) {
      const last = lastSpeakerDraft(cx);
      const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, i);
      const src = lastHere && last ? { ...last.source } : earlierSubject(cx, i) ?? previousSpeaker(cx, i);
      const at = firstTokenAt(cx, without.cue.start);
      if (src) {
        const [a, b] = contentFrom(cx, at + 3, false);
        emit(cx, { cue: without.cue, source: src, content: span(cx, a, b), stance: 'none' }, false);
        i = at + 2;
      }
      continue;
    }
    // رفض التعليق، امتنع عن الإدلاء
    if (lex.noneVerbs.has(w)) {
      const se = sentenceEnd(cx, i);
      // رفضت X فكرة أن …: rejecting the idea that … denies it.
      for (let k = i + 1; k < Math.min(se, i + 8) && !isPunct(cx, k) && !verbAt(cx, k); k++) {
        if (norm(cx, k) !== 'فكره' || !cx.complementizers.has(norm(cx, k + 1))) continue;
        const source = k > i + 1 ? analyseNP(cx, i + 1, k) : (svoSubject(cx, i) ?? leftSource(cx, i) ?? previousSpeaker(cx, i));
        if (source) {
          const [a, b] = contentFrom(cx, k + 2, false);
          emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'deny' });
          i = k + 1;
        }
        break;
      }
      if (i >= se || !lex.noneVerbs.has(norm(cx, i))) continue;
      for (let k = i + 1; k < Math.min(se, i + 8); k++) {
        if (lex.noneObjects.has(norm(cx, k))) {
          const npEnd = norm(cx, k - 1) === 'عن' ? k - 1 : k;
          const source = npEnd > i + 1 ? analyseNP(cx, i + 1, npEnd) : (leftSource(cx, i) ?? previousSpeaker(cx, i));
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
    // وجاء في البيان أن …
    if (bare(w) === 'جاء' && norm(cx, i + 1) === 'في') {
      const se = sentenceEnd(cx, i);
      let k = i + 2;
      while (k < se && k - i < 30 && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !verbAt(cx, k)) k++;
      if (k < se && k > i + 2 && (cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k)))) {
        let e = i + 3;
        while (e < k && !isRelative(cx, e) && !isComma(cx, e) && e - i < 7) e++;
        const source = plausibleSource(cx, i + 2, e) ? analyseNP(cx, i + 2, e) : undefined;
        if (source) {
          const [a, b] = contentFrom(cx, k + 1, false);
          emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, a, b), stance: 'assert' });
          for (let q = i; q <= k; q++) cx.consumed[q] = 1;
          i = k;
          continue;
        }
      }
    }
    // أرسل X بيانا صحفيا جاء فيه: …، كتبت الصحيفة افتتاحية جاء فيها: …: the statement before is
    // the source when it is one (بيان، تقرير), else the subject of the sentence that wrote it.
    if (bare(w) === 'جاء' && /^(فيه|فيها)$/.test(norm(cx, i + 1))
      && (COLONS.has(norm(cx, i + 2)) || cx.complementizers.has(norm(cx, i + 2)) || isQuoteOpen(cx, i + 2))) {
      let a = i - 1;
      // بعنوان "معادلة جديدة": a title in quotes after the statement.
      if (['"', '»', '”'].includes(norm(cx, a))) {
        let k = a - 1;
        while (k > sentenceStart(cx, i) && a - k < 10 && !isQuoteOpen(cx, k)) k--;
        if (isQuoteOpen(cx, k) && /^ب?عنوان$/.test(norm(cx, k - 1))) a = k - 2;
      }
      let h = a;
      while (h > sentenceStart(cx, i) && a - h < 2 && tok(cx, h)?.kind === 'word' && !lex.statementNouns.has(norm(cx, h).replace(/ا$/, ''))) h--;
      const statement = lex.statementNouns.has(norm(cx, h).replace(/ا$/, '')) ? analyseNP(cx, h, a + 1) : undefined;
      const source = statement ?? objectOwner(cx, a + 1);
      if (source) {
        const [cs, ce] = contentFrom(cx, COLONS.has(norm(cx, i + 2)) || cx.complementizers.has(norm(cx, i + 2)) ? i + 3 : i + 2, false);
        emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, cs, ce), stance: 'assert' }, false);
        i += 1;
        continue;
      }
    }
    // …، كما جاء في البيان / كما ورد في التقرير: the statement the clause before comes from.
    if ((bare(w) === 'جاء' || w === 'ورد' || bare(w) === 'ورد') && norm(cx, i + 1) === 'في' && /^[وف]?(كما|حسبما|وفق|وفقما)$/.test(norm(cx, i - 1))) {
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
    if (bare(norm(cx, i - 1)) === 'ما' && !verbAt(cx, i) && tok(cx, i)?.kind === 'word') {
      const r = relativeReport(cx, i);
      if (r > i) {
        i = r;
        continue;
      }
    }
    const v = verbAt(cx, i);
    if (v && calledAt(cx, i)) continue;
    // دون كميات تذكر، أي أهمية تذكر: "worth mentioning", an adjective of the noun before.
    if (v && /^(تذكر|يذكر)$/.test(w) && tok(cx, i - 1)?.kind === 'word' && !bare(norm(cx, i - 1)).startsWith('ال') && norm(cx, i - 1).length >= 3
      && !verbAt(cx, i - 1) && !PREPOSITIONS.has(norm(cx, i - 1)) && !CLAUSE_PARTICLES.has(norm(cx, i - 1)) && !lex.negators.has(norm(cx, i - 1))
      && !cx.complementizers.has(norm(cx, i + 1)) && !COLONS.has(norm(cx, i + 1)) && !isQuoteOpen(cx, i + 1)) continue;
    // بعد أن علمت بوفاتها، عندما علم بالخبر: learning of something in a clause of time is perception.
    if (v && normLemma(cx, v) === 'علم' && ((norm(cx, i - 1) === 'ان' && /^(بعد|قبل|عقب|منذ)$/.test(bare(norm(cx, i - 2)))) || /^(عندما|حين|حينما|بعدما|لما)$/.test(bare(norm(cx, i - 1))))) continue;
    // طالبا عدم الكشف عن اسمه: a request not to be named is no report.
    if (v && anonymityAt(cx, i)) continue;
    // A participle other than قائلا after a noun is an adjective (إصابة مؤكدة، شرور متوقعة).
    // After a preposition a participle form is a noun (إضافة إلى مطالبة اللاعب).
    // A preposition with its pronoun is complete (… بالعمل معهم مؤكدا أنهم): the participle after it is circumstantial.
    if (v?.participle && PREPOSITIONS.has(norm(cx, i - 1))) continue;
    if (v && !v.participle && ((PREPOSITIONS.has(norm(cx, i - 1)) && norm(cx, i - 1) !== 'من') || PREP_PRONOUN.test(norm(cx, i - 1)))) continue;
    // لكل من اتهم بالفساد: "whoever was accused".
    if (v && norm(cx, i - 1) === 'من' && /^[لبو]?كل$/.test(norm(cx, i - 2))) continue;
    // التسوق ليس بالمهمة السهلة كما يعتقد البعض، الوضع مستقر كما أكد الوزير: a trailing «as X says»
    // whose content is the clause before it.
    if (v && !v.participle && !v.ambiguous && norm(cx, i - 1) === 'كما' && i - 1 > sentenceStart(cx, i) && tok(cx, i - 2)?.kind === 'word') {
      const se = sentenceEnd(cx, i);
      let e = i + 1;
      while (e < se && e - i <= 8 && tok(cx, e)?.kind === 'word' && !verbAt(cx, e) && !cx.complementizers.has(norm(cx, e)) && !lex.prepositional.has(norm(cx, e))) e++;
      const closes = e >= se || isComma(cx, e) || (isPunct(cx, e) && !isQuoteOpen(cx, e));
      const someone = /^(البعض|كثيرون|الكثيرون)$/.test(norm(cx, i + 1)) || inSet(lex.anonymousHeads, norm(cx, i + 1));
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
      i = r;
      continue;
    }
    if (lex.prepositional.has(w)) {
      i = prepositionalCue(cx, i);
      continue;
    }
    // …، بقوله لدى زيارتها: «…»، واختتم حديثه بقوله "…": the words follow the verbal noun.
    if (/^و?بقول(ه|ها|هم|هما)$/.test(w)) {
      const se = sentenceEnd(cx, i);
      let k = i + 1;
      while (k < se && k - i <= 8 && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k) && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k) && !isPunct(cx, k)) k++;
      const cs = COLONS.has(norm(cx, k)) ? (cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1) : cx.complementizers.has(norm(cx, k)) || isQuoteOpen(cx, k) ? (isQuoteOpen(cx, k) ? k : k + 1) : -1;
      const taken = cs >= 0 && cx.drafts.some((d) => d.content.start <= (tok(cx, cs) as Token).start && (tok(cx, cs) as Token).start < d.content.end);
      // حيث بين ذلك ناخب بوروندي بقوله "…": a verb of the same clause names the speaker after it.
      let clauseVerb = -1;
      for (let q = i - 1; q >= sentenceStart(cx, i) && !isComma(cx, q); q--) if (verbAt(cx, q)) clauseVerb = q;
      let speaker: Source | undefined;
      if (clauseVerb >= 0) {
        let a = clauseVerb + 1;
        while (a < i && (lex.demonstratives.has(norm(cx, a)) || /^ب(ذلك|هذا)$/.test(norm(cx, a)))) a++;
        speaker = a < i ? analyseNP(cx, a, i) : undefined;
      }
      const source = cs >= 0 && cs < se && !taken ? clauseVerb >= 0 ? speaker : sentenceSubject(cx, i) ?? clauseSubject(cx, i) ?? previousSpeaker(cx, i) : undefined;
      if (source) {
        const [a, b] = contentFrom(cx, cs, false);
        // The verb of the clause is the cue when there is one (بين ذلك X بقوله).
        const c0 = clauseVerb >= 0 ? clauseVerb : i;
        emit(cx, { cue: span(cx, c0, c0 + 1), source: { ...source }, content: span(cx, a, b), stance: (verbAt(cx, c0)?.stance ?? 'assert') }, false);
        i = b - 1;
        continue;
      }
    }
    if (COLONS.has(w)) colonCue(cx, i);
  }

  resumptiveReports(cx);
  settleRelay(cx);
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (firstPersonInQuote(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
  // Ids follow the order of the cues.
  cx.drafts.sort((x, y) => x.cue.start - y.cue.start || x.key - y.key);
  const idOf = new Map<number, string>();
  cx.drafts.forEach((d, k) => idOf.set(d.key, `a${k + 1}`));
  const out = cx.drafts.map((d) => {
    const source: Attribution['source'] = { kind: d.source.kind };
    if (d.source.entity !== undefined) source.entity = d.source.entity;
    if (d.source.start !== undefined && d.source.end !== undefined) {
      source.start = d.source.start;
      source.end = d.source.end;
    }
    if (d.source.description !== undefined) source.description = d.source.description;
    const a: Attribution = { id: idOf.get(d.key) as string, cue: d.cue, source, content: d.content, stance: d.stance };
    if (d.viaKey !== undefined) {
      const via = idOf.get(d.viaKey);
      if (via !== undefined) a.via = via;
    }
    return a;
  });
  const w = activeSourceWeights();
  return w ? rechooseSources(input, out, lex, w) : out;
}


// ---- Sources -------------------------------------------------------------

/** The most recent earlier source whose role class matches. */
export function previousByRole(cx: Detection, role: string): Source | undefined {
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const s = (cx.drafts[k] as Draft).source;
    if (s.role === role) return s;
  }
  return undefined;
}

/** Resolves a definite description (الصحيفة) to an earlier entity or source. */
export function resolveDescription(cx: Detection, i: number, role: string): Source {
  const here = { start: (tok(cx, i) as Token).start, end: (tok(cx, i) as Token).end };
  const prev = previousByRole(cx, role);
  // The entity layer may already have linked the description (المتحدث → the spokesman).
  const linked = cx.mentionOf[i]?.entity ?? cx.input.resolveDescription?.(here);
  if (linked !== undefined) {
    const kind: SourceKind = prev?.entity === linked ? prev.kind : 'named';
    const s: Source = { kind, entity: linked, ...here, role };
    if (prev?.entity === linked && prev.description !== undefined) s.description = prev.description;
    return s;
  }
  if (prev) {
    const s: Source = { kind: prev.kind, ...here, role };
    if (prev.entity !== undefined) s.entity = prev.entity;
    if (prev.description !== undefined) s.description = prev.description;
    return s;
  }
  const types = ENTITY_TYPE_OF_ROLE[role] ?? [];
  // The most recent mention introduced by a noun of the same role, then of the right type.
  let typed: MentionRef | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const m = cx.mentionOf[j];
    if (!m || m.first !== j) continue;
    const before = roleOf(cx, (norm(cx, j - 1))) ?? roleOf(cx, (norm(cx, j - 2)));
    if (before === role) return { kind: 'named', entity: m.entity, ...here, role };
    if (!typed && types.includes(m.type)) typed = m;
  }
  if (typed) return { kind: 'named', entity: typed.entity, ...here, role };
  return { kind: role === 'spokesman' || role === 'official' ? 'anonymous' : 'named', ...here, role };
}

/** Analyses a noun phrase [a, b) naming a source. */
export function analyseNP(cx: Detection, a0: number, b0: number): Source | undefined {
  let a = a0;
  let b = b0;
  while (a < b && (cx.lex.npSkip.has(norm(cx, a)) || (isPunct(cx, a) && !isQuoteOpen(cx, a)))) a++;
  while (b > a && (cx.lex.npSkip.has(norm(cx, b - 1)) || (isPunct(cx, b - 1) && !OPEN_QUOTES.has(norm(cx, b - 1)) && norm(cx, b - 1) !== '»' && norm(cx, b - 1) !== '”'))) b--;
  if (a >= b) return undefined;
  // هيئة الإذاعة البريطانية (بي بي سي): the bracket closes with the name it opened.
  if (norm(cx, b) === ')' && b < b0) {
    for (let k = a + 1; k < b; k++) if (norm(cx, k) === '(') b++;
  }
  // المحافظ بصفته متحدثا باسم …: the capacity he speaks in is not part of his name;
  for (let k = a + 1; k < b; k++) {
    // قال X لرويترز: ل glued to a name is the addressee, not part of the subject.
    const m = cx.mentionOf[k];
    const toName = norm(cx, k).startsWith('ل') && !norm(cx, k).startsWith('ال') && m !== undefined && m.first === k
      && m.start > (tok(cx, k) as Token).start && cx.mentionOf[k - 1] !== m;
    // مجلس إدارة النادي برئاسة محمود طاهر: the body chaired by him speaks, not its chairman.
    if (/^بصفت(ه|ها|هم)$/.test(norm(cx, k)) || toName || /^(برئاس|بقياد)ه$/.test(norm(cx, k))) {
      b = k;
      break;
    }
  }
  // A source is a noun phrase that can speak: never a bare preposition or a date (بـ، يوم الاثنين).
  // وعن توقعاته …، يقول: a fronted topic after و + عن/حول/بشأن is what is spoken about.
  if ((BARE_PREPOSITIONS.has(norm(cx, a)) && !isNameAli(cx, a)) || (DATE_HEADS.has(norm(cx, a)) && !cx.mentionOf[a]) || MONTHS.has(norm(cx, a))
    || TOPIC_PREPOSITIONS.test(norm(cx, a))) return undefined;
  let headNorm = bare(norm(cx, a));
  let clitic = 0;
  // وفقا لمصادر، نقلا عن لسان: a ل glued to the head noun is not part of the source.
  if (headNorm.length > 3 && headNorm.startsWith('ل') && !cx.lex.roles.has(headNorm) && !cx.lex.anonymousHeads.has(headNorm)) {
    const rest = headNorm.startsWith('لل') ? `ا${headNorm.slice(1)}` : headNorm.slice(1);
    if (cx.lex.roles.has(rest) || cx.lex.anonymousHeads.has(rest) || cx.lex.carrierNouns.has(rest)) {
      headNorm = rest;
      clitic = headNorm.startsWith('ال') && norm(cx, a).startsWith('لل') ? 0 : 1;
    }
  }
  // وأكد كل من الفارس مقبل السويدي وفيصل الوزران أن …: "each of" before a list of names.
  if (/^[و]?كل$/.test(norm(cx, a)) && norm(cx, a + 1) === 'من' && a + 2 < b && namedListAt(cx, a + 2)) return analyseNP(cx, a + 2, b);
  const head = cx.lex.roles.has(norm(cx, a)) || cx.lex.anonymousHeads.has(norm(cx, a)) ? norm(cx, a) : headNorm;
  const role = cx.lex.roles.get(head);
  const whole = span(cx, a, b);
  whole.start += clitic;
  // Entity mentions in the phrase, except the principal after باسم.
  let per: MentionRef | undefined;
  let any: MentionRef | undefined;
  let headMention: MentionRef | undefined;
  // A name deep inside a long phrase (مناهل الوهيبي مدربة معتمدة ومصممة غرافيك) is not the
  // speaker unless a chain of titles leads to it (المتحدث الرسمي … فهد الغامدي).
  const titled = inSet(cx.lex.roles, norm(cx, a)) || inSet(cx.lex.anonymousHeads, norm(cx, a));
  for (let j = a; j < b; j++) {
    const m = cx.mentionOf[j];
    if (!m || m.first !== j) continue;
    if (j === a) headMention = m;
    if (j - a > 2 && !titled && !roleOf(cx, norm(cx, j - 1))) continue;
    const afterBism = norm(cx, j - 1) === 'باسم' || norm(cx, j - 1) === 'عن' || norm(cx, j - 1) === 'في';
    if (afterBism) continue;
    if (m.type === 'PER' && !per) per = m;
    // A place deep inside the phrase is a modifier (جمعية البر … بمنطقة مكة), not the speaker.
    if (!any && (m.type === 'PER' || m.type === 'ORG' || j === a)) any = m;
  }
  // A quoted name inside the phrase.
  let quote: Span | undefined;
  for (let j = a; j < b; j++) {
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, b + 1);
      if (c > j + 1) quote = span(cx, j + 1, c);
      break;
    }
  }
  const rest = b > a + 1 ? cx.text.slice((tok(cx, a + 1) as Token).start, whole.end).trim() : undefined;
  const named = (m: MentionRef | undefined, fallback: Span): Source => {
    const s: Source = m ? { kind: 'named', entity: m.entity, start: m.start, end: m.end } : { kind: 'named', ...fallback };
    if (role) s.role = role;
    return s;
  };
  // مسؤولة بوزارة الصحة تدعى نارونج سايونج: the name after "called".
  for (let k = a + 1; k < b - 1; k++) {
    if (!calledAt(cx, k)) continue;
    const m = cx.mentionOf[k + 1];
    return m && m.first === k + 1 ? named(m, span(cx, k + 1, b)) : { kind: 'named', ...span(cx, k + 1, b), ...(role ? { role } : {}) };
  }
  // عدد من المسؤولين، الكثير من المحللين، أحد المهندسين: some of a group, unnamed.
  if (cx.lex.quantifierHeads.has(head)) {
    const s: Source = { kind: 'anonymous', ...whole };
    if (rest) s.description = rest;
    return s;
  }
  if (headMention && !cx.lex.anonymousHeads.has(head) && !role) return named(headMention, whole);
  // An unnamed official the entity layer keeps as an entity (ناطق باسم حفتر): anonymous, linked.
  if (headMention && role && (role === 'spokesman' || role === 'official') && !head.startsWith('ال') && (!per || per === headMention)) {
    const s: Source = { kind: 'anonymous', entity: headMention.entity, ...whole, role };
    if (rest) s.description = rest;
    return s;
  }
  // A personal name in the phrase (… فهد بن عثمان الغامدي، إبراهيم آل مرعي, a rank and a name).
  let nameInside = false;
  for (let k = a + 1; k < b - 1; k++) {
    const w = norm(cx, k);
    if (w === 'بن' || w === 'ابن' || w === 'ال' || cx.lex.rankTitles.has(w)) nameInside = true;
  }
  if (cx.lex.anonymousHeads.has(head) && !cx.lex.carrierNouns.has(head) && (per || nameInside) && b - a >= 3) {
    return per ? named(per, whole) : { kind: 'named', ...whole };
  }
  if (cx.lex.anonymousHeads.has(head)) {
    const carrier = cx.lex.carrierNouns.has(head);
    if (carrier && (any || quote)) {
      const s = named(any, quote ?? whole);
      return s;
    }
    // بيان لوزارة الداخلية التونسية، تقرير لصحيفة …: the statement of a named body.
    const next = norm(cx, a + 1);
    if (carrier && b > a + 1 && next.startsWith('ل') && !next.startsWith('ال')) {
      const body = next.startsWith('لل') ? `ا${next.slice(1)}` : next.slice(1);
      const r = roleOf(cx, body);
      if (r && r !== 'person' && r !== 'spokesman' && r !== 'official') return { kind: 'named', ...whole };
    }
    // بيان النادي، تقرير الوزارة: the statement of a body named by a definite description.
    if (carrier && b > a + 1 && next.startsWith('ال')) {
      const r = roleOf(cx, next);
      if (r && r !== 'person' && r !== 'spokesman' && r !== 'official') return { kind: 'named', ...whole };
    }
    const s: Source = { kind: 'anonymous', ...whole };
    if (rest) s.description = rest;
    return s;
  }
  // A lone definite description (المتحدث، الصحيفة) refers back before anything else.
  if (role && b === a + 1 && head.startsWith('ال')) return resolveDescription(cx, a, role);
  if (per) return named(per, whole);
  if (role) {
    const definite = head.startsWith('ال');
    if (quote || any) return named(any, quote ?? whole);
    // A spokesman is named only with his name (… المقدم محمد القرني); المتحدث الأمني بوزارة
    // الداخلية is an unnamed spokesman.
    if (role === 'spokesman' && b > a + 1) {
      const titledName = nameInside;
      const s: Source = { kind: titledName ? 'named' : 'anonymous', ...whole, role };
      if (!titledName && rest) s.description = rest;
      return s;
    }
    // مدير التعليم في المحافظة، أمين جمعية إبصار، مسؤول التدريب بغرفة نجران: an office held by
    // one person is a definite description; مسؤول يمني، مسؤول في الوزارة، مصدر رفيع are not.
    if (!definite && role === 'official' && b > a + 1) {
      let k = a + 1;
      if (norm(cx, k) === 'عام') k++;
      const w = norm(cx, k);
      const unnamed = k >= b || cx.lex.anonymousModifiers.has(w) || (w.startsWith('ب') && !w.startsWith('بن'))
        || (!w.startsWith('ال') && /(ي|يه|يين|يون)$/.test(w) && !cx.mentionOf[k]);
      if (!unnamed) return { kind: 'named', ...whole, role };
    }
    // صحيفة جزائرية، وكالة أنباء غربية: an outlet left unnamed.
    if (!definite && (role === 'newspaper' || role === 'agency' || role === 'site' || role === 'channel') && b > a + 1) {
      const w = norm(cx, a + 1);
      if (!w.startsWith('ال') && /(ي|يه)$/.test(w)) {
        const s: Source = { kind: 'anonymous', ...whole, role };
        if (rest) s.description = rest;
        return s;
      }
    }
    if (!definite && (role === 'spokesman' || role === 'official')) {
      const s: Source = { kind: 'anonymous', ...whole, role };
      if (rest) s.description = rest;
      return s;
    }
    return { kind: 'named', ...whole, role };
  }
  if (any) return named(any, whole);
  if (quote) return named(undefined, quote);
  return { kind: 'named', ...whole };
}

/** أن X يفعل: a noun phrase of up to five words between أن/إن/فإن and the verb at i. */
export function subjectAfterComplementizer(cx: Detection, i: number): Source | undefined {
  let k = i - 1;
  // إلا أن وكيل اللاعب «حسن ستينكايا» أنكر: quotation marks around a name inside the phrase
  // (not counted among its words).
  const quoteInside = (q: number): boolean => (isQuoteOpen(cx, q) !== undefined || norm(cx, q) === '»' || norm(cx, q) === '”')
    && tok(cx, q - 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, q - 1));
  let marks = 0;
  for (let q = i - 1; q >= i - 8 && q >= 0; q--) if (quoteInside(q)) marks++;
  const floor = Math.max(sentenceStart(cx, i), i - 6 - Math.min(2, marks));
  while (k >= floor && ((tok(cx, k) as Token).kind === 'word' || quoteInside(k)) && !cx.complementizers.has(norm(cx, k)) && norm(cx, k) !== 'فان'
    && norm(cx, k) !== 'لكن' && norm(cx, k) !== 'ولكن' && !verbAt(cx, k) && !isRelative(cx, k)) k--;
  if (k < floor || k === i - 1) return undefined;
  // إن "هؤلاء الإرهابيين اعترفوا …: the quoted clause opens right after the complementizer.
  const quoted = isQuoteOpen(cx, k) !== undefined && k - 1 >= sentenceStart(cx, i) && cx.complementizers.has(norm(cx, k - 1));
  const opener = quoted ? norm(cx, k - 1) : norm(cx, k);
  // … إنه قتل لكن آخرين قالوا: لكن opens a clause with its own subject.
  if (!(cx.complementizers.has(opener) || opener === 'فان' || opener === 'لكن' || opener === 'ولكن')) return undefined;
  // منذ أن بدأت ما وصفه …: أن after a conjunction opens no reported clause; ما is no subject.
  if (TIME_CONJUNCTIONS.has(bare(norm(cx, quoted ? k - 2 : k - 1))) || RELATIVE_MA.has(norm(cx, i - 1))) return undefined;
  // إن طائرات حربية يعتقد أنها …: a masculine singular verb after a plural in ات is no verb of
  // that noun but an impersonal passive describing it.
  const h = bare(norm(cx, k + 1));
  if (verbAt(cx, i)?.gender === 'm' && !verbAt(cx, i)?.participle && h.length >= 5 && h.endsWith('ات') && !cx.mentionOf[k + 1]) return undefined;
  return analyseNP(cx, k + 1, i);
}

/** وكانت إيران اتهمت إسرائيل بـ…: a noun phrase between كان and the verb at i is its subject. */
export function subjectAfterCopula(cx: Detection, i: number): Source | undefined {
  // وكان نتانياهو قد اعتبر …
  const v = norm(cx, i - 1) === 'قد' ? i - 1 : i;
  let k = v - 1;
  // وكانت النائبة في الكنيست، تمار زندبيرج، صرحت …: a name between commas after the subject.
  const named = isComma(cx, v - 1);
  const floor = Math.max(sentenceStart(cx, i), i - (named ? 12 : 6));
  while (k >= floor && ((tok(cx, k) as Token).kind === 'word' || (named && isComma(cx, k))) && !COPULAS.has(bare(norm(cx, k))) && !verbAt(cx, k)
    && !cx.complementizers.has(norm(cx, k)) && !isRelative(cx, k)) k--;
  if (k < floor || k >= v - 1 || !COPULAS.has(bare(norm(cx, k)))) return undefined;
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
  if (!/^[يت]/.test(v)) return undefined;
  const g = verbAt(cx, i)?.gender;
  let j = i - 1;
  const ss = sentenceStart(cx, i);
  if (j < ss) return undefined;
  if (isRelative(cx, j)) {
    j--;
    if (isComma(cx, j)) j--;
  }
  for (let k = j; k >= ss && j - k < 5; k--) {
    if (tok(cx, k)?.kind !== 'word' || verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || isRelative(cx, k)) return undefined;
    const cg = carrierGender(norm(cx, k)) ?? carrierGender(bare(norm(cx, k)));
    if (cg === undefined) continue;
    if (g !== undefined && g !== cg) return undefined;
    return analyseNP(cx, k, j + 1);
  }
  return undefined;
}

export function svoSubject(cx: Detection, i: number): Source | undefined {
  return subjectAfterComplementizer(cx, i) ?? subjectAfterCopula(cx, i) ?? carrierSubject(cx, i);
}

/** The source written just before index i (SVO order: حفتر يزعم، الصحيفة تؤكد). */
export function leftSource(cx: Detection, i: number): Source | undefined {
  let j = i - 1;
  if (j < 0 || sentenceOf(cx, j) !== sentenceOf(cx, i)) return undefined;
  if (CLAUSE_PARTICLES.has(norm(cx, j))) return undefined;
  if (isRelative(cx, j)) {
    j--;
    if (isComma(cx, j)) j--;
  }
  if (j < 0 || sentenceOf(cx, j) !== sentenceOf(cx, i)) return undefined;
  const m = cx.mentionOf[j];
  const roleHere = cx.lex.roles.get(norm(cx, j)) ?? roleOf(cx, (norm(cx, j)));
  if (m && m.first === j && m.last === j + 1 && roleHere && bare(norm(cx, j)).startsWith('ال')) return resolveDescription(cx, j, roleHere);
  if (m && m.last === j + 1) {
    const s: Source = { kind: 'named', entity: m.entity, start: m.start, end: m.end };
    const r = roleOf(cx, (norm(cx, m.first - 1)));
    if (r) s.role = r;
    return s;
  }
  const w = norm(cx, j);
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
  const b2 = bare(norm(cx, j - 1));
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
      || cx.lex.demonstratives.has(kw)) break;
    k--;
  }
  if (k === j) return undefined;
  const opener = k < ss ? '' : norm(cx, k);
  if (afterRelative || k < ss || cx.complementizers.has(opener) || opener === 'فان' || opener === 'لكن' || opener === 'ولكن')
    return analyseNP(cx, k + 1, j + 1);
  // …، وصاحب المنزل يطالب بـ…: a subject with و after a comma opens a clause of its own.
  if (isComma(cx, k) && /^و/.test(norm(cx, k + 1)) && (inSet(cx.lex.roles, norm(cx, k + 1)) || inSet(cx.lex.anonymousHeads, norm(cx, k + 1))
    || cx.lex.quantifierHeads.has(bare(norm(cx, k + 1))) || /^(صاحب|اصحاب|مالك|ملاك)$/.test(bare(norm(cx, k + 1))))) {
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
    for (let j = i - 1; j >= floor; j--) {
      const m = cx.mentionOf[j];
      if (m && m.type === type && m.first === j && !oblique(j)) return { kind: 'named', entity: m.entity, start: m.start, end: m.end };
    }
  }
  for (let j = i - 1; j >= floor; j--) {
    const w = norm(cx, j);
    const role = roleOf(cx, w) ?? (inSet(cx.lex.anonymousHeads, w) && !cx.lex.carrierNouns.has(w) ? 'anonymous' : undefined);
    if (role && role !== 'newspaper' && role !== 'agency' && role !== 'site' && role !== 'channel') {
      let k = j + 1;
      while (k < i && k - j < 7 && (tok(cx, k) as Token).kind === 'word' && !cx.lex.npStops.has(norm(cx, k)) && !verbAt(cx, k)
        && !cx.lex.demonstratives.has(norm(cx, k))
        && !cx.complementizers.has(norm(cx, k)) && !isRelative(cx, k)) k++;
      if (k - j >= 2 || w.startsWith('ال')) return analyseNP(cx, j, k);
    }
  }
  return undefined;
}

export function lastSpeakerDraft(cx: Detection): Draft | undefined {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if ((cx.drafts[k] as Draft).speaker) return cx.drafts[k];
  return undefined;
}

/** The noun phrase after the first word of i's sentence, when it names someone (VSO). */
export function sentenceSubject(cx: Detection, i: number): Source | undefined {
  let a = sentenceStart(cx, i) + 1;
  while (a < i && (isPunct(cx, a) || cx.lex.npSkip.has(norm(cx, a)) || TIME_WORDS.has(norm(cx, a)))) a++;
  if (a >= i) return undefined;
  const known = cx.mentionOf[a] !== undefined || inSet(cx.lex.roles, norm(cx, a)) || inSet(cx.lex.anonymousHeads, norm(cx, a));
  if (!known) return undefined;
  let b = a;
  while (b < i && b - a < 8 && (tok(cx, b) as Token).kind === 'word' && !cx.lex.npStops.has(norm(cx, b)) && !verbAt(cx, b)
    && !cx.complementizers.has(norm(cx, b)) && !isRelative(cx, b) && !TIME_WORDS.has(norm(cx, b)) && !PREP_PRONOUN.test(norm(cx, b))
    && !(b > a && norm(cx, b).startsWith('ب'))) b++;
  return b > a ? analyseNP(cx, a, b) : undefined;
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
      && (bare(norm(cx, k - 1)).startsWith('ال') || cx.mentionOf[k - 1] !== undefined || inSet(cx.lex.roles, norm(cx, k - 1)) || inSet(cx.lex.anonymousHeads, norm(cx, k - 1)))) k--;
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

/** Does the noun phrase at a fail to agree in gender with a verb of gender g? */
export function disagrees(cx: Detection, g: 'm' | 'f', a: number): boolean {
  const w = bare(norm(cx, a));
  if (cx.mentionOf[a]?.type === 'PER' || isQuoteOpen(cx, a)) return false;
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
  const fronted = FRONTED_SIDE.test(norm(cx, ss0)) && /^(جهت|جانب|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, ss0 + 1)) && isComma(cx, ss0 + 2) ? ss0 + 3 : -1;
  if (fronted > 0 && fronted < i - 2) ss = fronted;
  const first = norm(cx, ss);
  // قررت محافظة القاهرة فتح الحدائق، كما أعلنت أنه …: a sentence opened by a past verb that
  // agrees with the cue (feminine ت on both) has its subject after that verb.
  const g = verbAt(cx, i)?.gender;
  const coordinated = verbAt(cx, i)?.conjoined === true || /^و?كما$/.test(norm(cx, i - 1));
  const pastOpener = ss === ss0 && g !== undefined && coordinated && /^[^اوين]/.test(first) && first.length >= 3 && first.length <= 6
    && (g === 'f' ? first.endsWith('ت') && bare(norm(cx, i)).endsWith('ت') : !first.endsWith('ت') && !first.endsWith('ه'))
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
  if (!/^ف/.test(norm(cx, c0))) return undefined;
  const ss = sentenceStart(cx, c0);
  for (let k = c0 - 1; k >= ss && c0 - k < 30; k--) {
    if (verbAt(cx, k)) return undefined;
    if (norm(cx, k) !== 'اما' && norm(cx, k) !== 'واما') continue;
    let e = k + 1;
    while (e < c0 && e - k <= 12 && !isComma(cx, e) && !isRelative(cx, e) && !verbAt(cx, e) && !(isPunct(cx, e) && !isQuoteOpen(cx, e) && !BRACKETS.has(norm(cx, e)))) e++;
    return e > k + 1 && speakerAt(cx, k + 1) ? analyseNP(cx, k + 1, e) : undefined;
  }
  return undefined;
}

/** X، أعلن، …: a noun phrase that names someone, alone before the verb and a comma at its sentence start. */
export function frontedTopic(cx: Detection, c0: number): Source | undefined {
  const ss = sentenceStart(cx, c0);
  if (!isComma(cx, c0 - 1) || c0 - 1 <= ss || c0 - 1 - ss > 8 || !speakerAt(cx, ss)) return undefined;
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
  const v = bare(norm(cx, i + 1));
  if (!GIVING.test(v)) return i;
  const se = sentenceEnd(cx, i);
  const specify = /حدد$/.test(v);
  let k = i + 2;
  while (k < se && k - i < 12 && !isPunct(cx, k) && !(specify ? QUESTION_WORDS.has(norm(cx, k)) || norm(cx, k) === 'من' : NOT_GIVEN.has(norm(cx, k)))) k++;
  if (k >= se || isPunct(cx, k)) return i;
  const obj = norm(cx, k - 1) === 'اي' ? k - 1 : k;
  let source = obj > i + 2 ? analyseNP(cx, i + 2, obj) : undefined;
  // لم يصدر أي تعليق على الموضوع عن حركة …: the one the comment did not come from.
  if (!source) {
    for (let q = k + 1; q < Math.min(se, k + 6) && !isPunct(cx, q); q++) {
      if (norm(cx, q) !== 'عن') continue;
      let e = q + 1;
      while (e < se && e - q <= 6 && !isPunct(cx, e) && !verbAt(cx, e)) e++;
      if (plausibleSource(cx, q + 1, e)) source = analyseNP(cx, q + 1, e);
      break;
    }
  }
  if (!source) source = PRONOUN_SUBJECT.test(norm(cx, i - 1)) ? previousSpeaker(cx, i) : (leftSource(cx, i) ?? previousSpeaker(cx, i));
  if (!source) return i;
  const [a, b] = contentFrom(cx, k, false);
  emit(cx, { cue: span(cx, i, i + 2), source, content: span(cx, a, b), stance: 'none' }, false);
  return k;
}

/** A sound masculine plural in the nominative (المعلمون، المسؤولون): a subject, never an object. */
export function nominativePlural(cx: Detection, a: number): boolean {
  const w = bare(norm(cx, a));
  return w.startsWith('ال') && w.endsWith('ون') && (w.length >= 8 || cx.lex.anonymousHeads.has(w)) && !SINGULARS_IN_WN.has(w.slice(2));
}

/** A sound masculine plural in the accusative or genitive (المشاركين، العاملين): not a subject. */
export function obliquePlural(cx: Detection, a: number): boolean {
  const w = bare(norm(cx, a));
  return w.startsWith('ال') && w.endsWith('ين') && w.length >= 8;
}

/** Is there someone before i (a speaker in this or the previous sentence, or this clause's subject) who could be urging? */
export function urgerBefore(cx: Detection, i: number): boolean {
  const last = lastSpeakerDraft(cx);
  if (last && sentenceOf(cx, i) - (firstTokenAt(cx, last.content.end) > 0 ? sentenceOf(cx, firstTokenAt(cx, last.content.end) - 1) : -10) <= 1) return true;
  if (cx.lastSubject && sentenceOf(cx, i) - sentenceOf(cx, cx.lastSubject.at) <= 1) return true;
  return clauseSubject(cx, i) !== undefined;
}

export function previousSpeaker(cx: Detection, i: number): Source | undefined {
  const last = lastSpeakerDraft(cx);
  if (!last) return earlierSubject(cx, i);
  // Only carry a speaker over a short distance.
  const lastSentence = firstTokenAt(cx, last.cue.start) < cx.tokenCount ? sentenceOf(cx, firstTokenAt(cx, last.cue.start)) : -10;
  if (sentenceOf(cx, i) - lastSentence > 3) return undefined;
  return { ...last.source };
}

/** Is token i the first word of the text (after punctuation only)? */
export function textOpensAt(cx: Detection, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isPunct(cx, k)) return false;
  return true;
}

export function firstTokenAt(cx: Detection, off: number): number {
  let lo = 0;
  let hi = cx.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cx.tokens[mid] as Token).start < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- Content -------------------------------------------------------------

/** Is token t the start of a new reporting clause, which ends the content before it? */
export function newClauseAt(cx: Detection, t: number): number {
  const v = verbAt(cx, t);
  const neg = cx.lex.negators.has(norm(cx, t)) && verbAt(cx, t + 1) !== undefined;
  if (!v && !neg && !cx.lex.prepositional.has(norm(cx, t))) return -1;
  if (isRelative(cx, t - 1)) return -1;
  // وزادت الطلبات، بين الطرفين: a form that is mostly another word ends nothing.
  if (v?.ambiguous) return -1;
  if (v?.participle || v?.conjoined) return t;
  if (neg && /^[وف]/.test(norm(cx, t))) return t;
  if (isComma(cx, t - 1)) return t - 1;
  if (norm(cx, t - 1) === 'كما' || norm(cx, t - 1) === 'وكما' || norm(cx, t - 1) === 'فيما' || norm(cx, t - 1) === 'بينما') return t - 1;
  return -1;
}

/** The content from token cs to the end of its clause; [first, last) token indices. */
export function contentFrom(cx: Detection, cs: number, relative: boolean): [number, number] {
  const close = closingQuote(cx, cs, cx.tokenCount);
  if (close > cs + 1 && isQuoteOpen(cx, cs)) return [cs + 1, close];
  const se = sentenceEnd(cx, cs);
  let e = se;
  for (let t = cs + 1; t < se; t++) {
    if (isComma(cx, t)) {
      if (relative) {
        e = t;
        break;
      }
      if (matchPhrase(cx, t + 1, cx.lex.boundaries, true) > 0) {
        e = t;
        break;
      }
      continue;
    }
    if (matchPhrase(cx, t, cx.lex.excluded) > 0) {
      e = t;
      break;
    }
    // … دون أن تفصح عن تفاصيلهما: what the speaker left unsaid is the writer's clause.
    if (!relative && withoutSaying(cx, t)) {
      e = t;
      break;
    }
    const nc = newClauseAt(cx, t);
    if (nc >= 0) {
      e = nc;
      break;
    }
    if (isQuoteOpen(cx, t)) {
      const c = closingQuote(cx, t, se);
      if (c > t) t = c;
    }
  }
  while (e > cs && isPunct(cx, e - 1) && !['"', '»', '”', ')'].includes(norm(cx, e - 1))) e--;
  // A closing quote without its opening one in the content is not part of it.
  if (e > cs && ['"', '»', '”'].includes(norm(cx, e - 1))) {
    let opens = 0;
    for (let t = cs; t < e - 1; t++) if (OPEN_QUOTES.has(norm(cx, t))) opens++;
    if (norm(cx, e - 1) === '"' ? opens % 2 === 0 : opens === 0) e--;
  }
  return [cs, Math.max(e, cs + 1)];
}

// ---- Frames between the subject and the content ---------------------------


/**
 * A clause between commas at j in which a source withholds its name (، لم يكشف عن اسمه،
 * ، رفضت الكشف عن هويتها،): the closing comma, the cue (the negated verb, or the verb of
 * refusing and its verbal noun) and the name withheld; undefined when there is none.
 */
export function identityAside(cx: Detection, j: number): { close: number; cue: Span; content: Span } | undefined {
  const first = bare(norm(cx, j + 1));
  if (!cx.lex.negators.has(norm(cx, j + 1)) && !/^(رفض|رافض|امتنع|ممتنع)/.test(first)) return undefined;
  for (let k = j + 2; k < Math.min(sentenceEnd(cx, j), j + 8) && !isComma(cx, k); k++) {
    if (!cx.lex.identityWords.has(norm(cx, k))) continue;
    if (!isComma(cx, k + 1)) return undefined;
    const ce = norm(cx, k - 1) === 'عن' ? k - 1 : k;
    return ce > j + 2 ? { close: k + 1, cue: span(cx, j + 1, ce), content: span(cx, ce, k + 1) } : undefined;
  }
  return undefined;
}

/** A nominal object standing for what was announced (تأجيل، اعتقال، ظهور). */
/** تقارير، أنباء، معلومات: a report noun without the article. */
export function indefiniteReport(cx: Detection, j: number): boolean {
  const w = bare(norm(cx, j));
  return tok(cx, j)?.kind === 'word' && !w.startsWith('ال') && !cx.mentionOf[j] && w.length >= 4 && REPORT_OBJECTS.has(`ال${w}`);
}

export function looksLikeObject(cx: Detection, j: number, deny = false): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  // وصول، وقف، وفاة: a verbal noun whose first letter is و, not the conjunction; وجود only
  // after a denial (نفى X وجود …: noticing or finding it is perception).
  return w.length >= 4 && !w.startsWith('ال') && (!w.startsWith('و') || SHORT_VERBAL_NOUNS.has(w) || (deny && DENIED_OBJECTS.has(w)))
    && !cx.lex.npStops.has(w) && !verbAt(cx, j)
    && !cx.complementizers.has(w) && !cx.lex.demonstratives.has(w) && !TIME_WORDS.has(w) && !FRAME_WORDS.has(w);
}

/**
 * The words a..b-1 make a whole short subject: a name, or a definite head that can speak
 * (الوزارة، المدير، الصحف) with definite adjectives after it.
 */
/** A person named within the first words from k (كل من الفارس مقبل سعد السويدي …). */
export function namedListAt(cx: Detection, k: number): boolean {
  for (let q = k; q < Math.min(cx.tokenCount, k + 4) && tok(cx, q)?.kind === 'word'; q++) if (cx.mentionOf[q]?.type === 'PER') return true;
  return false;
}

/** مسؤولة بوزارة الصحة تدعى نارونج: "called", the passive written with ى, not "claims" (تدعي). */
export function calledAt(cx: Detection, j: number): boolean {
  return /^[يت]دعي$/.test(norm(cx, j)) && cx.text.charAt((tok(cx, j) as Token).end - 1) === 'ى'
    && tok(cx, j - 1)?.kind === 'word' && tok(cx, j + 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, j + 1)) && !PREPOSITIONS.has(norm(cx, j + 1))
    && !/^(ب|ل|ال)/.test(norm(cx, j + 1));
}

/** وزير الخارجية عادل الجبير أن …: أن, a colon or a quotation close ahead; the words before belong to the subject. */
export function introducerAhead(cx: Detection, j: number): boolean {
  for (let k = j + 1; k < Math.min(sentenceEnd(cx, j), j + 6); k++) {
    const w = norm(cx, k);
    if (cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, k)) return true;
    if (verbAt(cx, k) || isComma(cx, k)) return false;
  }
  return false;
}

export function shortSubjectEnds(cx: Detection, a: number, b: number): boolean {
  let k = a;
  const m0 = cx.mentionOf[a];
  if (m0 && m0.first === a) return m0.last === b;
  const h = norm(cx, a);
  const stem = bare(h).replace(/^ال/, '');
  const speaker = inSet(cx.lex.roles, h) || cx.lex.roles.has(stem) || inSet(cx.lex.anonymousHeads, h) || inSet(cx.lex.outletNouns, h)
    || cx.lex.outletNouns.has(stem) || cx.lex.carrierNouns.has(stem);
  // الشركة، الصحف: any definite noun that can name a speaker; رئيس الاتحاد: a role in construct.
  if (!speaker && !(bare(h).startsWith('ال') && !cx.lex.nonSourceNouns.has(bare(h)) && !TIME_WORDS.has(h))) return false;
  k++;
  while (k < b && norm(cx, k).startsWith('ال') && !cx.mentionOf[k] && tok(cx, k)?.kind === 'word') k++;
  const m = cx.mentionOf[k];
  if (k < b && m && m.first === k && speaker) k = m.last;
  // إحصاءات رسمية: an indefinite head takes no indefinite adjective here; it needs its genitive.
  return k === b && (bare(h).startsWith('ال') || k > a + 1);
}

/**
 * An indefinite accusative noun (هطولا، طقسا، اعتمادا) after a definite word, a time word
 * or a pronoun-suffixed noun: the object of a verb of announcing or forecasting.
 */
export function accusativeObject(cx: Detection, j: number): boolean {
  const w = norm(cx, j);
  if (tok(cx, j)?.kind !== 'word' || w.length < 4 || !w.endsWith('ا') || w.startsWith('ال') || /^و?ال/.test(w) || /يا$/.test(w)
    || ALIF_ADVERBS.has(w) || ALIF_ADVERBS.has(bare(w)) || cx.mentionOf[j] || verbAt(cx, j) || cx.lex.npSkip.has(w)
    || cx.complementizers.has(w) || /(ها|نا)$/.test(w) || SHORT_WORDS.has(w) || cx.lex.demonstratives.has(w.slice(1))) return false;
  const p = norm(cx, j - 1);
  const m = cx.mentionOf[j - 1];
  return p.startsWith('ال') || TIME_WORDS.has(p) || /(ها|هم|ه)$/.test(p) && p.length > 4 || (m !== undefined && m.last === j)
    || p === '»' || p === '"' || p === '”';
}

/**
 * An indefinite verbal noun (تسجيل، إطلاق، اعتقال، انطلاق، استمرار، إصابتها) right after a
 * definite word or a name: the object of a verb of announcing. The shapes leave out
 * personal names, which follow a title in the same place (وزير الخارجية جون كيري).
 */
export function verbalNounObject(cx: Detection, j: number, deny = false, before = j - 1): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || /^(ال|لل)/.test(t.norm) || cx.mentionOf[j] || inSet(cx.lex.roles, t.norm) || cx.lex.rankTitles.has(t.norm)
    || cx.lex.anonymousHeads.has(t.norm) || cx.lex.quantifierHeads.has(t.norm) || cx.lex.npSkip.has(t.norm) || verbAt(cx, j)) return false;
  const p = norm(cx, before);
  const m = cx.mentionOf[before];
  // شركة «أدنوك للتوزيع» عزمها: a quoted name ends the subject as a definite word does.
  // شركة X – المشغلة لقطار المشاعر – فتح باب …: a dash closing an aside, too.
  // أفادت مصادر هبوط أول طائرة: an unnamed source of one word before the verbal noun, too.
  if (!(bare(p).startsWith('ال') || p.startsWith('لل') || (m !== undefined && m.last === before + 1) || p === '»' || p === '”'
    || (cx.lex.anonymousHeads.has(p) && !isPunct(cx, before - 1) && verbAt(cx, before - 1) !== undefined)
    || ((p === '–' || p === '-') && tok(cx, before - 1)?.kind === 'word'))) return false;
  const w = t.norm.replace(/ت(ه|ها|هم|هما)$/, 'ه');
  const suffixed = w !== t.norm;
  const stem = w.replace(/ه$/, '');
  // دعمه، عزمها، نيته: a short verbal noun with its possessive pronoun.
  const owned = t.norm.replace(/(ه|ها|هم|هما)$/, '');
  return SHORT_VERBAL_NOUNS.has(stem) || SHORT_VERBAL_NOUNS.has(w) || (deny && DENIED_OBJECTS.has(t.norm)) || (owned !== t.norm && SHORT_VERBAL_NOUNS.has(owned)) || /^ت..ي.$/.test(stem) || /^ت..يه$/.test(w) || /^است...ا.$/.test(stem) || /^ا.ت.ا.$/.test(stem) || /^ان..ا.$/.test(stem)
    || /^ا..ا.$/.test(stem) || (suffixed && stem.length >= 4 && !/^[وفبلك]/.test(stem));
}

/** … من خلال فرق ضبط الجودة 13 مخالفة: a number and a counted noun after a definite word. */
export function countedObject(cx: Detection, j: number): boolean {
  return tok(cx, j)?.kind === 'number' && tok(cx, j - 1)?.kind === 'word' && bare(norm(cx, j - 1)).startsWith('ال')
    && tok(cx, j + 1)?.kind === 'word' && !norm(cx, j + 1).startsWith('ال') && !MONTHS.has(norm(cx, j + 1)) && !TIME_WORDS.has(norm(cx, j + 1))
    && !DATE_HEADS.has(norm(cx, j + 1)) && !MONTHS.has(norm(cx, j - 1)) && !TIME_WORDS.has(norm(cx, j - 1));
}

/**
 * الكشف عنها، الإفراج عن، التوصل إلى: a definite verbal noun (of a derived shape, or one of
 * the short ones, or any definite noun with the resumptive pronoun of a relative clause).
 */
export function definiteVerbalNoun(cx: Detection, j: number): boolean {
  const w = norm(cx, j);
  if (tok(cx, j)?.kind !== 'word' || !w.startsWith('ال') || cx.mentionOf[j] || inSet(cx.lex.roles, w) || cx.lex.anonymousHeads.has(w)) return false;
  const stem = w.slice(2);
  return SHORT_VERBAL_NOUNS.has(stem) || /^ت..ي.$/.test(stem) || /^ت...$/.test(stem) && /^(عن|علي|الي|ب|في)$/.test(norm(cx, j + 1))
    || /^است...ا.$/.test(stem) || /^ا.ت.ا.$/.test(stem) || /^ان..ا.$/.test(stem) || /^ا..ا.$/.test(stem)
    || (PREP_PRONOUN.test(norm(cx, j + 1)) && isRelative(cx, firstWordOfClause(cx, j)));
}

/** The word before the verb of the clause j is in (for التي أعلنت X … الكشف عنها: التي). */
export function firstWordOfClause(cx: Detection, j: number): number {
  for (let k = j - 1; k >= Math.max(sentenceStart(cx, j), j - 10); k--) if (verbAt(cx, k)) return k - 1;
  return -1;
}

/** مسؤوليته عن، المسؤولية عن: responsibility claimed (an act, not a report). */
export function responsibilityAt(cx: Detection, j: number): boolean {
  return /^(م|الم)س[ؤئو]ولي(ه|ت(ه|ها|هم|هما))$/.test(norm(cx, j)) && norm(cx, j + 1).startsWith('عن');
}

/** وزير الخارجية تيسير الرفاعي: after a person's title, two plain words are a name. */
export function nameAfterTitle(cx: Detection, a: number, j: number): boolean {
  const r = roleOf(cx, norm(cx, a));
  // … المهندس صالح القاضي ترسية مشروع: the name came already, after its rank.
  for (let k = a; k < j; k++) if (cx.lex.rankTitles.has(norm(cx, k)) || cx.mentionOf[k]?.type === 'PER') return false;
  const person = r === 'person' || r === 'minister' || r === 'president' || r === 'spokesman' || r === 'official';
  const next = norm(cx, j + 1);
  // تيسير المفرج أنه …: a first name and a family name right before the content.
  const after = norm(cx, j + 2);
  const surname = /^ال..+ي$/.test(next) || next === 'بن' || next === 'ال'
    || (next.startsWith('ال') && (cx.complementizers.has(after) || isComma(cx, j + 2) || COLONS.has(after)));
  return person && tok(cx, j + 1)?.kind === 'word' && (surname || (!/^(ال|و|ب|ل|ف|ك)/.test(next) && !PREPOSITIONS.has(next)
    && !cx.lex.npStops.has(next) && !verbAt(cx, j + 1) && next.length > 2));
}

/** After a comma, does the frame between subject and content go on (، في تقرير …، إن)? */
export function frameContinues(cx: Detection, j: number): boolean {
  const w = norm(cx, j);
  // ، لكافة وكالات السفر، بأن …: an addressee.
  const addressee = w.length > 3 && w.startsWith('ل') && !w.startsWith('ال') && !/^(لكن|لان|لذ|لقد|لعل|لما|لهذا|لدي)/.test(w);
  // ، الاثنين،: a day between commas.
  const day = TIME_WORDS.has(w) && (isComma(cx, j + 1) || COLONS.has(norm(cx, j + 1)));
  return cx.complementizers.has(w) || FRAME_WORDS.has(w) || cx.lex.npSkip.has(w) || cx.lex.prepositional.has(w) || cx.lex.sayingNouns.has(w) || addressee || day
    || cx.lex.seenVerbs.has(w) || isQuoteOpen(cx, j) !== undefined || COLONS.has(w) || isRelative(cx, j);
}

/** على لسان، نقلا عن: a prepositional cue of more than one word starts at j. */
export function prepositionalAt(cx: Detection, j: number): boolean {
  for (const o of cx.lex.prepositional.get(norm(cx, j)) ?? []) {
    if (o.phrase.length > 1 && o.phrase.every((p, k) => norm(cx, j + k) === p)) return true;
  }
  return false;
}

/** عدم الكشف عن هويته، رافضا ذكر اسمه: an identity word close after j. */
export function identityNear(cx: Detection, j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < cx.tokenCount; k++) if (cx.lex.identityWords.has(norm(cx, k))) return true;
  return false;
}

/**
 * دون أن يذكر اسمه، من دون أن يوضح …: a reporting verb negated by "without" at j (دون/بدون,
 * or من before it): the cue [j, verb], what was not said (up to a comma, a quotation, a
 * colon or a complementiser) and the token after it; undefined when there is none.
 */
export function withoutSaying(cx: Detection, j: number): { cue: Span; content: Span; end: number } | undefined {
  const a = norm(cx, j) === 'من' ? j + 1 : j;
  if (!/^(دون|بدون)$/.test(bare(norm(cx, a))) || norm(cx, a + 1) !== 'ان') return undefined;
  const v = verbAt(cx, a + 2);
  if (!v || v.participle || v.ambiguous || !/^[يت]/.test(norm(cx, a + 2))) return undefined;
  const se = sentenceEnd(cx, a);
  let k = a + 3;
  while (k < se && k - a <= 16 && !isComma(cx, k) && !isQuoteOpen(cx, k) && !COLONS.has(norm(cx, k)) && !cx.complementizers.has(norm(cx, k))
    && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
  const content = k > a + 3 ? span(cx, a + 3, k) : span(cx, a + 2, a + 3);
  return { cue: span(cx, a, a + 3), content, end: k };
}

/** طالبا عدم الكشف عن اسمه، مفضلة عدم ذكر هويتها: a source asking not to be named (no report). */
export function anonymityAt(cx: Detection, j: number): boolean {
  return REFUSAL.has(bare(norm(cx, j))) && !PREPOSITIONS.has(bare(norm(cx, j))) && identityNear(cx, j);
}

/** وفقا لتقرير: the noun phrase starts inside the ل-word; a lone ل is skipped. */
export function needsLStart(cx: Detection, k: number): number {
  return norm(cx, k) === 'ل' ? k + 1 : k;
}

/** A quoted span [j, c] is a name (صحيفة "الخبر"، "رويترز" إن) rather than quoted words. */
/** "اللواء الركن جارالله بن محمد": a rank, then a name (a second title, بن, or a person). */
export function rankedName(cx: Detection, j: number, c: number): boolean {
  if (!cx.lex.rankTitles.has(norm(cx, j + 1))) return false;
  if (cx.lex.rankTitles.has(norm(cx, j + 2)) || cx.mentionOf[j + 2]?.type === 'PER') return true;
  for (let k = j + 2; k < c; k++) if (norm(cx, k) === 'بن') return true;
  return false;
}

export function quoteIsName(cx: Detection, j: number, c: number): boolean {
  if (c <= j + 1 || c - j > 9) return false;
  if (c - j > 6 && !rankedName(cx, j, c)) return false;
  const before = norm(cx, j - 1);
  const noun = before.startsWith('ل') && !before.startsWith('ال') && before.length > 3 ? before.slice(1) : before;
  const role = roleOf(cx, noun) ?? roleOf(cx, before);
  if (inSet(cx.lex.outletNouns, noun) || inSet(cx.lex.carrierNouns, noun) || (role !== undefined && role !== 'person')) return true;
  const after = norm(cx, c + 1);
  // مدير معهد «سرب» المهندس …، قائد القوة "اللواء الركن …": a title runs on or opens the quotation.
  if (cx.lex.rankTitles.has(after) || rankedName(cx, j, c)) return true;
  if (c - j <= 3 && (after === 'في' || after === 'خلال' || after === 'ل' || after.startsWith('لل'))) return true;
  // نقلت «الوطن» عن …، علمت «الوطن» من …: a relaying verb's subject before whom it relays.
  const v = verbAt(cx, j - 1);
  if (c - j <= 4 && v?.chain && (after === 'عن' || v.chainPreps.includes(after))) return true;
  // وذكرت «أم باسم» التي تعمل …، أن: a short quoted name that a relative clause describes.
  if (c - j <= 4 && verbAt(cx, j - 1) !== undefined && /^(التي|الذي|اللذين|اللتين|الذين)$/.test(after)) return true;
  // وعدت مجموعة العمل المشتركة «تاسك فورس» بتقديم …: a short quoted name after a definite
  // subject, then a complement with ب.
  if (c - j <= 4 && bare(before).startsWith('ال') && after.length > 3 && after.startsWith('ب') && !bNoun(after)) return true;
  return c - j <= 4 && (cx.complementizers.has(after) || isComma(cx, c + 1) || COLONS.has(after));
}

/** Is the content starting at cs introduced by one of the words (see VerbEntry.introducers)? */
export function introduced(cx: Detection, cs: number, words: string[], objectOK: boolean): boolean {
  const first = norm(cx, cs);
  const p = norm(cx, cs - 1);
  if (words.includes(first) || (words.includes('ب') && first.length > 2 && first.startsWith('ب') && !bNoun(first))) return true;
  if (isQuoteOpen(cx, cs) || COLONS.has(p)) return words.includes(':');
  if (!cx.complementizers.has(p) && !cx.complementizers.has(bare(p))) {
    // أرجع انخفاض الأرباح إلى …: a nominal object, then the word that completes it.
    if (!objectOK) return false;
    for (let k = cs + 1; k < Math.min(sentenceEnd(cx, cs), cs + 12) && !isComma(cx, k); k++) if (words.includes(norm(cx, k))) return true;
    return false;
  }
  if (words.includes('ان')) return true;
  // 'على أن': that word right before أن.
  if (words.some((x) => x.endsWith(' ان') && x.slice(0, -3) === bare(norm(cx, cs - 2)))) return true;
  if (words.includes(p) || (words.includes('ب') && p.startsWith('ب'))) return true;
  const r = norm(cx, cs - 2);
  return words.includes(r) || words.includes(bare(r)) || cx.lex.sayingNouns.has(r);
}

/** Scans from j for what introduces the content, noting chain frames on the way. */
export function scanFrame(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight = false): Frame {
  const frame = scanFrameRaw(cx, j0, cue, negated, npStart, subjectIsOutlet, tight);
  // جدد النادي عقد اللاعب لمدة …: without a verbal noun of saying, no report.
  if (cue?.needsSaying && frame.saying === undefined) frame.contentStart = -1;
  // أصر على أن، رد بأن، عزا … إلى: a verb that reports only when its content is introduced so.
  if (cue && cue.introducers.length > 0 && frame.contentStart >= 0 && !introduced(cx, frame.contentStart, cue.introducers, cue.objectContent)) frame.contentStart = -1;
  return frame;
}

export function scanFrameRaw(cx: Detection, j0: number, cue: VerbCue | undefined, negated: boolean, npStart: number, subjectIsOutlet: boolean,
  tight: boolean): Frame {
  const objectOK = cue?.objectContent === true;
  const se = sentenceEnd(cx, j0);
  const limit = Math.min(se, j0 + MAX_FRAME);
  const frame: Frame = { contentStart: -1 };
  // Words between the subject and the content must belong to a frame (في بيان له،
  // أمس، لـ"عكاظ"، ، وزير الثقافة المصري،); anything else means no content here.
  // أبلغ X شبكة فوكس أمس، أنه …: an addressee object may stand before the content.
  // واصفا مشاركته في المسرحية بأنها …: a participle's object may stand before the content.
  // وحث المعلمون الوزارة على …: the one urged stands before what is urged.
  let inFrame = ((cue?.addressee === true || URGING.has(normLemma(cx, cue))) && j0 > npStart) || cue?.participle === true;
  let afterBreak = j0 > npStart;
  // …، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن …: after a comma, a participle opening a frame
  // phrase (في، خلال، عبر) may reach its content further on.
  const framed = cue?.participle === true && !tight && isComma(cx, j0 - 2) && /^(في|خلال|عبر|لدي|امام)$/.test(norm(cx, j0));
  const frameLimit = cue?.participle ? Math.min(limit, j0 + (tight ? 3 : framed ? 12 : 6)) : limit;
  for (let j = j0; j < frameLimit; j++) {
    const w = norm(cx, j);
    // لوكالة الأنباء الألمانية (د.ب.أ)، إن …: an acronym or a date in brackets inside the frame.
    if (j > j0 && w === '(') {
      let k = j + 1;
      while (k < frameLimit && k - j <= 8 && norm(cx, k) !== ')' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k) && !COLONS.has(norm(cx, k))) k++;
      if (norm(cx, k) === ')' && k > j + 1) {
        j = k;
        continue;
      }
    }
    // وذكر في تصريحات له أدلى بها لصحيفة الإكسبريس أن …: the statement's relative verb stays in the frame.
    if (j > j0 && /^(ادلي|ادلت|ادلوا|ادليا)$/.test(w) && /^(به|بها)$/.test(norm(cx, j + 1))) {
      j++;
      continue;
    }
    // وقالت X بعد أن علمت بوفاتها "…": a clause of time before quoted words belongs to the frame.
    if (j <= j0 + 1 && !cue?.participle && ((/^(بعد|قبل|عقب)$/.test(bare(w)) && norm(cx, j + 1) === 'ان') || /^(عندما|حين|حينما|بعدما|لدي)$/.test(bare(w)))) {
      let k = j + 1;
      const from = norm(cx, j + 1) === 'ان' ? j + 2 : j + 1;
      k = from;
      while (k < limit && k - j <= 15 && !isQuoteOpen(cx, k) && !COLONS.has(norm(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
      if ((isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) && k > from && tok(cx, k + 1)?.kind === 'word') {
        frame.contentStart = COLONS.has(norm(cx, k)) ? (isQuoteOpen(cx, k + 1) || cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1) : cx.complementizers.has(norm(cx, k)) ? k + 1 : k;
        return frame;
      }
    }
    // … والأمن القومي د. فراس إلياس: the mark after a title inside a long frame.
    if (j > j0 && TITLE_MARKS.has(w) && titleBefore(cx, j) && tok(cx, j + 1)?.kind === 'word') continue;
    // اعتبر من قبل أن …: "before", an adverb.
    if (w === 'من' && norm(cx, j + 1) === 'قبل' && (isComma(cx, j + 2)
      || (cx.complementizers.has(norm(cx, j + 2)) && tok(cx, j + 3)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 3))))) {
      j++;
      continue;
    }
    // A stray quotation mark right after the verb opens the quoted words (تقول» أسأل الله …).
    if (j === j0 && j === npStart && (w === '»' || w === '”') && tok(cx, j + 1)?.kind === 'word') {
      frame.contentStart = j + 1;
      return frame;
    }
    if (isComma(cx, j)) {
      const aside = identityAside(cx, j);
      if (aside) {
        (frame.asides ??= []).push({ cue: aside.cue, content: aside.content });
        if (cx.complementizers.has(norm(cx, aside.close + 1))) {
          frame.contentStart = aside.close + 2;
          return frame;
        }
        j = aside.close - 1;
        continue;
      }
      // وقال القيادي في الحلقة، التي يرجح أن تسجيلها تم قبل …، بأن …: a relative clause between
      // commas, then the content.
      if (isRelative(cx, j + 1) && !cue?.participle) {
        let k = j + 2;
        while (k < limit && k - j <= 25 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !(isPunct(cx, k) && !isQuoteOpen(cx, k) && !BRACKETS.has(norm(cx, k)))) k++;
        if (isComma(cx, k) && k > j + 2 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 2;
          return frame;
        }
      }
      // وقال X في رسالة صوتية، وهي أول رسالة تصدر منذ تعيينه: «…»: an aside on the medium, then
      // the words after a colon or a quotation mark.
      if (/^(وهي|وهو)$/.test(norm(cx, j + 1)) && inFrame && !cue?.participle) {
        let k = j + 2;
        while (k < limit && k - j <= 20 && !isComma(cx, k) && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k) && !cx.complementizers.has(norm(cx, k))
          && !(isPunct(cx, k) && !BRACKETS.has(norm(cx, k))) && !verbAt(cx, k)) k++;
        if (COLONS.has(norm(cx, k)) && k > j + 3) {
          frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
          return frame;
        }
      }
      // وقال مصدر، طلب عدم نشر اسمه، لتلفزيون …: a source asking not to be named, between commas.
      if (/^(طلب|طلبت|طلبوا|فضل|فضلت|فضلوا)$/.test(bare(norm(cx, j + 1))) && /^(عدم|الا)$/.test(norm(cx, j + 2)) && identityNear(cx, j + 2)) {
        let k = j + 3;
        while (k < limit && k - j <= 8 && !isComma(cx, k)) k++;
        if (isComma(cx, k)) {
          j = k;
          inFrame = true;
          afterBreak = true;
          continue;
        }
      }
      // ونقلت الوكالة ، عن مسؤولين ، أن …: the one relayed from, between commas.
      if (frameContinues(cx, j + 1) || (cue?.chain === true && (norm(cx, j + 1) === 'عن' || cue.chainPreps.includes(norm(cx, j + 1))))) {
        inFrame = false;
        afterBreak = true;
        continue;
      }
      // An apposition between commas: ، وزير الثقافة المصري، إلى …، أحمد داود أوغلو، في …
      const r = roleOf(cx, (norm(cx, j + 1))) ?? (/^ال/.test(norm(cx, j + 1)) ? roleOf(cx, norm(cx, j + 1).slice(2)) : roleOf(cx, 'ال' + norm(cx, j + 1))) ?? (cx.mentionOf[j + 1]?.type === 'PER' && cx.mentionOf[j + 1]?.first === j + 1 ? 'person' : undefined);
      if (r) {
        let k = j + 1;
        while (k < limit && k - j <= 12 && !isComma(cx, k) && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))) {
          // A quoted name (لدى «أوزإس. فايننشال سرفيس») is passed whole.
          const c = isQuoteOpen(cx, k) ? closingQuote(cx, k, Math.min(limit, k + 8)) : -1;
          k = c > k ? c + 1 : k + 1;
        }
        if (isComma(cx, k) && (frameContinues(cx, k + 1) || (cue !== undefined && prepOf(cx, k + 1, cue.preps)))) {
          j = k - 1;
          inFrame = true;
          continue;
        }
        // وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة …، إن …: the apposition closed by a comma.
        if (isComma(cx, k) && k > j + 1 && cx.complementizers.has(norm(cx, k + 1)) && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 2;
          return frame;
        }
        // وأوضح حسان مبروك ، رئيس لجنة التصوير أن …: the apposition runs up to the content.
        if (cx.complementizers.has(norm(cx, k)) && k > j + 1 && !cx.lex.contentBlockers.has(norm(cx, k - 1))) {
          frame.contentStart = k + 1;
          return frame;
        }
        // وقال أحمد سالم، محلل اقتصادي في شركة … لـ«الشرق الأوسط»: «…»: up to a colon.
        if (COLONS.has(norm(cx, k)) && k > j + 1) {
          frame.contentStart = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
          return frame;
        }
      }
      // اتهم الخطاط ناصر الميمون، القائمين على الجمعية بالتقصير …، ودعا النقيب الأكلبي، جميع
      // المتنزهين بضرورة …: after a comma closing the subject, the one accused or urged, then
      // the verb's own complement.
      if (j === j0 && j0 > npStart && cue && !negated && !cue.participle && cue.preps.length > 0
        && (cue.addressee === true || URGING.has(normLemma(cx, cue))) && !prepOf(cx, j + 1, cue.preps)) {
        let k = j + 1;
        while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))
          && !(prepOf(cx, k, cue.preps) && (norm(cx, k).length <= 3 || /^ب(ال|ت|ا)/.test(norm(cx, k)))) && !CONTENT_OPENERS.has(norm(cx, k))) k++;
        if (k > j + 1 && k < limit && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
          frame.contentStart = k;
          return frame;
        }
      }
      // أعلنت الوزارة في غزة، عن توقيف …
      if (cue && cue.preps.length > 0 && prepOf(cx, j + 1, cue.preps)) {
        frame.contentStart = cx.complementizers.has(norm(cx, j + 2)) ? j + 3 : j + 1;
        return frame;
      }
      if (objectOK && cue && !negated && looksLikeObject(cx, j + 1)) {
        frame.contentStart = j + 1;
        return frame;
      }
      // A parenthetical clause closed by "، أن" (… «الشرق الأوسط»، تمثل بيانات …، أن).
      let k = j + 1;
      while (k < se && k - j <= 30 && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) {
        if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1))) break;
        k++;
      }
      if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1)) && k - j > 1) {
        frame.contentStart = k + 2;
        return frame;
      }
      return frame;
    }
    // وقال مسؤول رفض الإفصاح عن هويته إن …: not naming himself (stance none), then his words.
    if (cx.lex.noneVerbs.has(w) && !cue?.participle) {
      let k = j + 1;
      while (k <= j + 4 && k < limit && !cx.lex.identityWords.has(norm(cx, k))) k++;
      if (k <= j + 4 && k < limit && k > j + 1) {
        const ce = norm(cx, k - 1) === 'عن' ? k - 1 : k;
        (frame.asides ??= []).push({ cue: span(cx, j, ce), content: span(cx, ce, k + 1) });
        j = k;
        inFrame = true;
        continue;
      }
    }
    // وقال متحدث دون أن يذكر اسمه "…": what the speaker did not say, then his words.
    const without = cue?.participle ? undefined : withoutSaying(cx, j);
    if (without) {
      (frame.asides ??= []).push({ cue: without.cue, content: without.content });
      j = without.end - 1;
      inFrame = true;
      continue;
    }
    // وعزا ذلك إلى …: the object of a verb taking one.
    if (j === j0 && j0 === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) {
      inFrame = true;
      continue;
    }
    // … ويدعى القارئ حمزة، في رسالة …: "named", part of the frame.
    if (normLemma(cx, verbAt(cx, j)) === 'ادعي' && /^[وف]?[يت]/.test(w) && !cx.complementizers.has(norm(cx, j + 1))) {
      inFrame = true;
      continue;
    }
    // في رسالة صوتية نُشرت أمس أن …: publishing inside the frame is a relay or a passive.
    if (j > j0 && normLemma(cx, verbAt(cx, j)) === 'نشر') {
      inFrame = true;
      continue;
    }
    // Another reporting verb: this one has no content of its own (كذبت الوزارة الأنباء ونفت أن …).
    // … لـ"رويترز" طالبا عدم الكشف عن اسمه إن …: a source asking not to be named is part of the frame.
    // ، عبر حسابه على تويتر،: a form that is mostly a frame word (عبر "through") is not a verb here.
    if (j > j0 && verbAt(cx, j) && !cx.lex.seenVerbs.has(w) && !REFUSAL.has(bare(norm(cx, j - 1))) && !anonymityAt(cx, j)
      && !(verbAt(cx, j)?.ambiguous && FRAME_WORDS.has(w) && (isComma(cx, j - 1) || (norm(cx, j + 1) !== 'عن')))) return frame;
    if (tight && (cx.lex.negators.has(w) || verbAt(cx, j))) return frame;
    // جدد تحذيره من أن، أبدى رفضه ل…: the verbal noun of saying belongs to the frame.
    const masdar = cx.lex.sayingMasdars.get(w);
    if (masdar !== undefined && frame.saying === undefined) {
      frame.saying = { at: j, stance: masdar };
      inFrame = true;
      continue;
    }
    // متوقعا ألا يكون …: ألا (أن + لا) before an imperfect verb; إلا is spelled the same.
    if (w === 'الا' && j === j0 && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1)) && !cx.complementizers.has(norm(cx, j + 1))) {
      frame.contentStart = j + 1;
      return frame;
    }
    if (cx.complementizers.has(w) || (cx.complementizers.has(bare(w)) && w.charCodeAt(0) !== 0x648)) {
      // بعد أن، قبل أن، منذ أن: a conjunction, not what was said.
      const before = norm(cx, j - 1);
      // اعتبر من قبل أن الاتفاق …: "earlier", when a noun (not a verb) follows أن.
      const earlier = before === 'قبل' && norm(cx, j - 2) === 'من' && tok(cx, j + 1)?.kind === 'word' && !/^[يتن]/.test(norm(cx, j + 1));
      // وأوضح X إلى أن …: إلى right after the subject is a slip for أشار إلى أن, not "until".
      const slip = before === 'الي' && j - 1 === j0 && j0 > npStart;
      if (j > j0 && cx.lex.contentBlockers.has(before) && !earlier && !slip && !(cue && prepOf(cx, j - 1, cue.preps))) {
        // «أم باسم» التي تعمل … منذ أن كانت …، أن …: inside a relative clause on the subject, a
        // conjunction's أن is part of the clause; the content comes after a comma.
        if (frame.loose === true && isRelative(cx, j0)) continue;
        return frame;
      }
      frame.contentStart = j + 1;
      return frame;
    }
    if (COLONS.has(w)) {
      frame.contentStart = cx.complementizers.has(norm(cx, j + 1)) ? j + 2 : j + 1;
      return frame;
    }
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se + 50);
      // A closing mark with nothing after it in the sentence closes an earlier quotation.
      if ((w === '”' && c < 0) || j + 1 >= se) return frame;
      // Quoted words, unless a title runs on inside the sentence (بطولة «سوق عكاظ» له في …).
      // A participle of saying after the closing mark (“…” مؤكدا أن) follows words, not a title.
      const runsOn = j > j0 && !isComma(cx, j - 1) && !COLONS.has(norm(cx, j - 1)) && tok(cx, c + 1)?.kind === 'word' && verbAt(cx, c + 1)?.participle !== true;
      if (!quoteIsName(cx, j, c) && !runsOn) {
        frame.contentStart = j;
        return frame;
      }
      if (c > j) j = c;
      continue;
    }
    if (cue && cue.preps.length > 0 && prepOf(cx, j, cue.preps) && !prepositionalAt(cx, j)) {
      // أفادت الوكالة عن مصادر أمنية أن …: عن names whom the content was taken from.
      if (w === 'عن' && !frame.inner) {
        let k = j + 1;
        while (k < limit && k - j <= 8 && tok(cx, k)?.kind === 'word' && !cx.complementizers.has(norm(cx, k)) && !verbAt(cx, k)) k++;
        const src = cx.complementizers.has(norm(cx, k)) && k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
        if (src) {
          frame.inner = { cue: span(cx, j, j + 1), source: src };
          frame.contentStart = k + 1;
          return frame;
        }
      }
      frame.contentStart = cx.complementizers.has(norm(cx, j + 1)) ? j + 2 : j;
      return frame;
    }
    // داعيا أصحاب المنشآت بضرورة …، مطالبا بعدم …: what is urged; وأكد عدم رصد …: what was
    // denied — unless it is the speaker's wish to stay unnamed (عدم الكشف عن اسمه).
    const opener = CONTENT_OPENERS.has(w) || (w === 'عدم' && !identityNear(cx, j));
    if (cue && !negated && opener && (cue.preps.length > 0 || cue.participle || cue.objectContent)) {
      frame.contentStart = j;
      return frame;
    }
    if (negated && j === j0 && cx.lex.interrogatives.has(w)) {
      frame.contentStart = j;
      return frame;
    }
    // "seen by X": في تقرير اطلعت عليه "عربي21"
    if (cx.lex.seenVerbs.has(w) && cx.lex.seenObjects.has(norm(cx, j + 1))) {
      const k = j + 2;
      const end = nameEnd(cx, k, limit);
      if (end > k) {
        const src = analyseNP(cx, k, end);
        if (src) {
          const s: Source = { ...src, kind: 'outlet' };
          frame.outer = { cue: span(cx, j, j + 2), source: s };
        }
        j = end - 1;
      }
      continue;
    }
    // أعرب عن اعتقاده بأن …
    if (cue && cue.frameWords.includes(w)) {
      inFrame = true;
      continue;
    }
    // في تصريح نشرته وكالة سبأ …، في كلمة نقلها التلفزيون: a relay.
    if (cx.lex.relayVerbs.has(w)) {
      let k = j + 1;
      while (k < limit && k - j <= 6 && !(isPunct(cx, k) && !isQuoteOpen(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))) {
        if (isQuoteOpen(cx, k)) {
          const c = closingQuote(cx, k, limit);
          if (c > k && quoteIsName(cx, k, c)) k = c;
          else break;
        }
        k++;
      }
      const src = k > j + 1 && plausibleSource(cx, j + 1, k) ? analyseNP(cx, j + 1, k) : undefined;
      if (src && !frame.outer) frame.outer = { cue: span(cx, j, j + 1), source: src };
      j = k - 1;
      inFrame = true;
      continue;
    }
    // تلقت «الشرق الأوسط» نسخة عنه
    if (cx.lex.seenVerbs.has(w) && !cx.lex.seenObjects.has(norm(cx, j + 1))) {
      let k = j + 1;
      const end = nameEnd(cx, k, limit);
      if (end > k && cx.lex.copyNouns.has(norm(cx, end))) {
        const src = analyseNP(cx, k, end);
        if (src) frame.outer = { cue: span(cx, j, j + 1), source: { ...src, kind: 'outlet' } };
        k = end + 1;
        if (norm(cx, k) === 'عنه' || norm(cx, k) === 'منه' || norm(cx, k) === 'عنها' || norm(cx, k) === 'منها') k++;
        j = k - 1;
        continue;
      }
    }
    // نقلت X عن Y / قالت X نقلا عن Y
    const prep = cx.lex.prepositional.get(w);
    const isAn = cue?.chain === true && (w === 'عن' || cue.chainPreps.includes(w));
    if (isAn || prep) {
      const plen = isAn ? 1 : matchPhrase(cx, j, new Map([[w, (prep ?? []).map((p) => p.phrase)]]));
      if (plen > 0) {
        let k = j + plen;
        const start = k;
        // وشدد X وفقا لما نقلته وكالة … على ضرورة …: the verb's own preposition ends the relay's source.
        while (k < limit && k - start < MAX_NP && !isComma(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k))
          && !cx.lex.sayingNouns.has(norm(cx, k)) && !(k > start + 1 && cue !== undefined && cue.preps.includes(norm(cx, k)) && norm(cx, k).length > 1)) {
          if (isQuoteOpen(cx, k)) {
            const c = closingQuote(cx, k, limit);
            if (c > k) k = c;
          }
          k++;
        }
        const src = analyseNP(cx, needsLStart(cx, start), k);
        // بحسب/وفقا لـ name who relayed a person's words; نقلا عن/على لسان name the
        // original speaker, as does بحسب after an outlet's own verb (ذكرت الصحيفة وفقا لـ…).
        const relay = !isAn && RELAY.has(bare(w)) && !subjectIsOutlet;
        // نقلت X عن Y قوله إن …: the verbal noun of saying is the cue of Y's words.
        const said = cx.lex.sayingNouns.has(norm(cx, k)) ? k : isComma(cx, k) && cx.lex.sayingNouns.has(norm(cx, k + 1)) ? k + 1 : -1;
        if (src && relay && !frame.outer) frame.outer = { cue: span(cx, j, j + plen), source: src };
        else if (src && !relay) frame.inner = { cue: said >= 0 ? span(cx, said, said + 1) : span(cx, j, j + plen), source: src };
        j = k - 1;
        continue;
      }
    }
    // A relative clause on the subject (قوة المهام التي تقود العمليات أن), a من-phrase
    // (الباحثون من جامعة كورتين إن), brackets and dashes belong to the frame.
    // كشفت من خلاله …: من before a preposition with the resumptive pronoun.
    if (j === j0 && j0 === npStart && w === 'من' && /^خلال(ه|ها)$/.test(norm(cx, j + 1))) continue;
    // ونقل التلفزيون الرسمي عنه قوله إن …: the one relayed from is the last speaker, named by
    // the pronoun; his words are his own attribution, via the relaying outlet.
    if (cue?.chain === true && !frame.inner && /^عن(ه|ها|هم)$/.test(w) && cx.lex.sayingNouns.has(norm(cx, j + 1))) {
      const last = lastSpeakerDraft(cx);
      if (last && last.source.start !== undefined && sentenceOf(cx, j) - sentenceOf(cx, firstTokenAt(cx, last.cue.start)) <= 2) {
        frame.inner = { cue: span(cx, j + 1, j + 2), source: { ...last.source } };
      }
    }
    if (isRelative(cx, j) || (w === 'من' && j0 > npStart) || BRACKETS.has(w) || PREP_PRONOUN.test(w)) {
      if (isRelative(cx, j) || w === 'من') frame.loose = true;
      inFrame = !PREP_PRONOUN.test(w);
      afterBreak = PREP_PRONOUN.test(w);
      continue;
    }
    // وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا: an object after a time phrase.
    if (objectOK && cue && !negated && afterBreak && j > j0 + 1 && !cue.participle && inFrame && looksLikeObject(cx, j)
      && (norm(cx, j - 1) === 'سابق' || norm(cx, j - 1) === 'لاحق')) {
      frame.contentStart = j;
      return frame;
    }
    // توقعت الرئاسة في تقريرها عن حالة الطقس لهذا اليوم هطولا للأمطار: an accusative object.
    if (objectOK && cue && !negated && !cue.participle && (j > j0 || j0 > npStart) && accusativeObject(cx, j)) {
      frame.contentStart = j;
      return frame;
    }
    // اليوم الخميس 2 مارس 2017: the date after a time word.
    if ((tok(cx, j)?.kind === 'number' || MONTHS.has(w)) && j > j0 && (TIME_WORDS.has(norm(cx, j - 1)) || MONTHS.has(norm(cx, j - 1))
      || tok(cx, j - 1)?.kind === 'number')) continue;
    // أكد مسؤول في وزارة الدفاع قيام الوزارة بـ…، أعلن الوزير في المؤتمر الصحفي تأجيل …: a
    // verbal noun right after the definite end of a frame phrase is the object.
    if (objectOK && cue && !negated && inFrame && j > j0 + 1 && !cue.participle && (FRAME_WORDS.has(norm(cx, j0)) || norm(cx, j0) === 'من')
      && !isPunct(cx, j - 1) && (verbalNounObject(cx, j, cue.stance === 'deny') || countedObject(cx, j))) {
      frame.contentStart = j;
      return frame;
    }
    if (FRAME_WORDS.has(w) || cx.lex.npSkip.has(w) || TIME_WORDS.has(w) || cx.lex.sayingNouns.has(w)
      || (w.startsWith('ل') && !w.startsWith('ال') && w.length > 1)
      || (inFrame && !isPunct(cx, j))) {
      // أعلنت الشركة أيضا استقالة …: an adverb, as a time word, closes the subject.
      const adverb = ALIF_ADVERBS.has(w) || w === 'كذلك';
      inFrame = inFrame || !(TIME_WORDS.has(w) || adverb);
      afterBreak = TIME_WORDS.has(w) || w === 'سابق' || w === 'لاحق' || adverb;
      continue;
    }
    // التي أعلنت الكويت اليوم الخميس الكشف عنها، أعلنت الوزارة أمس الإفراج عن …: a definite
    // verbal noun after the subject and a time phrase is the object.
    if (objectOK && cue && !negated && afterBreak && j > j0 && j0 > npStart && !cue.participle && TIME_WORDS.has(norm(cx, j - 1))
      && definiteVerbalNoun(cx, j)) {
      frame.contentStart = j;
      return frame;
    }
    // أعلن مهرجان دبي امس تحديد موعد …، أكد خلالها ضرورة …: a nominal object after a break.
    // كشفت من خلاله سير المفاوضات: after the resumptive pronoun a short noun is the object too.
    const shortObject = resumptiveAt(cx, j - 1) || (norm(cx, j - 2) === 'من' && resumptiveAt(cx, j - 2));
    if (objectOK && cue && !negated && afterBreak && j > j0 && !cue.participle && (looksLikeObject(cx, j, cue.stance === 'deny')
      || (shortObject && w.length === 3 && tok(cx, j)?.kind === 'word' && !SHORT_WORDS.has(w) && !PREPOSITIONS.has(w) && !cx.lex.npStops.has(w) && !verbAt(cx, j)))) {
      frame.contentStart = j;
      return frame;
    }
    return frame;
  }
  // وأضاف فرومان خلال مؤتمر صحافي شارك فيه ممثلون عن … (…)، التي …: «…»: a long frame
  // still ends in a colon and a quotation, with no other verb of saying on the way.
  if (inFrame && cue && !cue.participle) {
    for (let k = frameLimit; k < Math.min(se, j0 + 90); k++) {
      if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k))) break;
      if (COLONS.has(norm(cx, k)) && isQuoteOpen(cx, k + 1)) {
        frame.contentStart = k + 1;
        break;
      }
    }
  }
  return frame;
}

// ---- The scan ------------------------------------------------------------

export function emit(cx: Detection, d: Omit<Draft, 'key' | 'speaker'>, speaker = true): Draft {
  // A report inside another speaker's words (بلاغا يفيد بـ… inside a quotation) does not
  // become the speaker of the subjectless verbs after that quotation.
  const inner = speaker && cx.drafts.some((o) => o.speaker && o.content.start <= d.cue.start && d.cue.start < o.content.end
    && o.cue.end <= d.cue.start);
  const full: Draft = { key: cx.nextKey++, speaker: speaker && !inner, ...d };
  cx.drafts.push(full);
  return full;
}

/** مما، وهو ما، وهذا ما، الأمر الذي before c0: the facts just told are the subject of the verb at c0. */
export function inferenceBefore(cx: Detection, c0: number): boolean {
  const p = norm(cx, c0 - 1);
  if (p === 'مما') return true;
  if (p === 'ما') return /^[وف]?(هو|هي|هذا|هذه|ذلك)$/.test(norm(cx, c0 - 2));
  return p === 'الذي' && /^[وف]?الامر$/.test(norm(cx, c0 - 2));
}

/** Handles a verb cue whose cue tokens are [c0, c1); returns the last token used. */
export function verbCue(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined, stance: Stance, negated: boolean, relativeHint: boolean,
  opts: { tight?: boolean; forced?: Source } = {}): number {
  const se = sentenceEnd(cx, c1 - 1);
  // وأعتقد أن …: a hamza on the first letter of a verb whose past has none (اعتقد) marks the
  // first person imperfect: the speaker's own words, not a new report.
  const raw = cx.text.slice((tok(cx, c1 - 1) as Token).start, (tok(cx, c1 - 1) as Token).end).replace(/^[وف]/, '');
  if (!cue?.participle && raw.startsWith('أ') && /^(ا|است|انت|افت)/.test(cue?.lemma ?? '') && !/^أ/.test(cue?.lemma ?? '')) return c1 - 1;
  // لذا آمل أن …: a madda on the first letter of a verb whose past has none is the first person.
  if (!cue?.participle && raw.startsWith('آ') && !/^آ/.test(cue?.lemma ?? '')) return c1 - 1;
  // المشاريع التي وعدت بها جوبا، التعديلات التي طالب بها X: a relative clause whose ب-complement
  // is a pronoun resuming the noun before it reports no proposition, only describes that noun
  // (a deal «التي كشفت عنها» a company is a disclosure and stays).
  if (!cue?.participle && isRelative(cx, c0 - 1) && RESUMED_COMPLEMENT.test(norm(cx, c1))) return c1 - 1;
  // …، مما يؤكد أن …، مما يشير إلى …: what the facts before مما show is the writer's inference,
  // unless a speaker is written after the verb (مما أكده الوزير).
  if (!cue?.participle && inferenceBefore(cx, c0) && (cx.complementizers.has(norm(cx, c1)) || (cue !== undefined && prepOf(cx, c1, cue.preps)))) return c1 - 1;
  // داعين الله أن، سائلا المولى، ودعا سموه في اتصال هاتفي المولى عز وجل أن: a prayer.
  if (/^(دعا|سال|ابتهل|تضرع)/.test(normLemma(cx, cue))) {
    const se0 = sentenceEnd(cx, c1);
    for (let k = c1; k < Math.min(se0, c1 + 8) && !cx.complementizers.has(norm(cx, k)); k++) if (PRAYER_OBJECTS.has(norm(cx, k))) return c1 - 1;
  }
  // ويدعى القارئ حمزة في …: "is called"; يدعي (الحوثيون) أن "claims" has its content close after it.
  if (normLemma(cx, cue) === 'ادعي' && /^[وف]?[يت]/.test(norm(cx, c1 - 1))) {
    let k = c1;
    while (k < c1 + 4 && tok(cx, k)?.kind === 'word' && !cx.complementizers.has(norm(cx, k))) k++;
    if (!cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !isQuoteOpen(cx, k)) return c1 - 1;
  }
  // وتحدثت الصحف عن …، الشائعات التي تحدثت عن …: «talked about» reports only with a report or
  // press noun as its subject; a person talking about a topic reports nothing.
  if (cue && !cue.participle && cue.preps.length === 0 && normLemma(cx, cue) === 'تحدث') {
    const h = bare(norm(cx, c1));
    const w0 = h.startsWith('ال') ? h.slice(2) : h;
    if (TALKING_REPORTS.test(w0) || carrierGender(norm(cx, c1)) !== undefined || carrierGender(h) !== undefined || inSet(cx.lex.outletNouns, norm(cx, c1))
      || carrierSubject(cx, c0) !== undefined) cue = { ...cue, preps: ['عن'] };
  }
  // كيف تصف نفسك: a question.
  if (QUESTION_WORDS.has(norm(cx, c0 - 1))) return c1 - 1;
  // وقدّر المؤشر قيمة التعاملات بنحو 5 مليارات، قدر الأطباء عمره بعشرة أيام: an estimate with a
  // number is a claim whose object is the content; قدّر جهود الشرطة (appreciated) reports nothing.
  let estimate = false;
  // تُقدَّر أبعاده بنحو …: the imperfect is mostly the passive describing a noun before it.
  if (cue && !cue.participle && normLemma(cx, cue) === 'قدر' && !/^[وف]?[يت]/.test(norm(cx, c1 - 1))) {
    let k = c1;
    // The number is given with بـ (بنحو 5، بخمسين، بين عشرة و…).
    const amount = (k: number): boolean => (tok(cx, k)?.kind === 'number'
      || /^(ب|وب)?(نحو|حوالي|قرابه|مليون|مليار|الف|ملايين|مليارات|الاف|عشر.*|ثلاث.*|اربع.*|خمس.*|ست.*|سبع.*|ثمان.*|تسع.*)$/.test(norm(cx, k)))
      && (norm(cx, k).startsWith('ب') || norm(cx, k - 1).startsWith('ب'));
    while (k < se && k - c1 <= 24 && !cx.complementizers.has(norm(cx, k)) && !amount(k)
      && !(k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') && !(k > c1 + 1 && isPunct(cx, k) && !isComma(cx, k))) k++;
    if (!cx.complementizers.has(norm(cx, k))) {
      if (k >= se || k - c1 > 24 || (k > c1 && verbAt(cx, k) && norm(cx, k) !== 'بين') || (isPunct(cx, k) && !isComma(cx, k))) return c1 - 1;
      estimate = true;
      cue = { ...cue, objectContent: true };
    }
  }
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: a verb right after a conjunction with a
  // verbal noun after it has the main clause's subject; the noun is what was announced.
  if (!opts.forced && cue?.objectContent && !cue.participle && !negated && norm(cx, c0 - 1) === 'ان'
    && TIME_CONJUNCTIONS.has(bare(norm(cx, c0 - 2))) && looksLikeObject(cx, c1) && !cx.mentionOf[c1]
    && !inSet(cx.lex.roles, norm(cx, c1)) && !inSet(cx.lex.anonymousHeads, norm(cx, c1)) && !cx.lex.quantifierHeads.has(norm(cx, c1))) {
    const main = sentenceSubject(cx, c0);
    if (main) opts = { ...opts, forced: main };
  }
  // The subject after the verb (VSO), past an addressee written first (أكد لـ«عكاظ» وزير التعليم).
  let j = c1;
  const a0 = norm(cx, j);
  /** The verb's addressee stands right before the content: the subject is not written. */
  let addresseeOnly = false;
  // أبلغ «عكاظ» مدير عام فرع المصلحة …: a quoted outlet addressed before the subject.
  if (cue?.addressee && cue.participle !== true && isQuoteOpen(cx, c1)) {
    const cq = closingQuote(cx, c1, se);
    const k = cq + 1;
    if (cq > c1 + 1 && cq - c1 <= 4 && (cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, norm(cx, k)) || inSet(cx.lex.anonymousHeads, norm(cx, k)))) j = k;
  }
  // قال عليه السلام "…"، يقول صلى الله عليه وسلم: …: the blessing names a speaker who is not written.
  let blessed = false;
  for (const b of BLESSINGS) {
    if (!opts.forced && cue?.participle !== true && b.every((w, k) => norm(cx, c1 + k) === w)
      && (isQuoteOpen(cx, c1 + b.length) || COLONS.has(norm(cx, c1 + b.length)) || cx.complementizers.has(norm(cx, c1 + b.length)))) {
      j = c1 + b.length;
      addresseeOnly = true;
      blessed = true;
      break;
    }
  }
  if (a0 === 'ل' || (a0.startsWith('ل') && !a0.startsWith('ال') && cx.lex.outletNouns.has(a0.slice(1)))) {
    const q = a0 === 'ل' ? j + 1 : j;
    const c = isQuoteOpen(cx, q) ? closingQuote(cx, q, se) : -1;
    if (c > q) j = c + 1;
    else if (cx.mentionOf[j + 1] && a0 === 'ل') j = (cx.mentionOf[j + 1] as MentionRef).last;
    else if (a0 !== 'ل') {
      // وأضاف لموقع النادي على الإنترنت "…": the outlet addressed, its name, then the words.
      let k = j + 1;
      const cq = isQuoteOpen(cx, k) ? closingQuote(cx, k, se) : -1;
      if (cq > k) k = cq + 1;
      else if (cx.mentionOf[k]?.first === k) k = (cx.mentionOf[k] as MentionRef).last;
      else if (tok(cx, k)?.kind === 'word' && norm(cx, k).startsWith('ال') && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
      for (let m = k; m <= k + 2 && tok(cx, m)?.kind === 'word'; m++) {
        if (norm(cx, m) === 'علي' && /^ال(انترنت|انترنيت|شبكه)$/.test(norm(cx, m + 1))) {
          k = m + 2;
          break;
        }
      }
      if (/^ال(الكتروني|رسمي)$/.test(norm(cx, k))) k++;
      if (isQuoteOpen(cx, k) || COLONS.has(norm(cx, k)) || cx.complementizers.has(norm(cx, k))) {
        j = k;
        addresseeOnly = true;
      }
    }
    if (isComma(cx, j)) j++;
  } else if (a0.length > 4 && a0.startsWith('لل') && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j] && !/^للمر(ه|ات)$/.test(a0)
    && cue?.participle !== true && (cx.mentionOf[j + 1]?.first === j + 1 || inSet(cx.lex.roles, norm(cx, j + 1)) || inSet(cx.lex.anonymousHeads, norm(cx, j + 1))
      || inSet(cx.lex.outletNouns, norm(cx, j + 1)))) {
    // وأكد للصحفيين وزير الخارجية أن …: an addressee with the preposition glued to it, before the speaker.
    j++;
  } else if (a0.length > 4 && a0.startsWith('لل') && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j] && !/^للمر(ه|ات)$/.test(a0)
    && cue?.participle !== true && cue?.objectContent && !negated && !opts.forced && tok(cx, c0 - 1)?.kind === 'word'
    && sentenceOf(cx, c0 - 1) === sentenceOf(cx, c0) && !CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) && !verbAt(cx, c0 - 1)) {
    // أحول العينين كشف للأمن السيناريو …: with a noun before the verb and an addressee after it,
    // the noun is the subject and what follows the addressee is the object.
    const left = leftSource(cx, c0);
    if (left && looksLikeObject(cx, j + 1) || (left && norm(cx, j + 1).startsWith('ال') && !cx.mentionOf[j + 1] && !inSet(cx.lex.roles, norm(cx, j + 1))
      && !inSet(cx.lex.anonymousHeads, norm(cx, j + 1)))) opts = { ...opts, forced: left };
    j++;
  }
  // قالت، عصر أول من أمس الخميس، وزارة الخارجية …: a fronted time phrase between commas.
  if (isComma(cx, j)) {
    let k = j + 1;
    while (k < se && k - j <= 8 && !isComma(cx, k) && (ADVERBIAL.has(norm(cx, k)) || tok(cx, k)?.kind === 'number')) k++;
    if (isComma(cx, k) && k > j + 1) j = k + 1;
  }
  // وقال أمس وزير الخارجية …، واتهمت أمس إيران …: a time word before a subject that names someone.
  if (TIME_WORDS.has(norm(cx, j))) {
    let k = j;
    while (k < se && k - j < 3 && TIME_WORDS.has(norm(cx, k))) k++;
    const w = norm(cx, k);
    if (cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, w) || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w)) j = k;
  }
  // أكد سابقا على …: an adverb is not the subject.
  while (j < se && (ALIF_ADVERBS.has(norm(cx, j)) || ALIF_ADVERBS.has(bare(norm(cx, j)))) && j - c1 < 2) j++;
  // ما أفادت به مصادر أمنية أن …: the resumptive pronoun after a relative ما is not the subject.
  if (j === c1 && RELATIVE_MA.has(norm(cx, c0 - 1)) && /^(ب|عن|الي|علي|ل)(ه|ها)$/.test(norm(cx, j))) j++;
  // صرح بذلك مدير المستشفى …، أكد ذلك مسؤول …: the demonstrative is what was said (the clause
  // before); the speaker follows it.
  let saidThat = -1;
  if (j === c1 && cue?.participle !== true && !negated && (/^ب(ذلك|هذا)$/.test(norm(cx, j)) || (norm(cx, j) === 'ذلك' && !norm(cx, j + 1).startsWith('ال')))
    && speakerAt(cx, j + 1)) {
    saidThat = j;
    j++;
  }
  const npStart = j;
  let objectAt = -1;
  /** Where «لدى …» starts in an envoy's subject: the speaker's phrase ends there. */
  let envoyAt: number | undefined;
  // A participle (مشيرا، داعيا) has no subject after it: what follows is its object or content.
  while (cue?.participle !== true && !addresseeOnly && j < se && j - npStart < MAX_NP) {
    const w = norm(cx, j);
    // الأمين العام بان كي مون: a name that begins like بأن.
    const nameHere = cx.mentionOf[j]?.first === j && cx.mentionOf[j]?.type === 'PER';
    if ((cx.complementizers.has(w) && !nameHere) || COLONS.has(w) || isComma(cx, j) || cx.lex.sayingNouns.has(w)) break;
    if (j > npStart && cue?.needsSaying && cx.lex.sayingMasdars.has(w)) break;
    // سفارة خادم الحرمين الشريفين لدى سلطنة عمان: the country an envoy is accredited to is part of
    // the subject; an indefinite noun with a definite one after it is then the object
    // (أوضحت سفارة … لدى سلطنة عمان ملابسات الحادثة).
    if (j > npStart && w === 'لدي' && /^(ال)?(سفير|سفاره|مندوب|ممثل|بعثه|قنصل)/.test(bare(norm(cx, npStart)))) {
      envoyAt = j;
      const m = cx.mentionOf[j + 1];
      let k = m && m.first === j + 1 ? m.last : j + 2;
      if (m === undefined && /^(سلطنه|مملكه|دوله|جمهوريه|اماره|الامم|منظمه)$/.test(norm(cx, j + 1))) k = j + 3;
      // سفير المملكة لدى مصر أحمد قطان: the envoy's name after the country is the speaker.
      const name = cx.mentionOf[k];
      if (name && name.first === k && name.type === 'PER') {
        envoyAt = undefined;
        j = name.last;
        continue;
      }
      if (cue?.objectContent && !negated && k < se && looksLikeObject(cx, k) && norm(cx, k + 1).startsWith('ال') && !cx.mentionOf[k]
        && !roleOf(cx, norm(cx, k)) && !cx.lex.rankTitles.has(norm(cx, k))) {
        objectAt = k;
        j = k;
        break;
      }
      j = k;
      continue;
    }
    // وأكد بيان صادر عن مكتب الوزيرة أن …: where the statement came from is part of the subject.
    if (j > npStart && /^(ال)?صادر(ه)?$/.test(w) && norm(cx, j + 1) === 'عن') {
      j += 2;
      continue;
    }
    // هيئة الإذاعة البريطانية (بي.بي.سي) عن …: a name or an acronym in brackets stays in the subject.
    if (j > npStart && w === '(') {
      let k = j + 1;
      while (k < se && k - j <= 8 && norm(cx, k) !== ')' && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !isComma(cx, k)) k++;
      if (norm(cx, k) === ')' && k > j + 1) {
        j = k + 1;
        continue;
      }
    }
    // النائب اللبناني -عن القوات اللبنانية فادي كرم: …، مدير الشركة – وهو خبير – إن: an aside
    // opened by a dash stays in the subject, up to its closing dash, up to a colon, or up to أن
    // when it holds the speaker's name.
    if (j > npStart && (w === '-' || w === '–')) {
      let k = j + 1;
      let named = false;
      while (k < se && k - j <= 10 && !isComma(cx, k) && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && norm(cx, k) !== w) {
        if (cx.mentionOf[k]?.type === 'PER') named = true;
        k++;
      }
      if (norm(cx, k) === w && k > j + 1) {
        j = k + 1;
        continue;
      }
      if (k > j + 1 && (COLONS.has(norm(cx, k)) || (named && cx.complementizers.has(norm(cx, k))))) {
        j = k;
        break;
      }
    }
    // … المتحدث باسم شركة أفالون الموكل لها إدارة أعمال …: a participle with its pronoun
    // and complement stays in a long title.
    const attached = PREP_PRONOUN.test(w) && j > npStart + 2 && /^الم/.test(norm(cx, j - 1)) && !roleOf(cx, norm(cx, j - 1))
      && tok(cx, j + 1)?.kind === 'word' && !cx.complementizers.has(norm(cx, j + 1)) && !verbAt(cx, j + 1) && !cx.lex.npStops.has(norm(cx, j + 1))
      && !TIME_WORDS.has(norm(cx, j + 1));
    // نفى الوزير ما تردد عن …، أكدت الوزارة ما نشرته الصحيفة: a relative ما after the subject
    // is what was denied or confirmed.
    if (w === 'ما' && j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && tok(cx, j + 1)?.kind === 'word'
      && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j) && !cx.lex.negators.has(norm(cx, j + 1))) {
      objectAt = j;
      break;
    }
    // لاعب وسط: a midfielder, not "in the middle of".
    if (!attached && (cx.lex.npStops.has(w) || cx.lex.demonstratives.has(w)) && j > npStart && !isNameAli(cx, j) && !(w === 'وسط' && /^لاعب/.test(norm(cx, j - 1)))) break;
    if (PREP_PRONOUN.test(w) && !attached) break;
    // وحث المعلمون الوزارة على …: a definite noun after a nominative sound plural (not its
    // adjective, which ends in ون too) is the object.
    if (j > npStart && w.startsWith('ال') && !w.endsWith('ون') && nominativePlural(cx, j - 1) && !cx.mentionOf[j - 1]) {
      if ((cue?.objectContent || cue?.stance === 'deny') && !negated) objectAt = j;
      break;
    }
    // توقعت الأرصاد طقسا معتدلا: the accusative object ends the subject.
    if (j > npStart && cue?.objectContent && !negated && accusativeObject(cx, j)) break;
    // أوضحت وزارة الداخلية السعودية هوية الانتحاري: an indefinite noun right after a named
    // subject is the object.
    const head = cx.mentionOf[npStart];
    if (j > npStart && cue?.objectContent && !negated && head && head.first === npStart && head.type !== 'PER' && j === head.last
      && looksLikeObject(cx, j) && !roleOf(cx, w) && !cx.lex.rankTitles.has(w) && !/^[بلكف]/.test(w) && !cx.lex.anonymousHeads.has(w)
      && !cx.lex.quantifierHeads.has(w) && !isQuoteOpen(cx, j) && tok(cx, j + 1)?.kind === 'word' && norm(cx, j + 1).startsWith('ال')) {
      objectAt = j;
      break;
    }
    // وكشف المدير تفاصيل الخطة، أكدت الصحف الألمانية سير المفاوضات، أعلن بلاتر نيته …: after a
    // short definite subject or a name, an indefinite noun in construct is the object.
    if (j > npStart && j - npStart <= 3 && cue?.objectContent && !negated && !opts.forced && shortSubjectEnds(cx, npStart, j)
      && (looksLikeObject(cx, j) || SHORT_VERBAL_NOUNS.has(w)) && !cx.mentionOf[j] && !roleOf(cx, w) && !cx.lex.rankTitles.has(w) && !/^[بلكف]/.test(w) && !cx.lex.anonymousHeads.has(w)
      && !cx.lex.quantifierHeads.has(w) && !isQuoteOpen(cx, j) && !TITLE_MARKS.has(w) && tok(cx, j + 1)?.kind === 'word'
      && (norm(cx, j + 1).startsWith('ال') || /(ه|ها|هم)$/.test(w) || (!verbAt(cx, j + 1) && !cx.lex.npStops.has(norm(cx, j + 1))
        && !BARE_PREPOSITIONS.has(norm(cx, j + 1)) && tok(cx, j + 2)?.kind === 'word' && norm(cx, j + 2).startsWith('ال')))
      && !cx.complementizers.has(norm(cx, j + 1)) && !introducerAhead(cx, j)) {
      objectAt = j;
      break;
    }
    // نفت الوزارة الأنباء المتداولة عن …: a report is what was denied or confirmed.
    if (j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && REPORT_OBJECTS.has(bare(w))
      && !cx.lex.quantifierHeads.has(norm(cx, j - 1)) && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)) {
      objectAt = j;
      break;
    }
    // قدّر المؤشر قيمة التعاملات، قدرت الشرطة الخسائر بـ…: what is estimated ends the subject.
    if (estimate && j > npStart && tok(cx, j)?.kind === 'word' && !cx.mentionOf[j]
      && (/^(ال)?(قيم|عدد|اعداد|حجم|نسب|خسائر|تكلف|كلف|عمر|سن|مساح|طول|وزن|ثرو|ميزاني|اجمالي|متوسط|معدل|كمي)/.test(bare(w))
        || (!bare(w).startsWith('ال') && looksLikeObject(cx, j) && (bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j)))) {
      objectAt = j;
      break;
    }
    // نشرت الوزارة تقارير مفصلة، نشرت وسائل الإعلام أنباء عن …: an indefinite report after a
    // definite subject is the object, never part of the subject; what a medium publishes is
    // the content. With the subject before the verb (وكانت X قد نشرت أنباء) it follows the verb.
    if (indefiniteReport(cx, j) && !cx.lex.quantifierHeads.has(norm(cx, j - 1))
      && (j > npStart ? bare(norm(cx, j - 1)).startsWith('ال') || cx.mentionOf[j - 1]?.last === j
        : !negated && cue?.conjoined !== true && svoSubject(cx, c0) !== undefined)) {
      if (!negated && (cue?.objectContent || PUBLISHING_LEMMAS.has(normLemma(cx, cue)))) objectAt = j;
      break;
    }
    // أعلنت وزارة الصحة تسجيل 30 حالة، أعلن X رئيس الهيئة إصابتها: a verbal noun right after a
    // definite word cannot be its complement or adjective; it is the object.
    if (j > npStart && (cue?.objectContent || cue?.stance === 'deny') && !negated && verbalNounObject(cx, j, cue?.stance === 'deny') && !nameAfterTitle(cx, npStart, j)) {
      objectAt = j;
      break;
    }
    // وأكد كل من الفارس مقبل السويدي وفيصل الوزران أن …: "each of" opens a list of names.
    if (j === npStart && /^و?كل$/.test(w) && norm(cx, j + 1) === 'من' && namedListAt(cx, j + 2)) {
      j += 2;
      continue;
    }
    if (j === npStart && (cx.lex.npStops.has(w) || cx.lex.interrogatives.has(w) || w === 'حتي')) break;
    // فيما نفت الادعاءات بأن …: a report right after the verb is what was denied; the subject is not written.
    if (j === npStart && cue?.stance === 'deny' && !negated && /^(الادعاءات|المزاعم|الشائعات|الاشاعات|الاتهامات|الانباء)$/.test(bare(w))
      && tok(cx, j + 1)?.kind === 'word') {
      objectAt = j;
      break;
    }
    // وقال الوزير بعد أن تفقد الموقع إن …: a clause of time ends the subject.
    if (j > npStart && /^(بعد|قبل|عقب)$/.test(w) && norm(cx, j + 1) === 'ان') break;
    // وصفها بـ«…»، نفى يوم الاثنين تقريرا: a preposition or a date right after the verb opens no subject.
    if (j === npStart && ((BARE_PREPOSITIONS.has(w) && !isNameAli(cx, j)) || (DATE_HEADS.has(w) && !cx.mentionOf[j]) || MONTHS.has(w))) break;
    // المتحدث الأمني بوزارة الداخلية، الناطق الإعلامي بشرطة منطقة مكة: where he serves, not content.
    if (j > npStart && w.startsWith('ب') && !cx.complementizers.has(w) && servesAt(cx, w)) {
      j++;
      continue;
    }
    if (cue && cue.preps.length > 0 && prepOf(cx, j, cue.preps) && (j > npStart || w.length <= 3 || /^ب(ال|ت|ا)/.test(w)
      || (w.startsWith('ب') && !cx.mentionOf[j] && !inSet(cx.lex.roles, w) && !inSet(cx.lex.anonymousHeads, w)))) break;
    // قال خبير أميركي يتابع أموال إيران في الخارج، إن …: an imperfect verb after an indefinite
    // subject describes it (a relative clause without a pronoun) when the content follows a comma.
    if (j > npStart && verbAt(cx, j) && /^[يت]/.test(w) && !norm(cx, npStart).startsWith('ال') && !cx.mentionOf[npStart]
      && (inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart)))) {
      let k = j + 1;
      while (k < se && k - j <= 12 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
      if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1)) && k > j + 1) {
        j = k;
        break;
      }
    }
    if (j > npStart && calledAt(cx, j)) {
      j++;
      continue;
    }
    // … بسيناء ووجه بحري أن …: a form of a verb that reports only with its own introducer, without it,
    // is a word of the name.
    const vj = verbAt(cx, j);
    const inName = vj !== undefined && j > npStart && vj.introducers.length > 0 && vj.introducers.every((x) => !x.includes(' ') && x !== ':' && x !== 'ان')
      && !vj.introducers.includes(norm(cx, j + 1));
    if ((vj && !inName) || cx.lex.negators.has(w) || isRelative(cx, j) || REFUSAL.has(w)) break;
    // وقال مسؤول بالشرطة رفض الإفصاح عن هويته إن …: the refusal describes the subject; it ends it.
    if (j > npStart && cx.lex.noneVerbs.has(w) && identityNear(cx, j)) break;
    if (j > npStart && responsibilityAt(cx, j)) break;
    // ويأمل X بحسب الصحيفة أن …: a relay after the subject belongs to the frame.
    if (j > npStart && cx.lex.prepositional.has(w) && !isNameAli(cx, j)) break;
    // وعزا ذلك إلى …: a demonstrative right after a verb taking an object is that object.
    if (j === npStart && cue?.addressee && cx.lex.demonstratives.has(w)) break;
    if (j > npStart && w === 'الا' && tok(cx, j + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, j + 1))) break;
    // … ضيف بوليتيكا اليوم الخميس 2 مارس: a time word ends the subject (صحيفة اليوم is a name).
    if (j > npStart && TIME_WORDS.has(w) && !inSet(cx.lex.outletNouns, norm(cx, j - 1)) && !isQuoteOpen(cx, j - 1)) break;
    // وأكد الوزير ضرورة …: what is urged ends the subject.
    if (j > npStart && CONTENT_OPENERS.has(w) && cue !== undefined && (cue.objectContent || cue.preps.length > 0)) break;
    if (cx.lex.seenVerbs.has(w) && j > npStart) break;
    // د. منصور، السيد/ يوسف: the mark after a title stays in the subject.
    if (j > npStart && TITLE_MARKS.has(w) && titleBefore(cx, j) && tok(cx, j + 1)?.kind === 'word') {
      j++;
      continue;
    }
    // Closing quotes and other punctuation end the subject («…» تقول، …).
    if (isPunct(cx, j) && !isQuoteOpen(cx, j) && !BRACKETS.has(w)) break;
    // A conjoined verb opens a new clause (… وأعادني لقناعة …); وزير/وكالة are nouns.
    if (j > npStart && w.length > 3 && w.charCodeAt(0) === 0x648 && !w.startsWith('وال') && !cx.mentionOf[j]
      && !cx.lex.roles.has(w) && !cx.lex.outletNouns.has(w) && !cx.lex.anonymousHeads.has(w) && !cx.lex.roles.has(w.slice(1))
      && (/^وي/.test(w) || /^وا.{3,}(ني|نا|ه|ها|هم)$/.test(w))) break;
    if (j === npStart && w.startsWith('بال')) break;
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se + 50);
      // وكالة أنباء الصين الجديدة "شينخوا" الرسمية: a short quoted name inside an outlet's name.
      const outletName = j > npStart && c > j && c - j <= 3 && inSet(cx.lex.outletNouns, norm(cx, npStart))
        && (isComma(cx, c + 1) || (tok(cx, c + 1)?.kind === 'word' && norm(cx, c + 1).startsWith('ال') && !cx.complementizers.has(norm(cx, c + 1))));
      if (!quoteIsName(cx, j, c) && !outletName) break;
      j = c + 1;
      continue;
    }
    // لـ + name: the addressee, not part of the subject (قال لـ"عربي21"); قال المدرب لكل اللاعبين.
    if (j > npStart && (w === 'ل' || w === 'لكل' || w === 'لجميع')) break;
    // رئيس اللجنة المنظمة للمهرجان د. أحمد …: a complement followed by the name stays.
    const nameNext = cx.lex.rankTitles.has(norm(cx, j + 1)) || (cx.mentionOf[j + 1]?.type === 'PER' && cx.mentionOf[j + 1]?.first === j + 1)
      || (norm(cx, j + 1).length === 1 && TITLE_MARKS.has(norm(cx, j + 2)));
    if (j > npStart && w.startsWith('لل') && !inSet(cx.lex.carrierNouns, (norm(cx, npStart))) && !nameNext) break;
    if (j > npStart && w.startsWith('ل') && !w.startsWith('ال') && !inSet(cx.lex.carrierNouns, (norm(cx, npStart)))
      && cx.lex.outletNouns.has(w.slice(1))) break;
    j++;
  }
  let npEnd = j;
  // وكانت وسائل الإعلام قد نشرت في وقت سابق، مرارا أنباء عن …: with the subject before the
  // verb, a report noun past a short frame phrase is still the object.
  if (objectAt < 0 && npEnd === npStart && !negated && cue?.participle !== true && cue?.conjoined !== true
    && (cue?.objectContent || PUBLISHING_LEMMAS.has(normLemma(cx, cue))) && FRAME_WORDS.has(norm(cx, npEnd))) {
    for (let k = npEnd + 1; k < se && k - npEnd <= 8; k++) {
      if (verbAt(cx, k) || cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k)) || isQuoteOpen(cx, k)) break;
      if (indefiniteReport(cx, k)) {
        if (svoSubject(cx, c0) !== undefined) objectAt = k;
        break;
      }
    }
  }
  // أما X، وهو …، فقال: the topic after أما is the subject of the verb with ف.
  // مجلس المحافظة، أعلن، أمس، رفضه …: a subject fronted before the verb and a comma.
  if (!opts.forced && !negated && cue?.participle !== true && !speakerAt(cx, npStart)) {
    const topic = ammaTopic(cx, c0) ?? frontedTopic(cx, c0);
    if (topic) opts = { ...opts, forced: topic };
  }
  // ولاحظوا الفتاة، ويطالبون الحكومة: a verb carrying a plural subject has its object after it.
  const cueWord = norm(cx, c1 - 1);
  const pluralVerb = cue?.participle !== true && ((cueWord.endsWith('وا') && !normLemma(cx, cue).endsWith('وا'))
    || /^[وف]?[يت].{2,}ون$/.test(cueWord));
  let outletSubject = false;
  for (let k = npStart; k < npEnd; k++) if (isQuoteOpen(cx, k)) outletSubject = true;
  if (npEnd > npStart && (inSet(cx.lex.outletNouns, (norm(cx, npStart))) || inSet(cx.lex.carrierNouns, (norm(cx, npStart))))) outletSubject = true;
  // من المقرر أن يعلن …، يمكن أن يقول: planned or possible, not said.
  if ((norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'لان') && cx.lex.modalFrames.has(bare(norm(cx, c0 - 2)))) return c1 - 1;
  // قد يقول قائل إن …: a hypothetical speaker says nothing.
  if (npEnd > npStart && cx.lex.hypotheticalSpeakers.has(norm(cx, npStart))) return c1 - 1;
  // لا أحد ينكر أن …، ولا أحد يتهم الآخر: nobody is no speaker (the writer's own voice).
  if (norm(cx, c0 - 1) === 'احد' && /^[وف]?لا$/.test(norm(cx, c0 - 2))) return c1 - 1;
  const frame = scanFrame(cx, npEnd, cue, negated, npStart, outletSubject, opts.tight === true);
  if (frame.contentStart < 0 && objectAt >= 0) frame.contentStart = objectAt;
  // أعلنت مدينة الملك عبدالله الطبية، فتح باب القبول: a comma between the subject and the
  // verbal noun announced.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && cue?.objectContent && cue.participle !== true && npEnd > npStart
    && isComma(cx, npEnd) && verbalNounObject(cx, npEnd + 1, cue.stance === 'deny', npEnd - 1) && tok(cx, npEnd + 2)?.kind === 'word'
    && !introducerAhead(cx, npEnd + 1)) frame.contentStart = npEnd + 1;
  // أكدت الأمانة العامة لهيئة كبار العلماء، ما للمسجد الأقصى من مكانة: a relative ما after the comma.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && cue?.objectContent && cue.participle !== true && npEnd > npStart) {
    let k = npEnd;
    while (k < se && k - npEnd <= 5 && tok(cx, k)?.kind === 'word' && !verbAt(cx, k) && !cx.complementizers.has(norm(cx, k))) k++;
    if (isComma(cx, k) && norm(cx, k + 1) === 'ما' && tok(cx, k + 2)?.kind === 'word' && !cx.lex.negators.has(norm(cx, k + 2)) && !verbAt(cx, k + 2)) frame.contentStart = k + 1;
  }
  // Past the addressee, short quoted words are what was said, not a name.
  if (frame.contentStart < 0 && addresseeOnly && isQuoteOpen(cx, npStart) && tok(cx, npStart + 1)?.kind === 'word') frame.contentStart = npStart;
  // أوضح الدكتور X رئيس مجلس إدارة الجمعية والمشرف على كرسي …، قال قائد القوة والمسؤول الأمني
  // عن المهرجان العقيد Y إن …: a long title with its own prepositions ends at أن/إن or a colon when it
  // names someone and no verb, comma or clause stands between.
  if (frame.contentStart < 0 && objectAt < 0 && !negated && !opts.forced && cue?.participle !== true && npEnd > npStart
    && envoyAt === undefined && cue !== undefined && cue.introducers.length === 0 && (c0 === sentenceStart(cx, c0) || cue?.conjoined === true
      || CLAUSE_PARTICLES.has(norm(cx, c0 - 1)) || (norm(cx, c0 - 2) === 'من' && /^(جانب|جهت)(ه|ها|هم)$/.test(norm(cx, c0 - 1))))) {
    let named = false;
    for (let k = npStart; k < se && k - npStart <= 40; k++) {
      const w = norm(cx, k);
      if (cx.mentionOf[k]?.type === 'PER' || (k === npStart && roleOf(cx, w) !== undefined)) named = true;
      if (k >= npEnd && (cx.complementizers.has(w) || COLONS.has(w))) {
        if (named && k > npEnd && tok(cx, k + 1)?.kind === 'word') {
          npEnd = k;
          frame.contentStart = k + 1;
        }
        break;
      }
      if (k >= npEnd && (verbAt(cx, k) || isPunct(cx, k) || cx.lex.negators.has(w) || isRelative(cx, k) || cx.lex.prepositional.get(w)?.some((o) => o.phrase.length === 1) === true || prepositionalAt(cx, k))) break;
    }
  }
  // واشترطت العمادة في استقبال الطلبات الذي يستمر …، ألا يقل …: after a verb of requiring or
  // asking, ألا before an imperfect verb is أن + لا even past a frame phrase (إلا, spelled the
  // same, follows a negation: لا يكون إلا).
  if (frame.contentStart < 0 && !negated && cue?.participle !== true && REQUIRING.has(normLemma(cx, cue))) {
    for (let k = npEnd; k < se && k - npEnd <= 25; k++) {
      const w = norm(cx, k);
      if (cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, k) || cx.lex.negators.has(w)) break;
      if (verbAt(cx, k) && !isRelative(cx, k - 1) && !(k > npEnd && verbAt(cx, k - 1))) break;
      if (w === 'الا' && k > npEnd && (isComma(cx, k - 1) || !isPunct(cx, k - 1)) && tok(cx, k + 1)?.kind === 'word' && /^[يت]/.test(norm(cx, k + 1))
        && !cx.complementizers.has(norm(cx, k + 1))) {
        frame.contentStart = k + 1;
        break;
      }
    }
  }
  if (frame.contentStart < 0 && saidThat >= 0 && npEnd > npStart) frame.contentStart = saidThat;
  // «لن نتراجع»، قال الوزير: a quotation right before the verb and a comma, nothing after.
  let quotedBefore: [number, number] | undefined;
  // The quotation opens its sentence or follows punctuation (not a title after a noun), and
  // the subject after the verb is someone (a name, a role, an anonymous source, an outlet).
  const someone = cx.mentionOf[npStart] !== undefined || inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart))
    || inSet(cx.lex.outletNouns, norm(cx, npStart));
  if (frame.contentStart < 0 && !negated && cue?.participle !== true && cue?.conjoined !== true && someone && npEnd > npStart && isComma(cx, c0 - 1)
    && ['»', '”', '"'].includes(norm(cx, c0 - 2)) && (npEnd >= se || isPunct(cx, npEnd) || norm(cx, npEnd) === 'ل' || /^لل/.test(norm(cx, npEnd)))) {
    for (let k = c0 - 3; k >= Math.max(0, c0 - 150); k--) {
      if (!isQuoteOpen(cx, k)) continue;
      if (closingQuote(cx, k, c0) === c0 - 2 && k + 1 < c0 - 2 && (k === sentenceStart(cx, k) || isPunct(cx, k - 1))) quotedBefore = [k + 1, c0 - 2];
      break;
    }
    if (quotedBefore) frame.contentStart = quotedBefore[0];
  }
  // A verb whose subject is written but which reports nothing here (انتقد X البرنامج، قائلا …)
  // still names the subject of the participles that follow it.
  // وعبر المهنا عن رضاه …، موضحا: with و and its frame word after the subject, عبر is the verb.
  // وقد عبر والد الشهيد عن شكره …، لافتا: after قد too.
  const plainVerb = !cue?.ambiguous || ((cue.conjoined || CLAUSE_PARTICLES.has(norm(cx, c0 - 1))) && cue.frameWords.includes(norm(cx, npEnd)));
  if (frame.contentStart < 0 && npEnd > npStart && cue?.participle !== true && plainVerb && !isRelative(cx, c0 - 1)) {
    // Only a verb that opens its clause has its subject after it (دندن انتقد البرنامج: the
    // noun after the verb is the object).
    const before = norm(cx, c0 - 1);
    const opens = c0 === sentenceStart(cx, c0) || isComma(cx, c0 - 1) || cue?.conjoined === true || CLAUSE_PARTICLES.has(before);
    const s = opens && !pluralVerb ? analyseNP(cx, npStart, envoyAt ?? npEnd) : leftSource(cx, c0);
    cx.lastSubject = s ? { source: s, at: c0 } : undefined;
  }
  // لكنها لم تعلن اسم المنظمة: the subject is the pronoun before; what follows is the object.
  if (opts.forced && frame.contentStart < 0 && npEnd > npStart) frame.contentStart = npStart;
  // No content introducer, but an object opened by a demonstrative (نفت الوزارة هذه الأنباء).
  if (frame.contentStart < 0 && npEnd > npStart && cx.lex.demonstratives.has(norm(cx, npEnd))) frame.contentStart = npEnd;
  const svoEarly = !negated && !cue?.conjoined && !cue?.participle && cue?.objectContent === true && npEnd > npStart
    && frame.contentStart < 0 && svoSubject(cx, c0) !== undefined;
  // تقارير طبية تؤكد تدهور حالتها، اللقطات التي تزعم سقوط …: after a carrier subject the
  // phrase after the verb is what was said.
  const carrierEarly = !negated && !cue?.conjoined && !cue?.participle && npEnd > npStart && frame.contentStart < 0
    && !svoEarly && carrierSubject(cx, c0) !== undefined;
  if (carrierEarly) frame.contentStart = npStart;
  // مؤكدا الحرص على … (after a comma); not the adjective in إصابة مؤكدة بـ….
  const participleObject = cue?.participle === true && cue.objectContent && frame.contentStart < 0
    && (looksLikeObject(cx, c1) || (norm(cx, c1).length === 3 && tok(cx, c1)?.kind === 'word' && !SHORT_WORDS.has(norm(cx, c1)) && !verbAt(cx, c1)))
    && isComma(cx, c0 - 1);
  if ((frame.contentStart < 0 && !svoEarly && !participleObject) || frame.contentStart >= cx.tokenCount) return c1 - 1;
  // بين is mostly "between": only a subject noun phrase right before أن makes it a cue.
  // وبيّن المفرج أن …: the shadda writes the verb, not "between".
  const shadda = cx.text.slice((tok(cx, c1 - 1) as Token).start, (tok(cx, c1 - 1) as Token).end).includes('\u0651');
  if (cue?.ambiguous && !shadda) {
    const titleHead = bare(norm(cx, npStart)).replace(/^ال/, '');
    const headKnown = npEnd > npStart && (inSet(cx.lex.roles, norm(cx, npStart)) || inSet(cx.lex.anonymousHeads, norm(cx, npStart))
      || (cx.lex.roles.has(titleHead) && cx.mentionOf[npEnd - 1]?.type === 'PER')
      || cx.mentionOf[npStart] !== undefined);
    const rightAfter = frame.contentStart === npEnd + 1 || frame.contentStart === npEnd + 2;
    // بين حفتر وشويغو: "between X and Y".
    let pair = false;
    for (let k = npStart + 1; k < npEnd; k++) if (norm(cx, k).charCodeAt(0) === 0x648 && cx.mentionOf[k]) pair = true;
    // قطع الفريق مسافة 3000 كلم … مثل «…»: a long subject with a number is no speaker.
    // وبين رئيس بلدية محافظة العارضة إبراهيم بن ظافر كريري أن …: a title that leads to a name
    // right before أن may be long.
    let titledName = false;
    for (let k = npStart + 1; k < npEnd; k++) if (cx.mentionOf[k]?.type === 'PER') titledName = true;
    let long = npEnd - npStart > 6 && !(titledName && rightAfter && (inSet(cx.lex.roles, norm(cx, npStart)) || cx.lex.roles.has(titleHead)));
    for (let k = npStart; k < npEnd; k++) if (tok(cx, k)?.kind === 'number') long = true;
    // عبر عن قلقه من أن …: after a verbal noun of saying, من is part of the frame.
    const loose = frame.loose === true && frame.saying === undefined;
    // وبين المفرج أن …: with و, a short subject right before أن (وبين الطرفين is "and between").
    const shortConjoined = cue.conjoined && rightAfter && npEnd > npStart && npEnd - npStart <= 2 && bare(norm(cx, c0)).length > 0
      && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && tok(cx, npStart)?.kind === 'word' && !/(ين|ان)$/.test(norm(cx, npEnd - 1));
    // سهولة المفاوضات بين الفريق السعودي ونظيره تكمن في أن …: after a noun inside a clause, بين is "between".
    const opensClause = c0 === sentenceStart(cx, c0) || cue.conjoined || isPunct(cx, c0 - 1) || CLAUSE_PARTICLES.has(norm(cx, c0 - 1))
      || isRelative(cx, c0 - 1) || tok(cx, c0 - 1)?.kind !== 'word' || verbAt(cx, c0 - 1) !== undefined || cx.lex.negators.has(norm(cx, c0 - 1))
      || cx.complementizers.has(norm(cx, c0 - 1)) || /^(حيث|اذ|كما|فيما|بينما|عندما|وقد|فقد|قد|ثم)$/.test(norm(cx, c0 - 1));
    if (loose || pair || long || !opensClause || !(headKnown || (npEnd === npStart && rightAfter) || shortConjoined)) return c1 - 1;
  }
  // لم يكشف عن هويته: "unnamed", not something said.
  const cw = norm(cx, frame.contentStart);
  if (cx.lex.identityWords.has(cw) || (cw === 'عن' && cx.lex.identityWords.has(norm(cx, frame.contentStart + 1)))) return c1 - 1;
  // وأعلن التنظيم مسؤوليته عن الهجوم: claiming responsibility is an act, not a report (GUIDELINE.md).
  if (responsibilityAt(cx, frame.contentStart)) return c1 - 1;
  // ولم تعلن أي جهة على الفور مسؤوليتها عن …: the same act with its subject and a time phrase
  // taken for content.
  if (!cx.complementizers.has(norm(cx, frame.contentStart - 1)) && !isQuoteOpen(cx, frame.contentStart) && !COLONS.has(norm(cx, frame.contentStart - 1))) {
    for (let k = frame.contentStart + 1; k < Math.min(se, frame.contentStart + 6) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k); k++) {
      if (responsibilityAt(cx, k)) return c1 - 1;
    }
  }
  // كشفت سامسونج عن حاسوب لوحي جديد: unveiling a product is an act, not a report.
  const unveiled = cw === 'عن' ? norm(cx, frame.contentStart + 1) : cw;
  if (/^(كشف|اعلن|ازاح)$/.test(normLemma(cx, cue)) && !cx.complementizers.has(norm(cx, frame.contentStart - 1))
    && /^(ال)?(حاسوب|حاسب|هاتف|جوال|جهاز|اجهز|سياره|طراز|نسخ|منتج|تطبيق|ساعه|كاميرا|شاشه|لوح)/.test(bare(unveiled))) return c1 - 1;
  // اعترفت السويد بدولة فلسطين: recognising a state or a government is an act, not a confession.
  if (normLemma(cx, cue) === 'اعترف' && /^ب(ال)?(دول|حكوم|شرعي|استقلال|سياد|جمهوري|كيان|اسرائيل)/.test(cw)) return c1 - 1;
  // أُبلغوا بوجود شحنة، أُخبر بأن: a verb of informing with neither subject nor addressee
  // before what was told is passive; the one informed is not a speaker.
  if (cue?.addressee && npEnd === npStart && frame.contentStart === c1 && !/(ه|ها|هم|هما|ني|نا|كم)$/.test(norm(cx, c1 - 1))
    && prepOf(cx, c1, cue.preps)) return c1 - 1;
  // قيل، يقال: impersonal passives have no speaker.
  if (PASSIVE.has(norm(cx, c1 - 1))) return c1 - 1;
  // أن المركز دعا الأطباء إلى …، إلا أن الوزارة نفت الأمر: the subject stands before the
  // verb, right after أن/إن; the noun phrase after the verb is its object.
  // من جانبه قال X: the fronted «on his part» opens the clause; the subject follows the verb.
  const sideBefore = norm(cx, c0 - 2) === 'من' && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, c0 - 1));
  const svo = !negated && !cue?.conjoined && !cue?.participle && !sideBefore ? svoSubject(cx, c0) : undefined;
  // بأن الاتفاق لا يشير إلى …: an agreement or a plan "indicates" nothing as a speaker.
  if (!opts.forced) {
    const pre = svo ?? (negated ? subjectAfterComplementizer(cx, c0) : undefined);
    if (pre?.start !== undefined && pre.entity === undefined && cx.lex.nonSourceNouns.has(bare(norm(cx, firstTokenAt(cx, pre.start))))) return c1 - 1;
  }
  if (svo && frame.contentStart < 0 && cue?.objectContent && npEnd > npStart) frame.contentStart = npStart;
  // مؤكدا الحرص على …: a participle's object is what was said.
  if (participleObject) frame.contentStart = c1;
  // رافضا ذكر اسمه، عدم الكشف عن هويته: a verbal noun, and no statement.
  if (cx.lex.identityWords.has(norm(cx, npStart)) || REFUSAL.has(bare(norm(cx, c0 - 1)))) return c1 - 1;
  let source = opts.forced ?? svo ?? (blessed ? { kind: 'named' } : npEnd > npStart ? analyseNP(cx, npStart, envoyAt ?? npEnd) : undefined);
  // حيث وجه بتقديم الخدمات: an instruction without its giver written names no one reliably
  // (the one who gave it is often a genitive before it, not the last speaker).
  if (!source && SUBJECT_WRITTEN.has(normLemma(cx, cue))) return c1 - 1;
  // نُقل عن الوزير قوله: a passive relay names the speaker after عن.
  if (!source && cue?.chain && npEnd === npStart && frame.inner && norm(cx, c1) === 'عن') {
    source = frame.inner.source;
    delete frame.inner;
  }
  if (source && cue?.outlet) source = { ...source, kind: 'outlet' };
  // The word before a participle is not its subject (… جنوب السودان داعيا الطرفين).
  // وطالبت اللاعب بضرورة …، كما حث مديرية الكهرباء على …: a noun that does not agree with
  // the verb is its object; the subject is not written.
  let objectFirst = false;
  if (source && !opts.forced && !svo && npEnd > npStart && pluralVerb) {
    source = undefined;
    objectFirst = true;
  }
  // ووصف الاتفاق أمام مجلس الشورى بأنه …: a noun that names no one (الاتفاق، القرار) is the
  // object; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && source.entity === undefined && cx.lex.nonSourceNouns.has(bare(norm(cx, npStart)))) {
    source = undefined;
    objectFirst = true;
  }
  // ودعت العلماء إلى …، حض المليشيات على …: after a verb of urging, people who are no
  // institution, office or named entity are the ones urged; the speaker is the one before.
  if (source && !opts.forced && !svo && npEnd > npStart && npEnd - npStart <= 8 && URGING.has(normLemma(cx, cue))
    && source.entity === undefined && !cx.mentionOf[npStart] && !roleOf(cx, norm(cx, npStart)) && !cx.lex.carrierNouns.has(bare(norm(cx, npStart)).slice(2))
    && !inSet(cx.lex.outletNouns, norm(cx, npStart)) && !/^ال(مصادر|مصدر|مسؤول|مسئول)/.test(bare(norm(cx, npStart))) && !cx.lex.quantifierHeads.has(norm(cx, npStart)) && bare(norm(cx, npStart)).startsWith('ال')
    && (cue?.conjoined || norm(cx, c0 - 1) === 'انه' || norm(cx, c0 - 1) === 'انها')
    // ويطالب المزارعون بـ…: a sound plural in the nominative is the subject; ويدعو الخبراء إلى …
    // with no speaker before it to be the subject: the noun is.
    && !nominativePlural(cx, npStart) && (obliquePlural(cx, npStart) || urgerBefore(cx, c0))) {
    source = undefined;
    objectFirst = true;
  }
  // وقال مسئولة بوزارة الصحة تدعى نارونج …: a title written with ت before her name is still the speaker.
  let namedInside = false;
  for (let k = npStart + 1; k < npEnd; k++) if (calledAt(cx, k) || (cx.mentionOf[k]?.type === 'PER' && roleOf(cx, norm(cx, npStart).replace(/ه$/, '')) !== undefined)) namedInside = true;
  if (source && !opts.forced && !svo && npEnd > npStart && cue?.gender !== undefined && disagrees(cx, cue.gender, npStart) && !namedInside) {
    source = undefined;
    objectFirst = true;
  }
  // يُرجَّح أن، ويُتوقع أن: an impersonal passive has no speaker.
  if (!source && npEnd === npStart && IMPERSONAL.has(bare(norm(cx, c1 - 1)))) return c1 - 1;
  // أصدرت الوزارة بيانا أكدت فيه …، عقد الوزير مؤتمرا أعلن خلاله …: a verb with the resumptive
  // pronoun of a relative clause on the object before it has the sentence's subject.
  if (!source && !cue?.participle && !cue?.conjoined && npEnd === npStart && resumptiveAt(cx, c1)) source = objectOwner(cx, c0);
  // A verb with a conjunction (والقصيم ويتوقع، أما أولاده فيقول) has no subject right before it.
  if (!source && !cue?.participle && !cue?.conjoined) source = leftSource(cx, c0);
  const conjoined = cue?.conjoined === true || cue?.participle === true;
  // A participle's subject is the subject of its sentence: the last speaker if it spoke in
  // this sentence, else the noun phrase after the sentence's first verb (طالب أوباما … داعيا).
  if (!source && cue?.participle) {
    const last = lastSpeakerDraft(cx);
    const lastHere = last !== undefined && sentenceOf(cx, firstTokenAt(cx, last.cue.start)) === sentenceOf(cx, c0);
    const subjectHere = cx.lastSubject !== undefined && sentenceOf(cx, cx.lastSubject.at) === sentenceOf(cx, c0)
      && (!lastHere || (last !== undefined && (tok(cx, cx.lastSubject.at) as Token).start > last.cue.start));
    if (subjectHere && cx.lastSubject) source = { ...cx.lastSubject.source };
    else if (!lastHere) source = sentenceSubject(cx, c0);
  }
  // … ونشر هيرتا صورة … وقال إن: a subjectless verb inside a sentence shares its subject.
  // منح النادي مدربه الثقة بعد أن أعلن تمديد عقده: after a conjunction the subject is the
  // main clause's.
  if (!source && !cue?.participle && npEnd === npStart && (norm(cx, c0 - 1) === 'ان' || norm(cx, c0 - 1) === 'ما')
    && TIME_CONJUNCTIONS.has(bare(norm(cx, c0 - 2)))) source = sentenceSubject(cx, c0);
  if (!source && (conjoined || npEnd === npStart || objectFirst) && !cue?.participle) source = clauseSubject(cx, c0);
  if (!source && (conjoined || npEnd === npStart || objectFirst)) {
    source = previousSpeaker(cx, c0);
    // … أنه تم وضع لافتات في الأماكن العامة تشير إلى …: an imperfect verb whose gender is not
    // the last speaker's (as his own verb shows it) has another subject, left unwritten.
    const last = lastSpeakerDraft(cx);
    const lastGender = last ? verbAt(cx, firstTokenAt(cx, last.cue.start))?.gender : undefined;
    if (source && !cue?.participle && cue?.gender !== undefined && /^[يت]/.test(norm(cx, c1 - 1)) && lastGender !== undefined
      && lastGender !== cue.gender) source = undefined;
  }
  // وأضاف: إن …، وأشار إلى أن … opening the text: the speaker was named before the excerpt;
  // the report stands, its source unwritten.
  // يقولون إن …، وقال "…" opening the text: the same.
  if (!source && npEnd === npStart && cx.drafts.length === 0 && (/^[وف]/.test(norm(cx, c0)) || /^[يت]/.test(norm(cx, c0))) && !cue?.participle && textOpensAt(cx, c0)
    && (COLONS.has(norm(cx, c1)) || cx.complementizers.has(norm(cx, c1)) || isQuoteOpen(cx, c1)
      || (cue !== undefined && (prepOf(cx, c1, cue.preps) || cue.frameWords.includes(norm(cx, c1)))))) {
    source = { kind: 'named' };
  }
  if (!source) return c1 - 1;
  const relative = relativeHint || isRelative(cx, c0 - 1);
  const [cs, ce] = quotedBefore ?? (frame.contentStart === saidThat ? [saidThat, saidThat + 1] : contentFrom(cx, frame.contentStart, relative));
  const content = span(cx, cs, ce);
  let viaKey: number | undefined;
  if (frame.outer) {
    const outer = emit(cx, { cue: frame.outer.cue, source: frame.outer.source, content, stance: 'assert' }, false);
    viaKey = outer.key;
  }
  if (cx.pendingRelay && cx.pendingRelay.at === c0 && viaKey === undefined) {
    const relay = cx.drafts.find((d) => d.key === cx.pendingRelay?.key);
    if (relay) {
      relay.content = content;
      viaKey = relay.key;
    }
  }
  cx.pendingRelay = undefined;
  // جدد رئيس الوزراء تحذيره من أن …: the verbal noun is the cue and gives the stance.
  const cueSpan = cue?.needsSaying && frame.saying ? span(cx, frame.saying.at, frame.saying.at + 1) : span(cx, c0, c1);
  const cueStance = cue?.needsSaying && frame.saying && stance !== 'none' ? frame.saying.stance : stance;
  // The Prophet or God quoted after a blessing is no speaker of the subjectless verbs that follow.
  const main = emit(cx, { cue: cueSpan, source, content, stance: cueStance, ...(viaKey !== undefined && { viaKey }) }, !blessed);
  let innerDraft: Draft | undefined;
  if (frame.inner) {
    innerDraft = emit(cx, { cue: frame.inner.cue, source: frame.inner.source, content, stance, viaKey: main.key });
    main.stance = 'assert';
  }
  // The source named right before the aside withholds its name: the relayed one when the
  // aside follows it (نقلا عن مصادر، رفضت الكشف عن هويتها،), else the verb's own.
  for (const a of frame.asides ?? []) {
    const who = innerDraft && innerDraft.cue.start < a.cue.start ? innerDraft.source : source;
    emit(cx, { cue: a.cue, source: { ...who }, content: a.content, stance: 'none' }, false);
  }
  if (quotedBefore || frame.contentStart === saidThat) return npEnd - 1;
  for (let k = c0; k < frame.contentStart; k++) cx.consumed[k] = 1;
  return frame.contentStart - 1;
}

/** Does [a, b) name someone who can say things (حسب المصادر, not حسب الخطة)? */
export function plausibleSource(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, a + 2); k++) if (cx.mentionOf[k] || (isQuoteOpen(cx, k) && closingQuote(cx, k, b + 1) > k)) return true;
  const w0 = norm(cx, a);
  let h = inSet(cx.lex.roles, w0) || inSet(cx.lex.anonymousHeads, w0) || inSet(cx.lex.outletNouns, w0) ? w0 : bare(w0);
  if (h.startsWith('لل')) h = `ا${h.slice(1)}`;
  else if (h.startsWith('ل') && !h.startsWith('ال') && h.length > 3) h = h.slice(1);
  const stem = h.replace(/(ه|ها|هم|هما|هن)$/, '');
  if (inSet(cx.lex.anonymousHeads, h) || inSet(cx.lex.roles, h) || inSet(cx.lex.outletNouns, h) || inSet(cx.lex.carrierNouns, h)
    || cx.lex.statementNouns.has(h) || cx.lex.statementNouns.has(stem) || cx.lex.roles.has(`ال${h}`)) return true;
  return false;
}

/**
 * … وفق قوله، حسب تعبيره: the words before are the last speaker's (or the
 * clause subject's); the cue is the phrase [i, e).
 */
export function possessiveSaying(cx: Detection, i: number, e: number): number {
  const ss = sentenceStart(cx, i);
  const source = clauseSubject(cx, i) ?? previousSpeaker(cx, i) ?? earlierSubject(cx, i);
  if (!source) return i;
  let a = ss;
  // The words of the last report in this sentence (مؤكدا أن …، وفق قوله).
  const last = cx.drafts[cx.drafts.length - 1];
  const from = last ? firstTokenAt(cx, last.content.start) : -1;
  if (last && from >= ss && from < i && sentenceOf(cx, from) === sentenceOf(cx, i)) a = from;
  else {
    for (let k = i - 1; k > ss; k--) {
      if (isComma(cx, k) && matchPhrase(cx, k + 1, cx.lex.boundaries, true) > 0) {
        a = k + 1 + matchPhrase(cx, k + 1, cx.lex.boundaries, true);
        break;
      }
    }
  }
  let b = i;
  while (b > a && isPunct(cx, b - 1)) b--;
  if (b <= a) return i;
  emit(cx, { cue: span(cx, i, e), source: { ...source }, content: span(cx, a, b), stance: 'assert' }, false);
  for (let k = i; k < e; k++) cx.consumed[k] = 1;
  return e - 1;
}

/** بحسب X، وفقا لـ X، نقلا عن X، على لسان X. */
export function prepositionalCue(cx: Detection, i: number): number {
  if (SAYING_POSSESSIVES.has(norm(cx, i + 1)) && (RELAY.has(norm(cx, i)) || RELAY.has(bare(norm(cx, i))))) return possessiveSaying(cx, i, i + 2);
  const options = cx.lex.prepositional.get(norm(cx, i));
  if (!options) return i;
  let plen = 0;
  let needsL = false;
  for (const o of options) {
    let ok = true;
    for (let k = 1; k < o.phrase.length; k++) if (norm(cx, i + k) !== o.phrase[k]) ok = false;
    if (ok) {
      plen = o.phrase.length;
      needsL = o.needsL;
      break;
    }
  }
  if (plen === 0) return i;
  const se = sentenceEnd(cx, i);
  let npStart = i + plen;
  let cueEnd = npStart;
  if (needsL) {
    const w = norm(cx, npStart);
    if (!(w.startsWith('ل') && w.length > 1) && w !== 'ل') return i;
    if (w === 'ل') npStart++;
  }
  // بحسب ما ذكرت صحيفة X: the verb belongs to the cue.
  let relayVerb = false;
  // وفقا لما أوردته وكالة …: ما glued to the ل.
  const verbOrRelay = (k: number): boolean => verbAt(cx, k) !== undefined || cx.lex.relayVerbs.has(norm(cx, k));
  if (needsL && norm(cx, npStart) === 'لما' && verbOrRelay(npStart + 1)) {
    npStart += 2;
    cueEnd = npStart;
    relayVerb = true;
  } else if (norm(cx, npStart) === 'ما' && verbOrRelay(npStart + 1)) {
    npStart += 2;
    cueEnd = npStart;
    relayVerb = true;
  } else if (/^(حسبما|وحسبما)$/.test(norm(cx, i)) && verbOrRelay(npStart)) {
    npStart += 1;
    cueEnd = npStart;
    relayVerb = true;
  }
  let j = npStart;
  while (j < se && j - npStart < MAX_NP) {
    const w = norm(cx, j);
    // وبحسب (سيدتي نت) من المتوقع …: a source in brackets.
    if (j === npStart && w === '(') {
      let c = j + 1;
      while (c < se && c - j <= 6 && norm(cx, c) !== ')' && tok(cx, c)?.kind === 'word') c++;
      if (norm(cx, c) === ')' && c > j + 1) {
        j = c + 1;
        break;
      }
    }
    if (isComma(cx, j) || COLONS.has(w) || cx.complementizers.has(w) || (isPunct(cx, j) && !isQuoteOpen(cx, j))) break;
    if (j > npStart && (w === 'في' || w === 'خلال' || w === 'امس' || w === 'اليوم' || w === 'فان' || w === 'فقد')) break;
    // وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه: the relative clause is not the source.
    if (j > npStart && isRelative(cx, j)) break;
    if (verbAt(cx, j) && j > npStart) break;
    // بحسب ما نقلته صحيفة "نيكي" عن مصادر مطلعة: the original source follows عن.
    if (relayVerb && j > npStart && w === 'عن') break;
    if (isQuoteOpen(cx, j)) {
      const c = closingQuote(cx, j, se);
      if (c > j) {
        j = c + 1;
        continue;
      }
    }
    j++;
  }
  if (j === npStart) return i;
  // The phrase's noun phrase: the first word may carry ل (لتقرير).
  if (!relayVerb && !plausibleSource(cx, npStart, j)) return i;
  // وفقا لإرشادات منظمة الصحة، طبقا للوائح، حسب البرنامج: conformity to rules, not a source.
  if (!relayVerb) {
    const h0 = norm(cx, npStart);
    const h = h0.startsWith('لل') ? `ا${h0.slice(1)}` : h0.startsWith('ل') && !h0.startsWith('ال') ? h0.slice(1) : h0;
    if (cx.lex.nonSourceNouns.has(h) || cx.lex.nonSourceNouns.has(`ال${h}`)) return i;
  }
  let source = analyseNP(cx, npStart, j);
  if (!source) return i;
  if (needsL && source.start === (tok(cx, npStart) as Token).start && source.kind === 'named' && source.entity === undefined) {
    // وفقا لتقرير لوكالة X: keep the span but say nothing more.
  }
  // نقل عن inside: بحسب ما نقلت X عن Y
  let inner: { cue: Span; source: Source } | undefined;
  if (relayVerb && norm(cx, j) === 'عن') {
    let k = j + 1;
    const start = k;
    while (k < se && k - start < MAX_NP && !isComma(cx, k) && !(isPunct(cx, k) && !isQuoteOpen(cx, k)) && !cx.complementizers.has(norm(cx, k))) k++;
    const s = analyseNP(cx, start, k);
    if (s) inner = { cue: span(cx, j, j + 1), source: s };
    j = k;
  }
  // Where is the content? Before the phrase, or after it.
  const ss = sentenceStart(cx, i);
  let atStart = true;
  for (let k = ss; k < i; k++) {
    const w = norm(cx, k);
    if (!(w === 'و' || w === 'ف' || isPunct(cx, k))) atStart = false;
  }
  let content: Span;
  if (atStart) {
    let cs = j;
    // وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه، فإن …: past the relative clause.
    if (isRelative(cx, cs)) {
      let k = cs + 1;
      while (k < se && k - cs < 15 && !isComma(cx, k)) k++;
      if (isComma(cx, k)) cs = k;
    }
    while (cs < se && (isComma(cx, cs) || norm(cx, cs) === 'فان' || norm(cx, cs) === 'فقد' || norm(cx, cs) === 'ف')) cs++;
    if (cs >= se) return i;
    // وبحسب "رويترز"، فقد ذكر X أن …: X's words reached the reader through the relay.
    const v = verbAt(cx, cs) ?? (cx.lex.negators.has(norm(cx, cs)) ? verbAt(cx, cs + 1) : undefined);
    if (v && !v.participle && !relayVerb) {
      const relayDraft = emit(cx, { cue: span(cx, i, Math.max(cueEnd, i + plen)), source, content: span(cx, cs, cs + 1), stance: 'assert' }, false);
      cx.pendingRelay = { key: relayDraft.key, at: cs };
      for (let k = i; k < cs; k++) cx.consumed[k] = 1;
      return cs - 1;
    }
    const [a, b] = contentFrom(cx, cs, false);
    content = span(cx, a, b);
  } else {
    let a = ss;
    // From the last clause boundary before the phrase.
    for (let k = i - 1; k > ss; k--) {
      if (isComma(cx, k) && matchPhrase(cx, k + 1, cx.lex.boundaries, true) > 0) {
        a = k + 1 + matchPhrase(cx, k + 1, cx.lex.boundaries, true);
        break;
      }
    }
    let b = i;
    while (b > a && isPunct(cx, b - 1)) b--;
    if (b <= a) return i;
    content = span(cx, a, b);
  }
  if (source.kind === 'named' && relayVerb === false && inSet(cx.lex.carrierNouns, (norm(cx, npStart)).replace(/^ل/, ''))) {
    source = { ...source };
  }
  const main = emit(cx, { cue: span(cx, i, Math.max(cueEnd, i + plen)), source, content, stance: 'assert' }, false);
  if (inner) emit(cx, { cue: inner.cue, source: inner.source, content, stance: 'assert', viaKey: main.key }, false);
  for (let k = i; k < j; k++) cx.consumed[k] = 1;
  return j - 1;
}

/**
 * ما + a verb of saying with the pronoun of what was said + its subject (وهو ما نفاه المتحدث):
 * the clause before is the content. Returns the last token used, or i when there is none.
 */
export function relativeReport(cx: Detection, i: number): number {
  // ما أشار إليه القاضي، ما ينادي به المطالبون: the resumptive pronoun on a preposition.
  const resumptive = /^(به|بها|اليه|اليها|عنه|عنها|عليه|عليها)$/.test(norm(cx, i + 1)) ? cx.lex.verbs.get(norm(cx, i)) : undefined;
  const m = resumptive ? undefined : /^(.{2,}?)(ه|ها)$/.exec(norm(cx, i));
  if (!m && !resumptive) return i;
  const stem = m?.[1] as string;
  const cue = resumptive ?? cx.lex.verbs.get(stem) ?? (stem.endsWith('ا') ? cx.lex.verbs.get(`${stem.slice(0, -1)}ي`) : undefined);
  if (!cue || cue.participle || cue.ambiguous || cue.needsSaying) return i;
  // بحسب ما ذكرته الوكالة: one cue from the relay word; اتخاذ ما تراه الهيئة is discretion, not a report.
  if (normLemma(cx, cue) === normaliseString('رأى')) return i;
  const relay = RELAY.has(bare(norm(cx, i - 2))) || cx.lex.prepositional.has(norm(cx, i - 2));
  const se = sentenceEnd(cx, i);
  const n0 = resumptive ? i + 2 : i + 1;
  let e = n0;
  while (e < se && e - n0 <= 7 && !isPunct(cx, e) && !cx.complementizers.has(norm(cx, e)) && !FRAME_WORDS.has(norm(cx, e)) && !verbAt(cx, e)
    && !TIME_WORDS.has(norm(cx, e)) && !cx.lex.npStops.has(norm(cx, e))) e++;
  if (e === n0 || !plausibleSource(cx, n0, e)) return i;
  const source = analyseNP(cx, n0, e);
  if (!source) return i;
  // The content: the clause before ما (after the last comma), or the sentence before.
  let a = relay ? i - 2 : i - 1;
  while (a > sentenceStart(cx, i) && /^[وف]?(هو|هي|هذا|وهذا|ذلك|وذلك)$/.test(norm(cx, a - 1))) a--;
  let end = a;
  while (end > sentenceStart(cx, i) && isPunct(cx, end - 1)) end--;
  let b = end;
  while (b > sentenceStart(cx, i) && !isComma(cx, b - 1)) b--;
  let cs = b;
  let ce = end;
  while (ce > cs && isPunct(cx, ce - 1)) ce--;
  if (ce <= cs) {
    const prev = sentenceStart(cx, i) - 1;
    if (prev < 0) return i;
    cs = sentenceStart(cx, prev);
    ce = prev + 1;
    while (ce > cs && isPunct(cx, ce - 1)) ce--;
    if (ce <= cs) return i;
  }
  emit(cx, { cue: span(cx, relay ? i - 2 : i, resumptive ? i + 2 : i + 1), source, content: span(cx, cs, ce), stance: cue.stance });
  return e - 1;
}

/**
 * A verb with the pronoun of what it reports and its subject after it, wherever it stands —
 * also inside another speaker's frame, which the main pass steps over: a free relative
 * (قالت اليابان التي تسعى إلى التحقق من صحة ما كشفه موقع ويكيليكس عن …، إنها …) or a
 * publishing verb on the noun before it (وفي بيانات نشرها مركز الجامعة، …؛ في برنامج بثته
 * قناة …؛ في حصيلة أعلنتها مصادر …).
 */
export function resumptiveReports(cx: Detection): void {
  const cueAt = (k: number): boolean => {
    const t = tok(cx, k);
    if (!t) return false;
    const s = t.start;
    return cx.drafts.some((d) => d.cue.start <= s && s < d.cue.end);
  };
  for (let i = 1; i < cx.tokenCount; i++) {
    if (tok(cx, i)?.kind !== 'word' || cueAt(i)) continue;
    const prev = norm(cx, i - 1);
    if (RELATIVE_MA.has(prev) || bare(prev) === 'ما') {
      // وفقا لما نقلته الوكالة: the relay word before ما is already the cue.
      if (!verbAt(cx, i) && !cueAt(i - 2)) relativeReport(cx, i);
      continue;
    }
    const m = /^(.{2,}?)(ه|ها)$/.exec(norm(cx, i));
    if (!m || !PUBLISHING.has(m[1] as string)) continue;
    // After a noun (بيانات، برنامج تلفزيوني) or a relative pronoun on it (البيان الذي نقلته),
    // in the phrase that frames the report (في بيان …، بحسب البيان …); البيانات التي نشرتها
    // الإدارة تخضع للتعديل, أوامر أصدرها الرئيس speak of the statement, not through it.
    if (tok(cx, i - 1)?.kind !== 'word' || verbAt(cx, i - 1) || PREPOSITIONS.has(prev) || cx.lex.negators.has(prev)) continue;
    let framed = -1;
    for (let k = i - 2; k >= Math.max(sentenceStart(cx, i), i - 5) && tok(cx, k)?.kind === 'word' && !verbAt(cx, k); k--) {
      if (/^[وف]?(في|بحسب|حسب|وفق|وفقا|طبقا)$/.test(norm(cx, k))) {
        framed = k;
        break;
      }
    }
    if (framed < 0) continue;
    const se = sentenceEnd(cx, i);
    let e = i + 1;
    while (e < se && e - i <= 8 && !isPunct(cx, e) && !cx.complementizers.has(norm(cx, e)) && !FRAME_WORDS.has(norm(cx, e)) && !verbAt(cx, e)
      && !TIME_WORDS.has(norm(cx, e)) && !cx.lex.npStops.has(norm(cx, e))) e++;
    // نقلته وكالة «يونهاب»، بثته قناة «اليمن اليوم»: a quoted name closes the subject.
    if (isQuoteOpen(cx, e)) {
      const c = closingQuote(cx, e, se);
      if (c > e && c - e <= 4) e = c + 1;
    }
    if (e === i + 1 || !plausibleSource(cx, i + 1, e)) continue;
    const source = analyseNP(cx, i + 1, e);
    if (!source) continue;
    let cs = e;
    while (cs < se && isPunct(cx, cs) && !isQuoteOpen(cx, cs)) cs++;
    // Nothing after the subject: the clause before the frame phrase is what was reported.
    const [a, bEnd] = cs < se ? contentFrom(cx, cs, false) : [sentenceStart(cx, i), framed];
    let b = bEnd;
    while (b > a && isPunct(cx, b - 1)) b--;
    if (b <= a) continue;
    emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' }, false);
  }
}

/** A speaker's name at the start of a sentence followed by a colon. */
export function colonCue(cx: Detection, i: number): void {
  const ss = sentenceStart(cx, i);
  if (i - ss < 1 || i - ss > 6) return;
  for (let k = ss; k < i; k++) if (isPunct(cx, k) && !isQuoteOpen(cx, k) && !['"', '»', '”'].includes(norm(cx, k))) return;
  if (i + 1 >= sentenceEnd(cx, i) && !isQuoteOpen(cx, i + 1)) return;
  // المدينة نيوز :- …: a dateline.
  if (BRACKETS.has(norm(cx, i + 1)) && norm(cx, i + 1) !== '(') return;
  // رابط الخبر بصحيفة الوئام: …، للمزيد: a label, not a speaker.
  if (cx.lex.colonNonSpeakers.has(bare(norm(cx, ss)))) return;
  // كانت إنتاجية اليابان متقاعسة لسنوات: …: a clause, not a speaker's name.
  if (COPULAS.has(bare(norm(cx, ss))) || verbAt(cx, ss)) return;
  let hasName = false;
  for (let k = ss; k < i; k++) if (cx.mentionOf[k]) hasName = true;
  if (!hasName && !inSet(cx.lex.roles, norm(cx, ss)) && !isQuoteOpen(cx, i + 1)) return;
  const source = analyseNP(cx, ss, i);
  if (!source) return;
  const [a, b] = contentFrom(cx, i + 1, false);
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, b), stance: 'assert' });
}

/** A relay whose verb gave no attribution keeps the clause after it as content. */
export function settleRelay(cx: Detection) {
  if (!cx.pendingRelay) return;
  const { key, at } = cx.pendingRelay;
  cx.pendingRelay = undefined;
  const relay = cx.drafts.find((d) => d.key === key);
  if (relay) {
    const [a, b] = contentFrom(cx, at, false);
    relay.content = span(cx, a, b);
  }
}

// «امتنع عن الإدلاء بأي تعليق …»، «فأنا أقسم إنني …»: a cue that opens a quotation, or follows
// a first-person pronoun in it, with no subject written after it, is the quoted speaker's own
// words, not a new report (gold/GUIDELINE.md, the ninth set).
export function firstPersonInQuote(cx: Detection, d: Draft): boolean {
  const c = firstTokenAt(cx, d.cue.start);
  if (c >= cx.tokenCount || (d.source.start !== undefined && d.source.start > d.cue.start)) return false;
  if (!cx.drafts.some((o) => o !== d && o.content.start <= d.cue.start && d.cue.start < o.content.end && o.cue.end <= d.cue.start)) return false;
  return isQuoteOpen(cx, c - 1) !== undefined || /^[وف]?(انا|نحن)$/.test(norm(cx, c - 1));
}
