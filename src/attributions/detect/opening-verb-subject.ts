/**
 * وضعت الجماهير جملة من المطالب على مائدة الرئيس الجديد، مطالبة إياه بـ…، من جانبه عبر السفير
 * عن تهانيه، مؤكدا …: a participle with no speaker reported in its sentence has the subject of
 * the verb that opens the sentence, even when that verb reports nothing and so is no cue the
 * lexicon knows (وضع، عبر، ألقى، زار). The verb is recognised by its place and shape: the
 * sentence's first word (past و/ف، قد، من جانبه), no article, no preposition, particle, title or
 * name; the noun phrase right after it (VSO) is its subject, when that phrase can speak. A person
 * named later in the sentence (the one the object was put before) is no subject.
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bare, BARE_PREPOSITIONS, CLAUSE_PARTICLES, FRONTED_SIDE, inSet, TIME_WORDS } from './word-sets.js';
import { bareAt, isPunct, isRelative, lineBreakBefore, norm, roleOf, sentenceStart, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { pluralSource } from './plural-antecedent.js';
import { cannotSpeakAt } from './speaker-fit.js';
import type { Source } from './types.js';

/** Words that open a sentence and are no verb: prepositions and particles of every kind. */
const NOT_VERBS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'منذ', 'حول', 'لدي', 'عند', 'امام', 'بين', 'حتي',
  'اما', 'لكن', 'بل', 'ثم', 'كما', 'اذا', 'لو', 'لما', 'عندما', 'حين', 'حيث', 'بينما', 'فيما', 'ان', 'لا', 'لم', 'لن', 'ما', 'هل', 'كان', 'كانت',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'وفق', 'وفقا', 'حسب', 'بحسب', 'نحو', 'رغم', 'برغم', 'يذكر', 'يشار', 'جاء']);

/** One-letter abbreviations of titles written with a full stop (د. للدكتور، م. للمهندس، أ. للأستاذ). */
const TITLE_ABBREVIATIONS = new Set(['د', 'م', 'ا']);

/** Occasions and gatherings (تخلل الحفل تبادل التهاني): the subject of a verb that tells of them, never a speaker. */
const OCCASIONS = new Set(['حفل', 'احتفال', 'احتفاليه', 'مهرجان', 'معرض', 'ملتقي', 'مباراه', 'لقاء', 'زياره', 'جوله', 'حدث', 'مناسبه', 'عرس', 'سباق']);

/** Where the verb that opens i's sentence stands, past و/ف, قد and a fronted «on his part»; -1 when the first word is no verb. */
function openingVerb(cx: Detection, i: number): number {
  let v = sentenceStart(cx, i);
  // A line break with no full stop before it (a subheading, a paragraph) opens a sentence too.
  for (let k = i - 1; k > v; k--) {
    if (lineBreakBefore(cx, k)) {
      v = k;
      break;
    }
  }
  v = verbPastPreamble(cx, v);
  return v < i - 1 && verbShapeAt(cx, v) ? v : -1;
}

/**
 * Where the verb of a clause opening at v stands: past a fronted «on his part» (من جانبه عبر …،
 * ومن جهتها أكدت …, with or without its comma; only where `fronted` allows it) and قد/لقد.
 */
export function verbPastPreamble(cx: Detection, v: number, fronted = true): number {
  if (fronted && FRONTED_SIDE.test(norm(cx, v)) && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(norm(cx, v + 1))) v += isPunct(cx, v + 2) ? 3 : 2;
  return /^[وف]?(قد|لقد)$/.test(norm(cx, v)) ? v + 1 : v;
}

/**
 * Has the word at v the shape of a past verb that opens a clause: no article, no preposition,
 * particle, time word, title, name, known cue or relative, no ة and no plural وا?
 */
export function verbShapeAt(cx: Detection, v: number): boolean {
  if (tok(cx, v)?.kind !== 'word') return false;
  const w = norm(cx, v);
  const b = bare(w);
  if (w.length < 3 || b.length < 3 || b.startsWith('ال') || /^(بال|لل|وال|فال)/.test(w) || NOT_VERBS.has(w) || NOT_VERBS.has(b)
    || BARE_PREPOSITIONS.has(w) || CLAUSE_PARTICLES.has(w) || TIME_WORDS.has(w) || cx.complementizers.has(w) || cx.lex.npStops.has(w)
    || cx.lex.demonstratives.has(w) || cx.mentionOf[v] || verbAt(cx, v) || roleOf(cx, w) !== undefined || inSet(cx.lex.rankTitles, w)
    || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.quantifierHeads, w) || inSet(cx.lex.outletNouns, w) || isRelative(cx, v)) return false;
  // A word written with ة is a noun (رسالة، زيارة), never a past verb.
  if (cx.text.charCodeAt((tok(cx, v) as Token).end - 1) === 0x629) return false;
  // واحموا الوطن، قدموا الدعم: a plural verb carries its subject; the noun after it is its object.
  return !/[^ا]وا$/.test(w);
}

/**
 * وضعت الجماهير الغاضبة جملة …، افتتح الأمير معرضا، سجل فريق بحث أمريكي ارتفاع …: an indefinite
 * word after a definite one, or after an adjective of relation, is the verb's object.
 */
function objectAfterDefinite(cx: Detection, e: number): boolean {
  const p = norm(cx, e - 1);
  const w = norm(cx, e);
  // والناشطة الجنوبية: a definite word with و is coordinated with the subject, not its object;
  // تداول ناشطون مقطع فيديو: an indefinite word after a sound plural in ون is the object too.
  // (A word of three letters in ي is a name, not an adjective of relation: هدى سالم، علي حسن.)
  return (p.startsWith('ال') || /^.{3,}(ي|يه|يون|يين)$/.test(p) || /^[^وفبلك].{2,}ون$/.test(p)) && !/^و?ال/.test(w) && !/(ي|يه|يون|يين)$/.test(w) && !cx.mentionOf[e];
}

/** Nouns of a group that take a plural participle (فريق بحث …، مشيرين). */
const COLLECTIVES = new Set(['فريق', 'وفد', 'فرقه', 'لجنه', 'مجموعه', 'جمهور', 'جمع']);

/** Broken plurals of people, no one named (الجماهير، الأهالي، زوار المنطقة). */
const PEOPLE_PLURALS = new Set(['جماعات', 'جماهير', 'اهالي', 'زوار', 'سكان', 'نشطاء', 'شهود', 'خبراء', 'علماء', 'طلاب', 'عمال', 'مشجعين', 'حضور',
  // The press as a body of writers (سخرت الصحافة الكتالونية …، مشيرة): no one named.
  'صحافه', 'صحف']);

/**
 * GUIDELINE.md, kind: a group of people no one names (الجماهير الأهلاوية، زوار المنطقة، فريق بحث
 * أمريكي) is an anonymous source; a name or a definite description of one body is a named one.
 */
function withKind(cx: Detection, s: Source, a: number, e: number): Source {
  // A nationality after the head (فريق بحث أمريكي) names no one; a name at the head does.
  // A title (مساعد الرئيس التنفيذي … عبدالله الزيد) names one person, named by it.
  if (cx.mentionOf[a] || roleOf(cx, norm(cx, a)) !== undefined) return s;
  for (let k = a + 1; k < e; k++) if (cx.mentionOf[k]?.type === 'PER') return s;
  const h = norm(cx, a);
  const head = h.startsWith('ال') ? h.slice(2) : h;
  const group = !h.startsWith('ال') || /(ون|ين)$/.test(head) || PEOPLE_PLURALS.has(head);
  return group && s.entity === undefined ? { ...s, kind: 'anonymous' } : s;
}

/**
 * The head at a names someone who can speak: a name, a title, an unnamed source, an outlet, a
 * quantity of people, a crowd, the press or a team (الجماهير، زوار المنطقة، فريق بحث), or a sound plural of people
 * (المشاركون). Any other noun opening a sentence (حقوق الإنسان، قضية المولد، قطاع الاتصالات) is
 * as often a noun as a verb's subject, and not taken.
 */
function personLike(cx: Detection, a: number): boolean {
  const w = norm(cx, a);
  const h = w.replace(/^ال/, '');
  return cx.mentionOf[a]?.type === 'PER' || cx.mentionOf[a]?.type === 'ORG' || roleOf(cx, w) !== undefined || inSet(cx.lex.anonymousHeads, w)
    || inSet(cx.lex.outletNouns, w)
    || inSet(cx.lex.quantifierHeads, w) || PEOPLE_PLURALS.has(h) || COLLECTIVES.has(h) || /^ال.{3,}(ون|ين)$/.test(w) || titleInConstruct(cx, a);
}

/**
 * شيخ قبيلة بني عبدالله …، دكتور الجامعة: a rank title (الشيخ، الدكتور) in construct, without its
 * article. (Any indefinite noun before a name is not one: قضية المولد، دراسات عابدين.)
 */
function titleInConstruct(cx: Detection, a: number): boolean {
  const w = bareAt(cx, a);
  return !w.startsWith('ال') && !cx.mentionOf[a] && cx.lex.rankTitles.has(`ال${w}`);
}

/** The subject of the verb that opens the sentence of the cue at i (see the file comment), or undefined. */
export function openingVerbSubject(cx: Detection, i: number): Source | undefined {
  const v = openingVerb(cx, i);
  if (v < 0) return undefined;
  const found = speakingSubjectAfter(cx, v, i);
  if (!found) return undefined;
  const { source: s, a } = found;
  // يعمل الموظف بجد، مؤكدين: a plural participle takes only a subject of more than one, or a team.
  if (/^[وف]?م.{3,}ين$/.test(norm(cx, i)) && !pluralSource(cx, s) && !COLLECTIVES.has(norm(cx, a).replace(/^ال/, '')) && !PEOPLE_PLURALS.has(norm(cx, a).replace(/^ال/, ''))) return undefined;
  return s;
}

/**
 * The noun phrase right after the verb at v (VSO), ending before i, when it names someone who
 * can speak (personLike; with `dual`, a definite dual of people too); with where it starts (a).
 * Undefined when it does not.
 */
export function speakingSubjectAfter(cx: Detection, v: number, i: number, dual = false): { source: Source; a: number } | undefined {
  const a = v + 1;
  if (tok(cx, a)?.kind !== 'word' || cannotSpeakAt(cx, a)) return undefined;
  // The subject: a name, or a definite or construct phrase, up to a preposition, a verb or a mark.
  const w = bareAt(cx, a);
  // (A title is one even when its first letter reads as a conjunction: وكيل، وزير.)
  if (!cx.mentionOf[a] && !w.startsWith('ال') && !/^[^وفبلك].{2,}$/.test(w) && roleOf(cx, norm(cx, a)) === undefined) return undefined;
  // وأشاد بالقوات الخاصة: a noun with a preposition joined to its article is no subject, named or not.
  if (/^(بال|لل|كال)/.test(w)) return undefined;
  if (BARE_PREPOSITIONS.has(norm(cx, a)) || NOT_VERBS.has(norm(cx, a)) || cx.lex.nonSourceNouns.has(w) || verbAt(cx, a)
    || OCCASIONS.has(w.startsWith('ال') ? w.slice(2) : w)) return undefined;
  // زارت الأخصائيتان …، وأشارتا: for a dual cue, a definite dual of people (تان، يان) may speak.
  if (!personLike(cx, a) && !(dual && /^ال.{3,}(تان|يان)$/.test(norm(cx, a)))) return undefined;
  let e = a;
  // عبر د. محمد الجفري: the full stop of an abbreviated title is inside the subject.
  const titleDot = (k: number): boolean => norm(cx, k) === '.' && k > a && TITLE_ABBREVIATIONS.has(norm(cx, k - 1));
  while (e < i && e - a < 8 && (tok(cx, e)?.kind === 'word' || titleDot(e)) && !verbAt(cx, e) && !cx.complementizers.has(norm(cx, e)) && !isRelative(cx, e)
    && !(e > a && (BARE_PREPOSITIONS.has(norm(cx, e)) || NOT_VERBS.has(norm(cx, e)) || objectAfterDefinite(cx, e)))) e++;
  // A long title before a name (شيخ قبيلة … فيصل بن عبدالعزيز بن …): the name is not cut.
  const m = e > a ? cx.mentionOf[e - 1] : undefined;
  if (m?.type === 'PER' && m.last > e && m.last <= i) e = m.last;
  const s = e > a ? analyseNP(cx, a, e) : undefined;
  return s ? { source: withKind(cx, s, a, e), a } : undefined;
}
