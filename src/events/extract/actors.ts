/**
 * Stage 4: actor fallbacks. A verb coordinated with an earlier one shares its
 * subject; otherwise the source of the attribution that reports it; coordinated
 * nouns share an actor; an act between two parties, a casualty, an act
 * condemned and a liberation each take the actor their frame implies.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { bareWord } from '../lexicon.js';
import { type Doc, firstSentenceToken, forwardEnd, isAdjective, mentionsIn, sentenceOf } from './context.js';
import {
  ACCORDING, AFTER_WORDS, CAUSE_BEFORE, CHARGE_CUES, DURING, HEAD_NOUNS, isBoundary, isCasualtyNoun, KILLING,
  LIBERATE, MUTUAL, QUOTE_OPEN, STANCES, TO,
} from './lexicon-sets.js';
import { adjectivePrep, coordinated, isLocative, prepOf, sourceEntity } from './mentions.js';
import { overtSubjectAfterThat, sourceVerbBefore, speakerBeforeQuote } from './reporting.js';
import { firstPerson } from './subjects.js';
import { cueSpeakerActors } from './cue-actors.js';
import { bothPartiesAfter } from './both-parties.js';
import { titledPartyFrom } from './between-parties.js';
import { continuedSubject } from './continued-subject.js';
import { pushedToActor } from './pushed-to.js';
import { mainClauseParticiples } from './main-clause-participle.js';
import { dropCondemnedActTargets } from './condemned-act-target.js';
import { backingAside } from './backing-aside.js';
import { unnamedSubjectAfterLight } from './light-object.js';
import type { Attribution } from '../../core/types.js';
import type { Candidate, MentionRef } from './types.js';
import { firstTokenAtOrAfter } from './words.js';

/** A candidate the filters will drop for want of the argument its lemma needs (توجه with no destination). */
function dropped(doc: Doc, c: Candidate): boolean {
  const { input } = doc;
  if (c.lemma.needArg && c.actor.length === 0 && c.recipient.length === 0) return true;
  const need = c.lemma.needRecipient;
  return need !== undefined && !c.recipient.some((id) => need.has(input.entities.find((e) => e.id === id)?.type ?? ''));
}

/** The party named at token j, after بين or, with `conj`, after و: a name, or a head noun before its nisba. */
function partyFrom(doc: Doc, j: number, conj: boolean): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  const t = tokens[j];
  if (!t || (conj && !/^و/.test(t.norm)) || sentenceOf(doc, j) !== sentenceOf(doc, j - 1)) return undefined;
  const m = mentionAt[j];
  if (m) return m.first === j && !isAdjective(m) ? m : undefined;
  const h = conj && t.norm.length > 2 ? bareWord(t.norm.slice(1)) : bare[j]!;
  const m2 = mentionAt[j + 1];
  return (HEAD_NOUNS.has(h) || HEAD_NOUNS.has(bare[j]!)) && m2 && m2.first === j + 1 ? m2 : undefined;
}

/** Verbs that tell an outcome before عن or إلى (أسفر عن، أدى إلى، نتج عنه). */
const OUTCOME = /^(ما)?(اسفر|اسفرت|ادي|ادت|نتج|نجم|تسبب|تسببت)$/;

/** Kinds of act two parties do together, whose dual verb names them both. */
const MUTUAL_ACTS = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** A past verb in the dual (بحثا، اتفقا، التقيا): its stem, the lemma's, with a final alef. */
function isDualVerb(doc: Doc, c: Candidate): boolean {
  if (c.reading.pos !== 'verb' || c.reading.imperfect || c.reading.pronoun !== undefined) return false;
  const w = doc.tokens[c.tok]!.norm.replace(/^(و|ف|ك)(?=...)/, '').replace(/^ما(?=...)/, '');
  const stem = normaliseString(c.lemma.label);
  return w.endsWith('ا') && !w.endsWith('وا') && (w === stem + 'ا' || w === stem.replace(/ي$/, '') + 'يا');
}

const ACTING_TYPES = new Set(['PER', 'ORG']);

/**
 * «استنكر المفتي الجريمة التي ارتكبها مستوطنون … بعدما أضرموا النار»، «أدانت المنظمة الهجوم …
 * حيث فجرت انتحاريتان نفسيهما»: the one who condemns, blames or welcomes an act of force told
 * after it is not its doer, so the act does not take the stance's subject (nor one named before it).
 */
const stanceBeforeForce = (p: Candidate, c: Candidate) => STANCES.has(p.type) && (c.type === 'ASSAULT' || c.type === 'COERCE');

/**
 * «وذكرت وكالة أنباء الأناضول أن "قوات مكافحة الإرهاب … داهمت …"»: a news outlet that reports
 * an act is not its doer when the act's own subject is left unrecognised.
 */
function outletSource(doc: Doc, a: Attribution, id: string): boolean {
  if (a.source.kind === 'outlet' || doc.input.entities.find((e) => e.id === id)?.kb?.sector === 'MED') return true;
  // «ذكرت وكالة الأنباء المركزية التايوانية»، «وقال التلفزيون»: the source is written with an outlet's noun.
  if (a.source.start === undefined || a.source.end === undefined) return false;
  const head = normaliseString(doc.input.text.slice(a.source.start, a.source.end)).split(/\s+/)[0] ?? '';
  return OUTLET_NOUNS.test(head);
}

/** Nouns of news outlets (وكالة، صحيفة، التلفزيون). */
const OUTLET_NOUNS = /^(ال)?(وكاله|صحيفه|جريده|قناه|مجله|اذاعه|تلفزيون|يوميه)$/;

/**
 * The first party of the sentence before candidate c, named neither after a preposition nor
 * as a place (وعبر X في الاجتماع عن …، مشيدا): the subject of its main clause. With
 * `inContent`, a candidate inside reported speech looks only within what is reported.
 */

function clauseParty(doc: Doc, c: Candidate, inContent: boolean): string | undefined {
  const { input, tokens } = doc;
  let from = firstSentenceToken(doc, c.tok);
  if (inContent && c.attribution !== undefined) {
    const a = input.attributions.find((x) => x.id === c.attribution);
    if (a) from = Math.max(from, firstTokenAtOrAfter(tokens, a.content.start));
  }
  for (const m of mentionsIn(doc, from, c.tok)) {
    if (isAdjective(m) || !ACTING_TYPES.has(m.entity.type)) continue;
    // A title in quotes (صحيفة "الوطن") is named, not acting.
    if (m.first > 0 && QUOTE_OPEN.has(tokens[m.first - 1]!.norm)) continue;
    // A party after a preposition is no subject, and one named later is likely an object;
    // but «وعبّر X» is the verb «expressed», not the preposition «via».
    const p = prepOf(doc, m);
    const verbAt = (k: number) => /^(و|ف)?عبر$/.test(tokens[k]?.norm ?? '') && (k === from || tokens[k - 1]!.norm === '،' || tokens[k - 1]!.norm === ',');
    if (p !== undefined && !(p === 'عبر' && [1, 2, 3].some((d) => m.first - d >= from && verbAt(m.first - d)))) return undefined;
    if (tokens.slice(m.last + 1, c.tok).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':')) return undefined;
    return m.entity.id;
  }
  return undefined;
}

/**
 * «"عكاظ" تجولت في عدد من الأحياء …، والتقت عددا من المواطنين»: a verb joined by و to a first
 * verb that is no event shares the party the sentence opens with, written right before that
 * verb in the feminine or the plural (فتحت، تجولوا); not «الهويدي وهذه البطولة …».
 */
function openingSubject(doc: Doc, i: number): MentionRef | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
  const from = firstSentenceToken(doc, i);
  const m = mentionsIn(doc, from, i)[0];
  if (!m) return undefined;
  const quoted = QUOTE_OPEN.has(tokens[from]!.norm);
  if (!(m.first === from || (m.first === from + 1 && quoted))) return undefined;
  const k = m.last + 1 + (quoted && /^[»"”]$/.test(tokens[m.last + 1]?.norm ?? '') ? 1 : 0);
  const verbNext = k > 0 && k < i && !mentionAt[k] && !isCandidate[k] && /^[^و].{2,}(ت|وا)$/.test(tokens[k]!.norm) && !/^ال/.test(tokens[k]!.norm) && tokens[k]!.kind === 'word';
  return verbNext && !isAdjective(m) && ACTING_TYPES.has(m.entity.type) && prepOf(doc, m) === undefined ? m : undefined;
}

/** Stage 4: actors for candidates their clause leaves without one. */
export function fallbackActors(doc: Doc): void {
  const { input, tokens, bare, mentionAt, isCandidate, cands, candAt } = doc;

  // A verb coordinated with an earlier one shares its subject;
  // otherwise the source of the attribution that reports it.
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx]!;
    if (c.actor.length > 0) continue;
    // «مقاومة دفعته إلى التراجع»: the act one is pushed to is done by the doer told before (extract/pushed-to.ts).
    const pushed = pushedToActor(doc, c, idx);
    if (pushed && pushed.length > 0) {
      c.actor = pushed;
      c.actorFrom = 'inherited';
      continue;
    }
    // «كما بحثا أوجه التعاون»، «وأن الجانبين اتفقا على»، «وناقش الرئيسان»: a dual verb of a meeting
    // or an agreement, or one whose subject is «both sides», without a named subject has the
    // two parties of the meeting told before it.
    if (MUTUAL_ACTS.has(c.type) && (isDualVerb(doc, c) || bothPartiesAfter(doc, c))) {
      for (let j = idx - 1; j >= 0; j--) {
        const p = cands[j]!;
        if (c.tok - p.tok > 60 || sentenceOf(doc, c.tok) - sentenceOf(doc, p.tok) > 2) break;
        if (MUTUAL_ACTS.has(p.type) && p.actor.length > 0 && p.recipient.length > 0) {
          c.actor = [...p.actor, ...p.recipient.filter((id) => !p.actor.includes(id))];
          c.actorFrom = 'inherited';
          break;
        }
      }
      if (c.actor.length > 0) continue;
    }
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
    const lightWithSubject = vTok !== undefined && c.verbAt !== c.tok && unnamedSubjectAfterLight(doc, c.verbAt, c.tok);
    if ((vTok && c.verbAt !== c.tok && /^و/.test(vTok.norm) && !lightWithSubject) || purpose || manner || during) {
      for (let j = idx - 1; j >= 0; j--) {
        const p = cands[j]!;
        if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok) || c.tok - p.tok > (manner ? 32 : 20)) break;
        if (stanceBeforeForce(p, c)) break;
        // Not the backer named by a word of backing (يواصل مقاتلون بدعم من الحكومة جهودهم للسيطرة).
        if (p.actor.length > 0 && !p.lemma.inverse && p.actorFrom !== 'source' && !dropped(doc, p) && !backingAside(doc, p)) {
          c.actor = p.actor.filter((id) => !c.recipient.includes(id));
          c.actorFrom = 'inherited';
          break;
        }
      }
      // «وأكد X أن …، داعيا إلى …»، «وتعتزم X إرسال وفد … لدعم …»: when the main verb is no
      // event, the participle or the purpose noun is done by the sentence's first party.
      if (c.actor.length === 0 && manner && !/(ين|ون)$/.test(tokens[c.tok]!.norm)) {
        const subj = clauseParty(doc, c, purpose);
        if (subj && !c.recipient.includes(subj)) {
          c.actor = [subj];
          c.actorFrom = 'inherited';
        }
      }
      if (c.actor.length > 0) continue;
    }
    if (c.ofNoun || c.unnamedSubject || c.unclaimed) continue;
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
        if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok) || c.tok - p.tok > 30 || stanceBeforeForce(p, c)) break;
        if (p.actor.length > 0 && (p.reading.pos === 'verb' || p.verbAt >= 0) && !p.lemma.inverse && !dropped(doc, p) && !backingAside(doc, p)) {
          c.actor = p.actor.filter((id) => !c.recipient.includes(id));
          c.actorFrom = 'inherited';
          break;
        }
      }
      if (c.actor.length > 0) continue;
      const opening = c.reading.proclitics.startsWith('و') && c.attribution === undefined && c.recipient.length === 0 ? openingSubject(doc, c.tok) : undefined;
      if (opening) {
        c.actor = [opening.entity.id];
        c.actorFrom = 'inherited';
        continue;
      }
      // «استقبل X السفير … . وبحث معه …»: the subject of the clause the verb goes on from.
      const continued = c.attribution === undefined ? continuedSubject(doc, c) : undefined;
      if (continued) {
        c.actor = continued;
        c.actorFrom = 'inherited';
        continue;
      }
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
        if (src && !c.recipient.includes(src) && !outletSource(doc, a, src)) {
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

  // «استنكرت X الهجوم، معتبرة …»: a participle of manner after a comma goes with the main clause.
  mainClauseParticiples(doc);

  // A reporting verb that is itself the event (ودعا X، مطالبا) is done by its speaker.
  cueSpeakerActors(doc);

  // «وبالتنسيق مع تعز سيطرت المقاومة»، «دمرت القوات المعمل بالتعاون مع أبناء المدينة»: a
  // partnership told as the manner of an act is the doer's, named by the act's verb.
  for (const c of cands) {
    if (c.type !== 'COOPERATE' || c.actor.length > 0 || c.reading.pos !== 'noun' || !/^(و)?ب/.test(c.reading.proclitics)) continue;
    if (!/^مع/.test(tokens[c.tok + 1]?.norm ?? '')) continue;
    let best: Candidate | undefined;
    for (const d of cands) {
      if (d === c || sentenceOf(doc, d.tok) !== sentenceOf(doc, c.tok) || Math.abs(d.tok - c.tok) > 12) continue;
      if (d.reading.pos !== 'verb' || d.actor.length === 0 || d.actorFrom !== 'syntax' || d.inverse || d.lemma.inverse) continue;
      if (!best || Math.abs(d.tok - c.tok) < Math.abs(best.tok - c.tok)) best = d;
    }
    if (best) {
      c.actor = best.actor.filter((id) => !c.recipient.includes(id));
      c.actorFrom = 'inherited';
    }
  }

  // «قال وزير الخارجية التركي مولود … "في إطار اتفاقنا …"»، «قاتلناهم»: «we» in the words of a
  // state's officer, named with its nisba, is the state he speaks for.
  for (const c of cands) {
    if (c.actor.length !== 1) continue;
    const w = tokens[c.tok]!.norm;
    const we = (c.reading.pos === 'noun' && c.reading.pronoun === 'نا') || firstPerson(doc, c)
      || (c.reading.pos === 'verb' && !c.reading.imperfect && c.reading.pronoun !== 'نا' && /نا(ه|ها|هم|هما)?$/.test(w));
    if (!we) continue;
    const speaker = input.entities.find((e) => e.id === c.actor[0]);
    if (!speaker || speaker.type !== 'PER') continue;
    let state: string | undefined;
    for (const m of doc.mentions) {
      if (m.entity.id !== speaker.id || m.first >= c.tok) continue;
      for (let k = m.first - 1; k >= 0 && m.first - k <= 3 && !state; k--) {
        const a = mentionAt[k];
        if (a && isAdjective(a) && a.entity.type === 'GPE' && adjectivePrep(doc, a) === undefined) state = a.entity.id;
        if (a && !isAdjective(a)) break;
      }
      if (state) break;
    }
    if (state && !c.recipient.includes(state)) c.actor = [state];
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
    // Further on also when the first is the object of a support verb (تمكنت القوات من تطويق الأماكن
    // المتواجد فيها المشتبه بهم والقبض على …، يقوم به الجيش بإلقاء البراميل على الأطفال والنساء وتدمير
    // المنازل): the verb's subject does the second act too.
    const supported = c.tok - p.tok <= 10 && p.verbAt >= 0 && p.verbAt < p.tok && p.actor.length > 0 && !p.inverse && !p.passive
      // Not a place coordinated with a place after في (استهداف الأحياء في الروضة والتحرير الأسفل).
      && !tokens.slice(p.tok + 1, c.tok).some((t) => isBoundary(t) || t.norm === 'في') && mentionAt[c.tok - 1] === undefined;
    if ((c.actor.length === 0 || samePronoun) && c.reading.pos === 'noun' && p.reading.pos === 'noun' && (c.tok - p.tok <= 4 || far || supported)
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
  for (const c of cands) {
    if (!MUTUAL.has(c.type) || c.reading.pos === 'verb' || c.recipient.length > 0 && c.actor.length > 0) continue;
    // The first party already the actor: the second is still the recipient (between-parties.ts).
    const actorSet = c.actor.length > 0;
    const reach = c.type === 'ASSAULT' ? 3 : 6;
    let k = c.tok + 1;
    while (k < tokens.length && k - c.tok <= reach && !mentionAt[k] && tokens[k]!.norm !== 'بين' && !isBoundary(tokens[k]!) && !isCandidate[k]) k++;
    if (tokens[k]?.norm !== 'بين') continue;
    const a = partyFrom(doc, k + 1, false) ?? titledPartyFrom(doc, k + 1, false);
    if (a) {
      // A titled second party that names the first again is no second party (بين الرئيس الأمريكي وحلفاء أمريكا).
      const titled = titledPartyFrom(doc, a.last + 1, true);
      const b = partyFrom(doc, a.last + 1, true) ?? (titled && titled.entity.id !== a.entity.id ? titled : undefined);
      if (b && b.entity.id === a.entity.id) continue;
      if (actorSet) {
        if (b && c.actor.includes(a.entity.id)) c.recipient = coordinated(doc, b, forwardEnd(doc, b.last, 8)).ids.filter((id) => !c.actor.includes(id));
        continue;
      }
      if (!b && c.type === 'ASSAULT' && !/^و/.test(tokens[a.last + 1]?.norm ?? '')) continue;
      c.actor = [a.entity.id];
      // «بين المقاومة وميليشيات الحوثي وصالح»: the names coordinated with the second are on its side.
      c.recipient = b ? coordinated(doc, b, forwardEnd(doc, b.last, 8)).ids.filter((id) => id !== a.entity.id) : [];
      c.actorFrom = 'syntax';
      c.mutual = b !== undefined;
      continue;
    }
    if (actorSet) continue;
    // «بين القوى الدولية وإيران»: the first party unnamed.
    for (let j = k + 2; j < tokens.length && j - k <= 4 && !mentionAt[j - 1] && !isBoundary(tokens[j - 1]!); j++) {
      const b = partyFrom(doc, j, true);
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
      // Not the strikes of a backer (هجوم لاستعادتها مدعوم بغارات من طيران التحالف).
      && !backingAside(doc, d)
      && (/^(و)?ب/.test(d.reading.proclitics) || CAUSE_BEFORE.has(tokens[d.tok - 1]!.norm)));
    if (cause) {
      c.actor = cause.actor.filter((id) => !c.recipient.includes(id));
      c.actorFrom = 'inherited';
    }
  }

  // A toll told as the outcome of an attack before it (استهدف الثوار حافلة، ما أدى إلى سقوط 12
  // متمردا؛ قصفت الميليشيات أحياء، ما أسفر عن سقوط قتلى): the attack's doer.
  for (const c of cands) {
    if (c.type !== 'ASSAULT' || c.actor.length > 0 || c.reading.pos === 'verb' || !isCasualtyNoun(bare[c.tok]!) || c.tok < 2) continue;
    const prep = tokens[c.tok - 1]!.norm;
    const verb = tokens[c.tok - 2]!.norm.replace(/^(و|ف)/, '');
    if (!/^(عن|عنه|عنها|الي)$/.test(prep) || !OUTCOME.test(verb)) continue;
    let d: Candidate | undefined;
    for (const x of cands) {
      if (x.tok >= c.tok - 2 || c.tok - x.tok > 24 || sentenceOf(doc, x.tok) !== sentenceOf(doc, c.tok)) continue;
      if (x.type === 'ASSAULT' && x.actor.length > 0 && x.actorFrom !== 'source' && !x.mutual) d = x;
    }
    if (d) {
      c.actor = d.actor.filter((id) => !c.recipient.includes(id));
      c.actorFrom = 'inherited';
    }
  }

  dropCondemnedActTargets(doc, cands);
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
    // «تحررت عدن من الحوثيين»، «بتحرر اليمن»: the verb of being freed has the freed place as
    // its subject, and its noun as its genitive; the place is no doer.
    if (c.lemma.intransitive) {
      freed.push(...c.actor.filter(place));
      c.actor = c.actor.filter((id) => !place(id));
    }
    if (freed.length > 0) c.freed = true;
    c.recipient = c.recipient.filter((id) => !place(id));
    const end = forwardEnd(doc, c.tok, 10);
    const from = mentionsIn(doc, c.tok + 1, end).find((m) => !isAdjective(m) && prepOf(doc, m) === 'من' && !place(m.entity.id) && !c.actor.includes(m.entity.id));
    const driven = from ? coordinated(doc, from, end).ids.filter((id) => !place(id) && !c.actor.includes(id) && !freed.includes(id)) : [];
    // A recipient already chosen stays, unless it is one of the names coordinated after من
    // (حررت المقاومة المديريات من الحوثيين وقوات صالح): then all of them.
    if (c.recipient.length === 0 || c.recipient.every((id) => driven.includes(id))) c.recipient = driven.length > 0 ? driven : c.recipient;
  }
}
