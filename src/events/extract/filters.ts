/**
 * Stage 5: filters and merges. Candidates that are no event (a noun repeating
 * an earlier verb, an aside, a purpose, a courtesy, a movement's name) are
 * dropped; the rest are kept in order.
 */
import type { PloverType } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, forwardEnd, isAdjective, lightKind, sentenceOf } from './context.js';
import { doneInClause } from './candidates.js';
import { keepDeniedAccusation } from './denied-accusation.js';
import {
  ARRIVING, CAUSE_AFTER, CIRCUMSTANCE, COURTESIES, DEMONSTRATIVES, DURING, HEAD_NOUNS, isBoundary, isCasualtyNoun,
  MESSAGES, MOVEMENTS, RELATIVES, REPEL, SUBORDINATORS, TARGETING, TO, TOLL,
} from './lexicon-sets.js';
import { coordinated, isLocative, prepOf } from './mentions.js';
import { unmarkedAfter } from './subjects.js';
import { footballAttack } from './football-attack.js';
import { anyAct } from './any-act.js';
import { plannedOrFoiled } from './planned-or-foiled.js';
import { naturalToll } from './natural-toll.js';
import { figurativeAssault } from './figurative-assault.js';
import { searchFor } from './search-for.js';
import { pressCall } from './press-call.js';
import { organisedProtest } from './organised-protest.js';
import { imposedSanctions } from './imposed-sanctions.js';
import { doneBefore, meetingTakenUp } from './retold-act.js';
import { signedInClause } from './signed-in-clause.js';
import { passiveDone } from './passive-done.js';
import { endangers } from './endangers.js';
import { aimNotAct } from './aim-not-act.js';
import { partylessHelpToward } from './helps-to.js';
import type { Candidate } from './types.js';
import { isAttendance } from './attendance.js';
import { PLEDGE, pledgedActTold } from './pledge.js';

/** A message noun followed by a word of condolence or congratulation within the clause of token i. */
function courtesyMessage(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  for (let k = i; k + 1 < tokens.length && k - i <= 12 && sentenceOf(doc, k) === sentenceOf(doc, i) && !isBoundary(tokens[k]!); k++) {
    if ((MESSAGES.has(bare[k]!) || MESSAGES.has(tokens[k]!.norm.replace(/^(و|ف)(?=..)/, ''))) && COURTESIES.has(bare[k + 1]!)) return true;
  }
  return false;
}

/** Words before a meeting noun that make it the time of another act (خلال الزيارة، أعقب الاجتماع). */
const TAKEN_UP_AS_TIME = /^(و)?(خلال|اثناء|عقب|اعقب|طوال)$/;

/** Words of concluding an agreement (إنجاز الاتفاق، التوقيع على الاتفاق، التوصل إلى اتفاق). */
const CONCLUDING = 'انجاز|توقيع|ابرام|التوصل|توصل|عقد';
const CONCLUDING_BEFORE = new RegExp(`^(و|ب|ل)?(${CONCLUDING})$`);
const CONCLUDING_NEAR = new RegExp(`^(و|ب|ل)?(ال)?(${CONCLUDING}|النهائي)$`);

/** A verb that makes, announces or signs an agreement, in a relative clause after it (التي أعلنها، الذي أبرمته، التي توصلوا إليها). */
const MADE_IN_CLAUSE = /^(قد)?(اعلن|ابرم|عقد|وقع|توصل|توصلو)(ت|ا|وا)?(ه|ها|هما|هم)?$/;
/** A participle that tells an agreement is in force or was announced (الهدنة السارية، الهدنة المعلنة). */
const IN_FORCE = /^(ال)?(ساري|معلن|مطبق|قائم)(ه)?$/;
/** «جرى سريانها»، «تم الإعلان عنها»: a truce's coming into force or its announcement told in the passive. */
const TOOK_EFFECT = /^(ب)?(ال)?(سريان|اعلان|تطبيق|توقيع|ابرام|التوصل)(ه|ها)?$/;

/**
 * An agreement or a truce that a relative clause says was made, announced or came into force, or
 * that a participle says is in force (الهدنة التي أعلنها التحالف، الهدنة الإنسانية التي جرى
 * سريانها، الهدنة السارية بين الجانبين): the agreement is told as made, not only named. Up to two
 * adjectives may stand between the noun and the clause. A verb of the lexicon in the clause is left
 * to tell the making (الاتفاق الذي أبرم في فيينا).
 */
function madeInClause(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 3 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const w = tokens[k]!.norm;
    if (tokens[k]!.kind !== 'word') return false;
    if (IN_FORCE.test(w)) return true;
    if (RELATIVES.has(w)) {
      // A verb of the lexicon there (الذي أبرم، التي وقعتها) tells the making itself.
      if (doc.isCandidate[k + 1]) return false;
      const v = tokens[k + 1]?.norm ?? '';
      if (MADE_IN_CLAUSE.test(v)) return true;
      return /^(جري|تم|يجري|يتم)$/.test(v) && TOOK_EFFECT.test(tokens[k + 2]?.norm ?? '');
    }
    if (!/^ال/.test(w)) return false;
  }
  return false;
}

/**
 * Acceptance weighed against refusal (قبول أو رفض الصفقة، بالموافقة عليه أو عدم الموافقة، رفض أو قبول):
 * a choice still to be made, no agreement. True when an «أو» within the clause joins the noun at i
 * to a word of refusal or its negation.
 */
function weighedChoice(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const refusal = (k: number) => k >= 0 && k < tokens.length && /^(و)?(عدم|رفض|الرفض|رفضه|رفضها|رفضهم)$/.test(tokens[k]!.norm);
  for (let k = i + 1; k < tokens.length && k - i <= 4 && sentenceOf(doc, k) === sentenceOf(doc, i) && !isBoundary(tokens[k]!); k++) {
    if (tokens[k]!.norm === 'او') return refusal(k + 1);
  }
  return i >= 2 && tokens[i - 1]!.norm === 'او' && refusal(i - 2);
}

/**
 * What arrives, when وصل has no party but a thing as its subject: after the verb (وصلت صباح اليوم
 * سفينة «درب الخير»، وصلت إلى مطار عدن أمس طائرة قطرية), or before it (سفينة إغاثية تصل،
 * الطائرة السادسة التي تصل، إن قواتها وصلت). Troops are `troops`, carriers of aid and aid `aid`.
 */
function arrivalOf(doc: Doc, c: Candidate): 'troops' | 'aid' | 'thing' | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
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

/**
 * A request noun told as the ground of another act (بطلب من تركيا، استجابة لطلب الرئيس):
 * the words after it name the asker and what else was done, not only what was asked.
 */
function groundRequest(doc: Doc, c: Candidate): boolean {
  return c.type === 'REQUEST' && c.reading.pos === 'noun' && /^طلب/.test(doc.bare[c.tok]!) && /^(و|ف)?(ب|ل)$/.test(c.reading.proclitics);
}

/** «جرى خلاله»، «وتم خلال اللقاء» right before token k. */
function duringMeeting(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const done = (j: number) => j >= 0 && /^(و)?(جري|تم|يتم|يجري)$/.test(tokens[j]!.norm);
  const w1 = tokens[k - 1]?.norm ?? '';
  if (/^خلال(ه|ها|هما)$/.test(w1)) return done(k - 2);
  return k >= 3 && tokens[k - 2]!.norm === 'خلال' && tokens[k - 1]!.kind === 'word' && done(k - 3);
}

/** A movement's head noun, then at most three definite words, right before token k. */
function movementName(doc: Doc, k: number): boolean {
  const { tokens, isCandidate } = doc;
  for (let j = k - 1; j >= 0 && k - j <= 4 && sentenceOf(doc, j) === sentenceOf(doc, k); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || isCandidate[j]) return false;
    if (MOVEMENTS.has(t.norm.replace(/^(و|ف|ب|ل)(?=..)/, ''))) return j < k - 1;
    if (!/^ال/.test(t.norm)) return false;
  }
  return false;
}

/**
 * Whether the words of a `needArg` trigger name its argument though no entity does: a pronoun on
 * the trigger (بعد تحريرها من المليشيات) or one of its `argNext` words within three tokens after
 * it, in its clause (تحرير المدينة، تحرير القوات الشرعية محافظة الضالع، تدريب المتطوعين).
 */
function argumentInWords(doc: Doc, c: Candidate): boolean {
  const { tokens, bare } = doc;
  if (c.lemma.argPronoun && c.reading.pronoun !== undefined && /^(ه|ها|هم|هما)$/.test(c.reading.pronoun)) return true;
  if (c.lemma.argNext.size === 0) return false;
  for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 3 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
    if (isBoundary(tokens[k]!)) break;
    if (c.lemma.argNext.has(bare[k]!) || c.lemma.argNext.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Stage 5: the candidates kept as events, in order, after the filters and merges. */
/** Acts whose noun a verb of targeting may take as its subject (الغارات استهدفت، حملة اعتقالات استهدفت). */
const TARGETED_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE']);

/**
 * Whether a verb of targeting (not joined by و or ف, which opens a clause of its own) has for its
 * subject the noun of the act last kept: the noun stands up to ten tokens before it in the same
 * sentence (its adjectives, a place or a time, a relative pronoun may come between), with no
 * other verb between them. The noun must be the kept act itself or one merged into its support
 * verb (نفذت … ضربة، شن غارة) or into the noun that asks for it (حملة اعتقالات), not into an act of its own (قتلوا بعد تفجيرين): a noun dropped as taking up an earlier act (الغارات استهدفت) leaves the verb to tell it.
 * A verb with an object pronoun (الأماكن التي استهدفتها الطائرات) refers back to its target, not to the act.
 */
function targetOfNamedAct(doc: Doc, c: Candidate, last: Candidate, absorbed: ReadonlyMap<Candidate, Candidate>): boolean {
  const { tokens, candAt } = doc;
  if (!TARGETED_ACTS.has(last.type) || /^(و|ف)/.test(c.reading.proclitics)) return false;
  if (/(ه|ها|هم|هما|هن)$/.test(tokens[c.tok]!.norm)) return false;
  if (sentenceOf(doc, last.tok) !== sentenceOf(doc, c.tok) || c.tok - last.tok > 20) return false;
  for (let k = c.tok - 1; k >= last.tok && c.tok - k <= 10; k--) {
    const t = tokens[k]!;
    if (isBoundary(t) && t.norm !== '،' && t.norm !== ',') return false;
    const other = candAt.get(k);
    if (other === undefined) continue;
    if (other.reading.pos === 'verb') return false;
    if (!TARGETED_ACTS.has(other.type)) continue;
    // Or the noun a campaign asks for (حملة اعتقالات واسعة … استهدفت): the campaign is the subject.
    return other === last || (absorbed.get(other) === last && (lightKind(doc, last.tok) !== undefined || last.lemma.next.has(doc.bare[other.tok]!)));
  }
  return false;
}

/** Words that make a cooperation noun after them name a relationship to grow or a frame, not an act (تعزيز التعاون، في إطار التنسيق). */
const RELATION_FRAMES = /^(و)?(ب|ل|في)?(ال)?(تعزيز|زياده|تطوير|توسيع|اوجه|مجالات|افاق|سبل|فرص|اطار|ضمن|اليات)$/;

/**
 * «سبل تعزيز التعاون بين البلدين»، «في إطار التنسيق المستمر»، «فرص التعاون»: cooperation as the
 * genitive of a word of growing it or of its scope names the relationship, no act of cooperating.
 */
function relationNotAct(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  return c.type === 'COOPERATE' && c.reading.pos === 'noun' && c.tok > 0 && RELATION_FRAMES.test(tokens[c.tok - 1]!.norm);
}

/**
 * Subjects of a discussion verb that are a meeting, its participants or a work, not a party
 * (وناقش الاجتماع …، وناقش المجتمعون …، وناقش العرض المسرحي …، تبحث الندوة …).
 */
const GATHERINGS_AND_WORKS = /^(ال)?(اجتماع|اجتماعات|لقاء|جلسه|جلسات|مجتمعون|مجتمعين|مشاركون|مشاركين|مؤتمر|منتدي|ندوه|ورشه|عرض|مسرحيه|ورقه|فيلم|كتاب|دراسه|تقرير)$/;

/**
 * «وناقش الاجتماع تطوير العمل»، «وناقش المجتمعون محاور الاجتماع»: a discussion verb whose subject,
 * right after it, is a meeting or a work tells the meeting's or the work's topic; the meeting, if
 * it is an act, is told by its own word.
 */
function topicOfGathering(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  if (c.type !== 'CONSULT' || c.reading.pos !== 'verb' || (c.lemma.label !== 'ناقش' && c.lemma.label !== 'بحث')) return false;
  const next = tokens[c.tok + 1];
  return next !== undefined && sentenceOf(doc, c.tok + 1) === sentenceOf(doc, c.tok) && GATHERINGS_AND_WORKS.test(next.norm);
}

/**
 * A noun that needs a preposition and an argument after it (القضاء على) tells an act only with what
 * it acts upon: a named party or a word for fighters (القضاء على 10 إرهابيين، على أبو سياف). A doer
 * alone does not make it one (القضاء على التعريفات الجمركية), nor does ل, which makes it an aim
 * (حلف للقضاء على، جهود للقضاء على).
 */
function aimOrUntargeted(doc: Doc, c: Candidate): boolean {
  if (!c.lemma.needArg || c.lemma.next.size === 0 || c.lemma.argNext.size === 0 || c.reading.pos !== 'noun') return false;
  if (/^(و|ف)?ل/.test(c.reading.proclitics)) return true;
  return c.recipient.length === 0 && !argumentInWords(doc, c);
}

export function filterAndMerge(doc: Doc): Candidate[] {
  const { input, lex, tokens, bare, mentionAt, isCandidate, cands, candAt } = doc;
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
  /** Candidates merged into a kept one (the noun of شن غارة → the verb's event). */
  const absorbed = new Map<Candidate, Candidate>();
  for (const [ci, c] of cands.entries()) {
    // An agreement told as made or in force (الهدنة التي أعلنها التحالف، الهدنة السارية) is no mere name of the deal.
    const made = c.type === 'AGREE' && c.reading.pos === 'noun' && madeInClause(doc, c.tok);
    if (c.lemma.needArg && c.actor.length === 0 && c.recipient.length === 0 && !c.freed && !argumentInWords(doc, c)) continue;
    // «تعهدت بإخلاء مواقعها»: the pledged act, an event of its own, tells the pledge (extract/pledge.ts).
    if (c.lemma.label === PLEDGE && pledgedActTold(doc, c)) continue;
    // A ship, a plane, aid, troops or a body that arrives pays no visit.
    if (c.type === 'CONSULT' && arrivalOf(doc, c) !== undefined) continue;
    if (c.lemma.needRecipient && !c.recipient.some((id) => c.lemma.needRecipient!.has(entityById.get(id)?.type ?? ''))) continue;
    if (c.reading.pos !== 'verb') {
      // The complement a previous trigger asks for (رفع العقوبات، علقت محادثات) is not an event of its own.
      const p = cands[ci - 1];
      // An intransitive verb takes none: its `next` words are cues (تجمعوا للتنديد).
      if (p && p.type !== c.type && p.lemma.next.size > 0 && !p.lemma.intransitive && c.tok - p.tok <= p.lemma.nextWindow && sentenceOf(doc, p.tok) === sentenceOf(doc, c.tok)
        && (p.lemma.next.has(bare[c.tok]!) || p.lemma.next.has(tokens[c.tok]!.norm)) && !keepDeniedAccusation(p, c) && !imposedSanctions(doc, c)) continue;
      // «حركة النضال العربي لتحرير الأحواز»، «الجبهة الشعبية لتحرير …»: a purpose masdar after the
      // name of a movement and its adjectives is part of the movement's name.
      if (/^ل/.test(c.reading.proclitics) && movementName(doc, c.tok)) continue;
      // «وجرى خلال الاتصال بحث …»، «جرى خلاله مناقشة …»: what was discussed during a meeting is no meeting of its own
      // (nor a call: بحث read as ب + حث).
      if ((c.type === 'CONSULT' || c.type === 'REQUEST') && duringMeeting(doc, c.tok)) continue;
      // «بحثا عن مطلوبين»: in search of, no call.
      if (searchFor(doc, c)) continue;
      // «وقال الوزير في اتصال هاتفي مع "الوطن" إن …»: the outlet's interview, no contact between parties.
      if (pressCall(doc, c)) continue;
      // A definite event noun as the genitive of a head noun names a party (سجون الاحتلال، قوات الاحتلال);
      // القبض after a head with its own article is the object of ألقى (ألقت قوات الأمن القبض على …).
      if (c.reading.pos === 'noun' && c.tok > 0 && c.reading.proclitics === 'ال' && HEAD_NOUNS.has(bare[c.tok - 1]!) && !mentionAt[c.tok - 1]
        && !(bare[c.tok] === 'قبض' && /^[وفبل]?(ال|لل)/.test(tokens[c.tok - 1]!.norm)) && !organisedProtest(doc, c)) continue;
      // A definite noun that takes up an event already told, with no arguments of its own.
      // «استقبلهم رئيس النادي … وجرى في الاجتماع»، «قام بزيارة … وخلال الزيارة»: a definite meeting noun
      // as the circumstance of what follows takes up the meeting already told, whatever word told it,
      // when it names no party beyond those of that meeting.
      if (c.type === 'CONSULT' && c.recipient.length === 0 && meetingTakenUp(doc, c)) {
        // A visit holds meetings (التقى الوزير … خلال الزيارة): only a visit takes up a visit.
        const told = kept.findLast((k) => k.type === 'CONSULT' && (c.lemma.mode !== 'visit' || k.lemma.mode === 'visit'));
        if (told && c.actor.every((id) => told.actor.includes(id) || told.recipient.includes(id))) continue;
      }
      const again = seenNoun.has(c.lemma.index);
      seenNoun.add(c.lemma.index);
      // A purpose right after a new act (تجمعوا للتنديد) is not a taking up.
      const purposeOfNew = c.tok > 0 && isCandidate[c.tok - 1] && /^ل/.test(c.reading.proclitics);
      // «رفض الاتفاق النووي مع إيران … لحشد التأييد للاتفاق»: an agreement taken up again names the deal, not a new
      // signing, also when a party of the deal is named with it; a verb of concluding it (الذي وقعته، إنجاز الاتفاق بين …) makes it one.
      const concluded = c.mutual || (c.tok > 0 && CONCLUDING_BEFORE.test(tokens[c.tok - 1]!.norm)) || passiveDone(doc, c.tok);
      if (again && c.type === 'AGREE' && /ال$/.test(c.reading.proclitics) && c.verbAt !== c.tok && !c.tookPlace && !c.ofNoun && !concluded && !made) continue;
      if (again && !purposeOfNew && !made && !(c.type === 'AGREE' && passiveDone(doc, c.tok)) && /ال$/.test(c.reading.proclitics) && c.actor.length === 0 && c.recipient.length === 0) {
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
    // «شن الهلال هجوما على مرمى النصر»: a move of play, no attack.
    if (footballAttack(doc, c)) continue;
    // «أحبطت … العمليات الإرهابية»، «تخطط لتنفيذ هجمات»: an attack foiled, planned or feared is not told as done.
    if (plannedOrFoiled(doc, c)) continue;
    // «ساعدت الرياح في امتداد الحريق»: «helps to», with no party on either side (extract/helps-to.ts).
    if (partylessHelpToward(doc, c)) continue;
    // «في أي غارة أو هجوم»، «لأي محاولة اعتداء»: any act of a kind, none in particular.
    if (anyAct(doc, c)) continue;
    // «لقوا مصرعهم … بالفيضانات»: a toll of nature or disease, no attack.
    if (naturalToll(doc, c)) continue;
    // «الغزو الفكري»، «تفجير الوضع»، «موجة الحر التي تجتاح»: war words in a figurative sense.
    if (figurativeAssault(doc, c)) continue;
    // «ما قد يهدد اكتمال الصفقة»، «مجاعة تهدد الملايين»، «ينذر بكارثة»: a danger, no threat by a party.
    if (endangers(doc, c)) continue;
    // «رفضه للاتفاق النووي»، «تسويقا للاتفاق»: a definite agreement as the complement of a stance or
    // an act (ل + ال) with no party of its own names the deal, not its making; unless a word of
    // concluding stands before it (التوقيع النهائي للاتفاق).
    if (c.type === 'AGREE' && c.reading.pos === 'noun' && /^لل/.test(tokens[c.tok]!.norm) && c.actor.length === 0 && !c.mutual && !c.tookPlace
      && !tokens.slice(Math.max(0, c.tok - 3), c.tok).some((t) => CONCLUDING_NEAR.test(t.norm))) continue;
    // «قانون مراجعة اتفاق إيران النووي»، «تطبيق اتفاق فيينا»، «معارضو الاتفاق»: an agreement as the
    // genitive of a word that reviews, sends, applies, details or judges it names the deal, not its making.
    if (c.type === 'AGREE' && c.reading.pos === 'noun' && c.reading.proclitics.replace(/ال$/, '') === '' && c.tok > 0 && !c.mutual && !c.tookPlace
      && /^(و|ب|ل)?(ال)?(مراجعه|ارسال|تطبيق|بنود|شروط|نص|مسوده|تفاصيل|معارضو|معارضي|منتقدو|منتقدي|مؤيدو|مؤيدي)$/.test(tokens[c.tok - 1]!.norm)) continue;
    // «تناضل لإقناع مؤسساتها بقبول الاتفاقية»، «حثهم على الموافقة»: an acceptance others are urged to give is not given yet.
    if (c.type === 'AGREE' && c.reading.pos === 'noun' && (/^(و)?ب/.test(c.reading.proclitics) || tokens[c.tok - 1]?.norm === 'علي')
      && tokens.slice(Math.max(0, c.tok - 4), c.tok).some((t) => /^(و|ف)?(ل)?(اقناع|يقنع|تقنع|حث|حثت|يحث|تحث|حثه|حثها|حثهم)$/.test(t.norm))) continue;
    // «لتقرير الرأي في قبول أو رفض الصفقة»: acceptance set against refusal is a choice still open.
    if (c.type === 'AGREE' && c.reading.pos !== 'verb' && weighedChoice(doc, c.tok)) continue;
    // A verb's event taken up later by its definite noun (هاجم انتحاريان … وأسفر الهجوم) is one event.
    if (c.reading.pos === 'verb') seenNoun.add(c.lemma.index);
    if (relationNotAct(doc, c)) continue;
    // «إرادة مشتركة للتعاون»، «أهمية التعاون»، «العلاقات الثنائية والتعاون»، «خططها لاستهداف»: an aim, a topic or a bond (extract/aim-not-act.ts).
    if (aimNotAct(doc, c)) continue;
    if (topicOfGathering(doc, c)) continue;
    if (aimOrUntargeted(doc, c)) continue;
    // A message of condolence or congratulation (بعث … برقية عزاء) is a courtesy, none of the contacts CONSULT names.
    if (c.type === 'CONSULT' && courtesyMessage(doc, c.tok)) continue;
    // «ويرأس عبد الرزاق خلال الزيارة …»، «دعا خلال زيارته تلك …»، «وجرى خلال الاستقبال»: an event already told
    // by the same word, named again as the time of another act, is no new event.
    // Not «من خلال» (by means of), nor one with a target of its own (خلال زيارته الأخيرة إلى موسكو). After «أعقب»,
    // «عقب» a definite noun takes up an event told by another word too (محادثات … مؤتمر صحفي أعقب الاجتماع).
    if (c.reading.pos === 'noun' && c.tok > 1 && TAKEN_UP_AS_TIME.test(tokens[c.tok - 1]!.norm) && tokens[c.tok - 2]!.norm !== 'من'
      && (/ال$/.test(c.reading.proclitics) || DEMONSTRATIVES.has(tokens[c.tok + 1]?.norm ?? '')) && c.recipient.length === 0
      && kept.some((k) => k.type === c.type && (k.lemma === c.lemma || (/^(و)?(عقب|اعقب)$/.test(tokens[c.tok - 1]!.norm) && /ال$/.test(c.reading.proclitics))))) continue;
    // «وذلك بحضور الوزير X»: ذلك there sums up the clause before, it does not point at the noun.
    if (c.reading.pos !== 'verb' && c.tok > 0 && !isAttendance(c) && (DEMONSTRATIVES.has(tokens[c.tok - 1]!.norm) || DEMONSTRATIVES.has(tokens[c.tok - 1]!.norm.replace(/^(و|ف)(?=..)/, '')))) continue;
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
    // «الاتفاق النووي الذي أبرمته إيران»: one event, on the verb of the relative clause.
    if (signedInClause(doc, c, prev0) && prev0) {
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
    const call0 = last && asides.has(last) ? kept[kept.length - 2] : last;
    const call = call0 && groundRequest(doc, call0) ? undefined : call0;
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
    // «ضربة جوية استهدفت مواقع»، «التفجير الإرهابي الذي استهدف مسجدا»، «حملة اعتقالات واسعة استهدفت عناصر»:
    // a verb of targeting whose subject is an attack or a campaign just named tells whom that act hit;
    // one event, on the noun, that takes the verb's target.
    if (c.type === 'ASSAULT' && c.reading.pos === 'verb' && TARGETING.has(c.lemma.label) && last && targetOfNamedAct(doc, c, last, absorbed)) {
      if (last.recipient.length === 0) last.recipient = c.recipient.filter((id) => !last.actor.includes(id));
      continue;
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
    // «طائرة مساعدات تتجه إلى مطار عدن لإغاثة الشعب»، «قدمت أسلحة لدعم صمودها»: help or backing named as the
    // purpose of aid already told restates it.
    if ((c.type === 'AID' || c.type === 'SUPPORT') && c.reading.pos === 'noun' && /^(و)?ل/.test(c.reading.proclitics)
      && kept.some((k) => k.type === 'AID' && k.tok < c.tok && c.tok - k.tok <= 12 && sentenceOf(doc, k.tok) === sentenceOf(doc, c.tok))) continue;
    // «استدعت سفيرها لدى إيران للتشاور»: the consultations an ambassador is recalled for are no event of their own.
    if (c.type === 'CONSULT' && c.reading.pos === 'noun' && /^ل/.test(c.reading.proclitics) && last && last.mode === 'recall'
      && c.tok - last.tok <= 6 && sentenceOf(doc, last.tok) === sentenceOf(doc, c.tok)) continue;
    // What a call or a threat asks for, also past an aside (دعا التنظيم، الذي …، إلى شن هجمات;
    // طالب في رسالة …، بمهاجمة أميركا; هدد بشن هجمات): the act it asks for is not an event.
    if (c.type !== 'REQUEST' && c.type !== 'THREATEN' && !made && call && (call.type === 'REQUEST' || call.type === 'THREATEN')
      && call.reading.pos !== 'participle' && sentenceOf(doc, call.tok) === sentenceOf(doc, c.tok) && c.tok - call.tok <= 30) {
      const before = c.tok > 0 ? tokens[c.tok - 1]!.norm : '';
      const masdar = c.reading.pos !== 'verb' || TO.has(before);
      const introduced = TO.has(before) || (c.reading.pos === 'noun' && /^(و|ف)?(ب|ل)/.test(c.reading.proclitics))
        || (c.reading.pos !== 'verb' && c.tok > 1 && TO.has(tokens[c.tok - 2]!.norm) && !isBoundary(tokens[c.tok - 1]!));
      // The object of the act asked for is asked for too (طالب بوقف الهجمات), unless a relative
      // clause tells it was done (طالبوا بالتحقيق في جرائم الحرب التي ارتكبت).
      const askedObject = asked !== undefined && c.tok <= asked && doneInClause(doc, c.tok) === undefined;
      if (masdar && (introduced || askedObject) && !doneBefore(doc, c)) {
        call.mode ??= c.type.toLowerCase();
        asked = c.tok + 4;
        continue;
      }
    }
    if (c.reading.pos !== 'verb' && c.tok > 0 && /^(و|ل|ب)?اي$/.test(tokens[c.tok - 1]!.norm)) continue;
    if (call && !made && c.reading.pos !== 'verb' && (call.type === 'REQUEST' || call.type === 'THREATEN') && c.tok - call.tok <= 4 && sentenceOf(doc, call.tok) === sentenceOf(doc, c.tok)
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
      && !CIRCUMSTANCE.has(tokens[c.tok - 1]?.norm ?? '') && !(c.actor.length > 0 && c.actorFrom === 'syntax')
      // «طالب … باحترام الهدنة التي جرى سريانها»: a truce in force is made already, whatever is asked about it.
      && !made && !doneBefore(doc, c)) continue;
    if (c.reading.pos === 'verb') request = undefined;
    if ((c.type === 'REQUEST' || c.type === 'THREATEN') && c.reading.pos !== 'participle' && !groundRequest(doc, c)) request = { tok: c.tok, type: c.type, end: forwardEnd(doc, c.tok, 12) };
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
    // So is an act told as what came before or after another (أغلقت البلدية مطعما وذلك بعد ضبط المراقبين …).
    const subordinate = prev !== undefined && (c.reading.pos === 'verb' ? tokens.slice(prev.tok + 1, c.tok).some((t) => SUBORDINATORS.has(t.norm))
      : c.reading.pos === 'noun' && c.reading.proclitics === '' && c.tok > 0 && /^(و)?(بعد|قبل)$/.test(tokens[c.tok - 1]!.norm) && c.tok - prev.tok > 2);
    // A noun with a doer of its own, other than the verb's (استنكر عسيري اتهامات المنظمة للتحالف), is another act.
    const otherDoer = prev !== undefined && c.reading.pos !== 'verb' && prev.lemma !== c.lemma && prev.actor.length > 0 && c.actor.length > 0
      && c.actorFrom === 'syntax' && !c.actor.some((id) => prev.actor.includes(id));
    // The noun a trigger of the same type asks for (التوصل إلى اتفاق، توصلت إيران ومجموعة 5+1 إلى اتفاق):
    // the word it needs and the word that needs it tell one act.
    const complement = prev !== undefined && prev.type === c.type && c.reading.pos === 'noun' && prev.lemma !== c.lemma && prev.lemma.next.size > 0
      && !prev.lemma.intransitive && c.tok - prev.tok <= prev.lemma.nextWindow + 8 && (prev.lemma.next.has(bare[c.tok]!) || prev.lemma.next.has(tokens[c.tok]!.norm))
      // Names in between (the subject, a body named by figures: مجموعة (5+1)) do not count towards the window.
      && c.tok - prev.tok - tokens.slice(prev.tok + 1, c.tok).filter((t, j) => mentionAt[prev.tok + 1 + j] !== undefined || t.kind !== 'word').length <= Math.min(prev.lemma.nextWindow, 4)
      // A verb in between opens a clause of its own (العملية بدأت بقصف): the noun is a further act.
      && !tokens.slice(prev.tok + 1, c.tok).some((t, j) => t.kind === 'word' && lightKind(doc, prev.tok + 1 + j) !== undefined)
      && !tokens.slice(prev.tok + 1, c.tok).some((t) => isBoundary(t) && t.norm !== '(' && t.norm !== ')');
    // «عقد لقاء … بحضور الوزير X»: the attendee's presence is an event of its own, not the meeting's noun.
    const attendance = prev !== undefined && (isAttendance(c) || isAttendance(prev));
    if (prev && prev.type === c.type && !attendance && !caused && !afterCasualty && !attackAndToll && !coordinatedVerb && !coordinatedNouns && !repelled && !subordinate && !otherDoer && sentenceOf(doc, prev.tok) === sentenceOf(doc, c.tok)
      && (complement || (c.tok - prev.tok <= 3 && (prev.reading.pos === 'verb' || c.tok - prev.tok === 1 || c.reading.pos === 'verb'
        || (c.tok - prev.tok === 2 && tokens[c.tok - 1]!.norm === 'و')))
        || (argless && prev.reading.pos === 'verb' && forwardEnd(doc, prev.tok, 18) > c.tok))) {
      // One event told by a verb and its noun (وقع اتفاقية، شن هجوما).
      absorbed.set(c, prev);
      if (prev.actor.length === 0 || (prev.actorFrom !== 'syntax' && c.actorFrom === 'syntax')) prev.actor = c.actor;
      if (prev.recipient.length === 0) prev.recipient = c.recipient;
      prev.location ??= c.location;
      if (c.mode !== undefined && (prev.mode === undefined || prev.mode === prev.lemma.mode)) prev.mode = c.mode;
      for (const q of c.quantities) if (!prev.quantities.includes(q)) prev.quantities.push(q);
      continue;
    }
    kept.push(c);
  }
  return kept;
}
