/**
 * A verb joined by و with no subject of its own (وبحث معه، والتقى نظيره، وقبضت على …) goes on
 * with the subject of the clause that opens its sentence, or of the sentence before it: its
 * subject is the pronoun in the verb, which must agree with that party in gender and number.
 * The chain stops at a paragraph's end and when another party acts as a subject in between.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { lookupForm } from '../lexicon.js';
import { type Doc, firstSentenceToken, forwardEnd, inQuantity, isAdjective, mentionsIn, sentenceOf } from './context.js';
import { isBoundary, KILLING, SEPARATE_PREPS, SKIP_BACK } from './lexicon-sets.js';
import { prepOf, sourceEntity } from './mentions.js';
import { subjectAfter } from './subjects.js';
import type { Candidate } from './types.js';
import { firstTokenAtOrAfter } from './words.js';

/** Number words that count a verb's subject (اثنان، ثلاثة). */
const NUMBER_WORDS = /^(اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|مئات|الاف|عدد)$/;

/** Gender and number a third-person verb shows, or that a party asks of its verb. */
export interface Agreement {
  g: 'm' | 'f';
  n: 'sg' | 'du' | 'pl';
}

/**
 * What a verb form agrees with: the ending of the past (بحث، بحثت، بحثا، بحثوا) or the prefix of
 * the imperfect (يبحث، تبحث، يبحثون). A verb in the first person («ونطالب») has none.
 */
export function verbAgreement(doc: Doc, c: Candidate): Agreement | undefined {
  let w = doc.tokens[c.tok]!.norm.replace(/^(و|ف)(?=..)/, '');
  if (c.reading.pronoun !== undefined && w.endsWith(c.reading.pronoun)) w = w.slice(0, -c.reading.pronoun.length);
  if (c.reading.imperfect) {
    w = w.replace(/^س(?=[يتن])/, '');
    if (/^[ان]/.test(w)) return undefined;
    const plural = /(ون|وا)$/.test(w);
    if (w.startsWith('ي')) return { g: 'm', n: plural ? 'pl' : /ان$/.test(w) ? 'du' : 'sg' };
    return plural ? undefined : { g: 'f', n: 'sg' };
  }
  const stem = normaliseString(c.lemma.label);
  if (/(نا|تم)$/.test(w) && !stem.endsWith('ن')) return undefined;
  if (w.endsWith('وا')) return { g: 'm', n: 'pl' };
  if (w.endsWith('تا') && !stem.endsWith('ت')) return { g: 'f', n: 'du' };
  if (w.endsWith('ت') && !stem.endsWith('ت')) return { g: 'f', n: 'sg' };
  if (w.endsWith('ا') && w !== stem && !stem.endsWith('ا')) return { g: 'm', n: 'du' };
  return { g: 'm', n: 'sg' };
}

/** States whose names are masculine (العراق، اليمن); other states and cities are feminine. */
const MASCULINE_STATES = new Set(['العراق', 'اليمن', 'لبنان', 'السودان', 'الاردن', 'المغرب', 'البحرين', 'الكيان']);

/** Titles of a woman before her name (الوزيرة، السيدة، الملكة). */
const WOMAN_TITLE = /^(ال)?(سيده|وزيره|ملكه|اميره|رئيسه|مستشاره|سفيره|مديره|نائبه|ناشطه|متحدثه|الفنانه|فنانه|مذيعه|كاتبه|الشيخه|شيخه|السيدتان)$/;

/** Plural heads of bodies of people that a verb in the plural resumes (الحوثيون، المسلحين). */
const HUMAN_PLURAL = /(ون|ين)$/;

/**
 * The agreements a party allows a resuming verb: a person masculine (feminine after a woman's
 * title), a state or city feminine unless masculine by name, a body by its head word (وزارة،
 * حركة are feminine, نظام، تنظيم masculine, قوات a feminine singular, الحوثيين a plural).
 * A foreign name with no Arabic head (داعش، طالبان) allows either gender.
 */
export function partyAgreements(doc: Doc, id: string, mentionFirst: number | undefined): Agreement[] {
  const e = doc.input.entities.find((x) => x.id === id);
  if (!e) return [];
  if (e.type === 'PER') {
    const before = mentionFirst !== undefined && mentionFirst > 0 ? doc.tokens[mentionFirst - 1]!.norm : '';
    return [{ g: WOMAN_TITLE.test(before) ? 'f' : 'm', n: 'sg' }];
  }
  const head = normaliseString(e.name).split(/\s+/)[0] ?? '';
  if (e.type === 'GPE' || e.type === 'LOC') return [{ g: MASCULINE_STATES.has(head) ? 'm' : 'f', n: 'sg' }];
  if (HUMAN_PLURAL.test(head) && head.startsWith('ال') && head.length > 6) return [{ g: 'm', n: 'pl' }, { g: 'f', n: 'sg' }];
  if (/(ه|ات)$/.test(head)) return [{ g: 'f', n: 'sg' }];
  if (head.startsWith('ال')) return [{ g: 'm', n: 'sg' }];
  return [{ g: 'm', n: 'sg' }, { g: 'f', n: 'sg' }];
}

/** Whether a verb of agreement v can resume the parties ids (one, or two and more coordinated). */
export function agrees(doc: Doc, v: Agreement, ids: { id: string; at?: number }[]): boolean {
  if (ids.length === 0) return false;
  if (ids.length > 1) return v.n !== 'sg' || v.g === 'f';
  return partyAgreements(doc, ids[0]!.id, ids[0]!.at).some((a) => a.g === v.g && a.n === v.n);
}

/** A verb that tells its own act with its subject: not received, not passive, not in a relative clause of a noun. */
function actingVerb(c: Candidate): boolean {
  return c.reading.pos === 'verb' && c.actor.length > 0 && !c.inverse && !c.passive && !c.lemma.inverse && !c.ofNoun
    && c.actorFrom !== 'source';
}

/** The party (and the token it is named at) that opens sentence s as its subject, with the token of its verb. */
export function openingClause(doc: Doc, f: number): { ids: { id: string; at?: number }[]; verb: number } | undefined {
  const { input, tokens, mentionAt, candAt } = doc;
  let v = f;
  // «وقد التقى»، «ثم بحث»: a particle before the verb.
  if (/^(و|ف)?(قد|ثم|لقد)$/.test(tokens[v]!.norm) && sentenceOf(doc, v + 1) === sentenceOf(doc, f)) v++;
  const at = (id: string, from: number) => doc.mentions.find((m) => m.entity.id === id && m.first >= from && sentenceOf(doc, m.first) === sentenceOf(doc, f))?.first;
  const c = candAt.get(v);
  if (c) {
    if (!actingVerb(c) || c.attribution !== undefined) return undefined;
    return { ids: c.actor.map((id) => ({ id, at: at(id, v) })), verb: v };
  }
  // «وقال الوزير …»، «وأضاف …»: a reporting verb opening the sentence has its speaker as subject.
  const a = input.attributions.find((x) => firstTokenAtOrAfter(tokens, x.cue.start) === v);
  if (a) {
    // A news outlet that reports (وأضافت الوكالة) is not the doer of what follows.
    if (a.source.kind === 'outlet') return undefined;
    const src = a.source.entity ?? sourceEntity(doc, a);
    if (src !== undefined && input.entities.find((e) => e.id === src)?.kb?.sector === 'MED') return undefined;
    // «وقال "عبدالله الزهراني" …» with another speaker carried over: the name after the cue tells who speaks.
    const named = mentionsIn(doc, v + 1, Math.min(v + 5, forwardEnd(doc, v, 8))).find((m) => !isAdjective(m) && prepOf(doc, m) === undefined);
    if (named && named.entity.id !== src) return undefined;
    return src ? { ids: [{ id: src, at: at(src, v) }], verb: v } : undefined;
  }
  // «إن المملكة هي من أبرز الدول التي تحارب الإرهاب، وتتصدى له»، «"عكاظ" تجولت …»: a party that
  // opens the sentence (after إن) as its topic.
  const s = /^(و|ف)?(ان|لكن)$/.test(tokens[v]!.norm) ? v + 1 : v;
  const topic = mentionAt[s];
  if (topic && topic.first === s && !isAdjective(topic) && topic.entity.type !== 'LOC') {
    const after = tokens[topic.last + 1];
    // «الهويدي وهذه البطولة …»: a word joined by و is no verb of the topic.
    const verbNext = after !== undefined && after.kind === 'word' && !mentionAt[topic.last + 1] && !/^((و|ف)?(ال|بال|لل|كال)|(و|ف)(هذ|هو|هي|هم|في|من|مع))/.test(after.norm)
      && !/^(و|ف)?(في|من|علي|الي|عن|مع|بين|عند|لدي|ان)$/.test(after.norm);
    return verbNext ? { ids: [{ id: topic.entity.id, at: topic.first }], verb: topic.last + 1 } : undefined;
  }
  // «أحبطت إدارة مكافحة المخدرات محاولة …»: a verb the lexicon does not know, and its subject after it.
  const t = tokens[v]!;
  if (t.kind !== 'word' || mentionAt[v] || /^(و|ف)?ال/.test(t.norm) || SKIP_BACK.has(t.norm) || SEPARATE_PREPS.has(t.norm)
    || /^(و|ف)?(في|من|الي|علي|عن|مع|بعد|قبل|خلال|منذ|ان|كما|حيث|اذ|لكن|بينما|فيما|هذا|هذه|وهو|وهي|هو|هي|كان|كانت|يذكر|يشار)$/.test(t.norm)) return undefined;
  const m = subjectAfter(doc, v, forwardEnd(doc, v, 16));
  if (!m || isAdjective(m) || prepOf(doc, m) !== undefined || m.first - v > 4) return undefined;
  return { ids: [{ id: m.entity.id, at: m.first }], verb: v };
}

/** Whether a party other than ids acts as a verb's subject in (from, to). */
function otherSubjectBetween(doc: Doc, from: number, to: number, ids: string[]): boolean {
  for (const p of doc.cands) {
    if (p.tok <= from || p.tok >= to || !actingVerb(p) || p.attribution !== undefined) continue;
    if (p.actor.some((id) => !ids.includes(id))) return true;
  }
  return doc.input.attributions.some((a) => {
    const k = firstTokenAtOrAfter(doc.tokens, a.cue.start);
    const src = a.source.entity ?? sourceEntity(doc, a);
    return k > from && k < to && src !== undefined && !ids.includes(src);
  });
}

/** Whether a paragraph ends between tokens a and b. */
function paragraphBetween(doc: Doc, a: number, b: number): boolean {
  return doc.input.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).includes('\n');
}

/**
 * The party a subjectless verb joined by و resumes: the subject of its sentence's opening clause
 * when that comes before it, else, for a verb that opens its sentence, the subject of the
 * sentence before in the same paragraph.
 */
export function continuedSubject(doc: Doc, c: Candidate): string[] | undefined {
  const { tokens, mentionAt } = doc;
  // Only و: after ف a masdar opens a nominal sentence as often (فرفع العقوبات سيكون …).
  if (c.reading.pos !== 'verb' || !c.reading.proclitics.startsWith('و') || c.passive || c.inverse || c.lemma.inverse) return undefined;
  // A reporting verb that is itself the event (ودعا، وطالب) has the speaker its attribution found;
  // one whose attribution found none (… تعلن استقلالها وتطالب بـ…) goes on like any other verb.
  if (doc.input.attributions.some((a) => firstTokenAtOrAfter(tokens, a.cue.start) === c.tok && (a.source.entity ?? sourceEntity(doc, a)) !== undefined)) return undefined;
  // A name right after the verb is its own subject, even when left unrecognised as one.
  const next = mentionAt[c.tok + 1];
  if (next && next.first === c.tok + 1 && prepOf(doc, next) === undefined && !isAdjective(next)) return undefined;
  // «وطلب المنظمون»، «وتستهدف هذه الدورات»، «وقتل اثنان منهم»: a definite plural in the nominative,
  // a demonstrative or a count after the verb is its subject.
  const w1 = tokens[c.tok + 1];
  if (w1 && sentenceOf(doc, c.tok + 1) === sentenceOf(doc, c.tok)
    && (/^ال..+ون$/.test(w1.norm) || /^(هذا|هذه|هؤلاء|ذلك|تلك)$/.test(w1.norm) || NUMBER_WORDS.test(w1.norm)
      || (inQuantity(doc, c.tok + 1) && KILLING.has(c.lemma.label)))) return undefined;
  // «لليمن وشعبها، ودعمها منذ البداية»، «في تحقيق أهداف الجمعية ودعم مشاريعها»: inside a sentence a
  // form that is also a noun is as often a masdar coordinated with a noun before it.
  const f = firstSentenceToken(doc, c.tok);
  const noun = lookupForm(doc.lex, tokens[c.tok]!.norm).filter((r) => r.pos === 'noun');
  if (noun.some((r) => r.pronoun === c.reading.pronoun && (c.reading.pronoun !== undefined || f < c.tok))) return undefined;
  const v = verbAgreement(doc, c);
  if (!v) return undefined;
  let clause: ReturnType<typeof openingClause>;
  if (f < c.tok) {
    clause = openingClause(doc, f);
    if (clause && clause.verb >= c.tok) clause = undefined;
  }
  if (!clause && f === c.tok && f > 0) {
    const pf = firstSentenceToken(doc, f - 1);
    if (paragraphBetween(doc, f - 1, f)) return undefined;
    clause = openingClause(doc, pf);
  }
  if (!clause) return undefined;
  const ids = clause.ids.map((x) => x.id);
  if (ids.some((id) => c.recipient.includes(id)) || otherSubjectBetween(doc, clause.verb, c.tok, ids)) return undefined;
  if (tokens.slice(clause.verb, c.tok).some((t) => isBoundary(t) && (t.norm === ':' || t.norm === '؛'))) return undefined;
  return agrees(doc, v, clause.ids) ? ids : undefined;
}
