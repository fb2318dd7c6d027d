/**
 * An attack made in words: هاجم، مهاجمة، هجوم، or a هجوم launched (شن هجوما), told of a speaker
 * and what he said rather than of arms. The guideline makes criticism ACCUSE, and Arabic news says
 * «هاجم» of a minister, a preacher or a columnist as often as of gunmen. It is verbal when
 * - its object is words, a policy, an agreement or a government (هاجم قرارا، هاجم السياسات
 *   الإيرانية، شن هجوما على الحكومة);
 * - its kind, its tone or its level is told (هجوم إعلامي، هجوما لاذعا، رفع سقف هجومه); the
 *   figurative sense filter would otherwise drop an attack in the media as no event;
 * - it is made in a statement, a speech or a tweet (في تصريح، خلال مقابلة، في كلمة هاجم فيها،
 *   تغريداته التي هاجم فيها، في بيان … مهاجمة الوزير);
 * - what the speaker said, called or asked for follows it (قائلا، معتبرا إياه، واصفا، مؤكدا،
 *   واتهمه);
 * - a person of words, a writer, a journalist, an academic, an artist, stands right after the
 *   verb or is its doer before it (هاجم الإعلامي، كتاب ومثقفون شنوا هجوما);
 * - one person is its doer and a country or a body its object (هاجم خامنئي الولايات المتحدة):
 *   one man does not assault a state;
 * - an attack in words was already told in the document, and this one shares a party with it
 *   or names its doer by a pronoun (هجوم الأخير على الوزير، هجومه على …).
 * None of this holds when arms, fighters as its doer, a toll or a place under attack stand in its
 * clause (هاجم مسلحون القرية قائلين …، هجوم انتحاري خلال مؤتمر، الهجوم على مبنى الوزارة), nor for
 * a definite noun that takes up an attack of force told before it: an attack of force stays
 * ASSAULT. Fighters as the object (هاجم الوزير الميليشيات في كلمته) do not make it one.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { candidateType, type Doc, sentenceOf } from './context.js';
import { isBoundary, PLACE_NOUNS } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** What a verbal attack is made on: words, policies, positions, deals, a government (folded, bare). */
const SPEECH_OBJECTS = new Set([
  'سياسه', 'سياسات', 'قرار', 'قرارا', 'قرارات', 'تصريحات', 'تصريح', 'موقف', 'مواقف', 'تقرير', 'خطاب', 'اداء', 'دعوه', 'دعوات',
  'نهج', 'تدخل', 'تدخلات', 'اتفاق', 'اتفاقيه', 'صفقه', 'قانون', 'افكار', 'اراء', 'فتوي', 'فتاوي', 'حكومه', 'حكومات', 'منتقدي',
  'انتقادات', 'اعلام', 'تصرفات',
]);
/** The tone of a verbal attack (هجوما لاذعا، حملة حادة). */
const TONE = new Set(['لاذع', 'لاذعا', 'لاذعه', 'حاد', 'حادا', 'حاده']);
/** Where a verbal attack is made (في تصريح، خلال مقابلة، عبر تغريدة), bare, with its plural. */
const SPEECH_FRAMES = new Set([
  'تصريح', 'تصريحات', 'كلمه', 'بيان', 'خطاب', 'خطابات', 'مقابله', 'تغريده', 'تغريدات', 'حديث', 'مؤتمر', 'لقاء', 'جلسه',
  'مقال', 'مقاله', 'مداخله', 'حوار', 'خطبه', 'محاضره', 'ندوه', 'تدوينه', 'منشور', 'كلام',
]);
/** What the speaker said, called the other or asked for, right after his attack (قائلا، معتبرا إياه، واصفا). */
const SPEECH_MANNER = new Set([
  'معتبرا', 'معتبره', 'معتبرين', 'واصفا', 'واصفه', 'واصفين', 'داعيا', 'داعيه', 'متهما', 'متهمه', 'قائلا', 'قائله', 'قائلين',
  'مؤكدا', 'مؤكده', 'مشيرا', 'مشيره', 'مضيفا', 'مضيفه', 'موضحا', 'مشددا', 'مطالبا', 'مطالبه', 'محذرا', 'لافتا', 'منتقدا',
  'مستنكرا', 'ساخرا',
]);
/** Persons of words, whose attacks are made in words (الإعلامي، كتاب ومثقفون، الصحافة). */
const WORD_PEOPLE = /^(ال)?(اعلامي|اعلاميه|اعلاميون|اعلاميين|كاتب|كاتبه|كتاب|صحفي|صحافي|صحفيه|صحفيون|صحفيين|صحافه|صحف|صحيفه|مجله|اكاديمي|اكاديميون|مفكر|مفكرون|محلل|داعيه|دعاه|مغرد|مغردون|مغردين|مثقف|مثقفون|مثقفين|خطيب|مذيع|مذيعه|اديب|شاعر|روائي|معلق|اعلام|فنان|فنانه|فنانون|ممثل|ممثله|مغني|مغنيه|مطرب|مطربه|ملحن|مخرج)$/;
/** Kinds of attack made in words (هجوم إعلامي، هجوما شخصيا، هجومها العقائدي). */
const SPEECH_KIND = /^(ال)?(اعلامي|كلامي|لفظي|سياسي|عقائدي|فكري|شخصي|اعلاميه|كلاميه|لفظيه|سياسيه|عقائديه|فكريه|شخصيه)(ا)?$/;
/** The level of an attack in words (رفع سقف هجومه، لهجة الهجوم). */
const LEVEL = /^(ال)?(سقف|لهجه|نبره)$/;
/** Fighters and armed bodies: as the doer of an attack they tell one of force (هاجم مسلحون، هجوم المتمردين). */
const FIGHTERS = /^(ال)?(قوات|قوه|جيش|جنود|جندي|حرس|شرطه|ميليشيا|ميليشيات|مليشيا|مليشيات|مسلح|مسلحا|مسلحه|مسلحون|مسلحين|مسلحو|مسلحي|مسلحتان|مسلحان|مقاتل|مقاتلون|مقاتلين|مقاتلو|مقاتلي|مقاتلونا|متمرد|متمردون|متمردين|متمردو|متمردي|انتحاري|انتحاريه|انتحاريان|انتحاريون|انتحاريين|ارهابي|ارهابيه|ارهابيون|ارهابيين|متشدد|متشددون|متشددين|مستوطن|مستوطنون|مستوطنين|طائرات|طائره|مقاتلات|مروحيات|مروحيتين|دبابات|عصابه|عصابات|مجهولون|مجهولين)$/;
/** Arms, means and kinds of force: anywhere in the clause of an attack they tell one of force. */
const ARMS = /^(ال)?(اسلحه|سلاح|صواريخ|صاروخ|قذائف|قذيفه|عبوه|عبوات|ناسفه|سكين|سكاكين|رصاص|نيران|نار|متفجرات|مفخخه|ملغومه|قنابل|قنبله|هاون|مدفعيه|غارات|غاره|قصف|اشتباكات|عسكري|عسكريه|صاروخي|انتحاري|انتحاريا|ارهابي|ارهابيا)$/;
/** Words of a toll (قتلى، جرحى، مقتل، أصيب). */
const TOLL = /^(ال)?(قتيل|قتيلا|قتلي|جريح|جريحا|جرحي|مصاب|مصابا|مصابين|شهيد|شهيدا|شهداء|ضحيه|ضحايا|مقتل|اصابه|قتل|قتلوا|قتلت|اصيب|اصيبوا|جرح|استشهد|استشهاد|مصرع)$/;
/** Heads of persons who speak for a body (رئيس وفد المعارضة المسلحة): the fighters' word after them names no doer of force. */
const SPOKESMAN = /^(ال)?(رئيس|وفد|زعيم|متحدث|ناطق|مسؤول|ممثل|عضو|مستشار|امين|باسم)$/;
/** Places and things under attack (هاجموا منزلا، الهجوم على مبنى الوزارة). */
const TARGETS = /^(ال)?(منزل|منازل|مبني|مباني|مقر|مقار|قاعده|قواعد|معسكر|معسكرات|موقع|مواقع|مركز|مراكز|نقطه|حاجز|ثكنه|سفينه|سفن|قافله|دوريه|موكب|حافله|سياره|كنيسه|مسجد|فندق|منتجع|سفاره|قنصليه|محطه|سجن|مطار|ميناء|قريه|بلده|مدينه|مخيم|حي|احياء|مدرسه|مستشفي|متجر|سوق)$/;
/** Prepositions that govern a noun of attack (في هجوم، بعد هجوم، إثر هجوم). */
const PREPOSITIONS = /^(و)?(في|من|علي|الي|عن|بعد|قبل|اثر|عقب|خلال|منذ|جراء|ضد|حول|مع)$/;
/** Words that open a new clause before an attack (كما هاجم، وقال إن …). */
const CLAUSE_OPENERS = /^(و)?(كما|فيما|بينما|حيث|بعدما|عندما|قال|قالت|اضاف|اضافت|ان|انه|انها)$/;
/** Pronouns that resume the frame of an attack told in it (في كلمة هاجم فيها). */
const RESUMPTIVE = /^(فيها|فيه|خلالها|خلاله|عبرها|عبره)$/;

/** Whether token k stands in the sentence and the clause of token i, with nothing of a new clause between. */
function sameClause(doc: Doc, i: number, k: number): boolean {
  const { tokens } = doc;
  if (k < 0 || k >= tokens.length || sentenceOf(doc, k) !== sentenceOf(doc, i)) return false;
  const [a, b] = k < i ? [k, i] : [i, k];
  for (let j = a + 1; j < b; j++) if (isBoundary(tokens[j]!) && tokens[j]!.norm !== '،') return false;
  return true;
}

/** A word without و/ف, ب/ل and its article; also without its pronoun or accusative ending (تغريداته → تغريدات، بيانا → بيان). */
function stems(doc: Doc, k: number): string[] {
  const plain = doc.tokens[k]!.norm.replace(/^(و|ف)(?=..)/, '');
  const forms = [doc.bare[k]!, plain, plain.replace(/^(ب|ل)(?=...)/, '')];
  const endings = [/(ه|ها|هم|هما|ي|نا)$/, /ا$/, /ت(ه|ها|هم)$/];
  return [...forms, ...endings.flatMap((e, n) => forms.map((w) => w.replace(e, n === 2 ? 'ه' : '')))];
}

/** The head of the attack: the trigger, or the هجوم/حملة a شن trigger launches. */
function attackHead(doc: Doc, c: Candidate): number | undefined {
  const label = normaliseString(c.lemma.label);
  if (label === 'هاجم' && (c.reading.pos === 'verb' || c.reading.pos === 'noun')) return c.tok;
  if (label !== 'شن') return undefined;
  const { tokens, bare } = doc;
  for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 4 && sameClause(doc, c.tok, k); k++) {
    if (/^(هجوم|هجوما|هجمات|حمله|حملات)$/.test(bare[k]!)) return k;
  }
  return undefined;
}

/** Whether fighters, arms, casualties or a place under attack stand in the clause of the attack at `head`. */
function forceInClause(doc: Doc, c: Candidate, head: number): boolean {
  const { tokens, bare, isCandidate, mentionAt } = doc;
  const from = Math.min(c.tok, head);
  const force = (k: number, fighters: boolean) => {
    const w = stems(doc, k);
    if (w.some((x) => ARMS.test(x) || TOLL.test(x))) return true;
    if (!fighters || !w.some((x) => FIGHTERS.test(x))) return false;
    // «رئيس وفد المعارضة المسلحة»: one who speaks for the fighters.
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (SPOKESMAN.test(bare[j]!)) return false;
    return true;
  };
  for (let k = from - 1; k >= from - 10 && sameClause(doc, from, k); k--) {
    if (force(k, true)) return true;
    if (isCandidate[k] || CLAUSE_OPENERS.test(tokens[k]!.norm)) break;
  }
  for (let k = from + 1; k < tokens.length && k - head <= 12 && sameClause(doc, head, k); k++) {
    if (k === head) continue;
    // Fighters right after the attack are its doer (هاجم مسلحون، هجوم المتمردين، هجوم لمسلحين).
    if (force(k, k - head <= 2 && !/^(علي|ضد)$/.test(tokens[k - 1]!.norm))) return true;
    // A place or a building as its object (هاجموا منزلا، على مبنى الوزارة، هاجموا بلدة …).
    // (The place nouns that begin a name, جنوب السودان, are a country's.)
    const m = mentionAt[k];
    if (k - head <= 5 && !m && stems(doc, k).some((x) => TARGETS.test(x) || PLACE_NOUNS.has(x))) return true;
    if (k - head <= 5 && m && m.entity.type === 'LOC') return true;
  }
  return false;
}

/** Whether a word right after the attack tells it was made in words: its object, tone, frame or what was said. */
function wordsAfter(doc: Doc, c: Candidate, head: number): boolean {
  const { tokens, bare, isCandidate } = doc;
  // What the speaker said after a comma (قائلا، مؤكدا) is said of the act the clause tells, not of an
  // attack governed by a preposition (أشاد بزميليه في هجوم الفريق، مؤكدا …).
  const predicate = c.reading.pos === 'verb' || head !== c.tok
    || (!/^(و|ف)?(ب|ل|ك)/.test(c.reading.proclitics) && !(c.tok > 0 && PREPOSITIONS.test(tokens[c.tok - 1]!.norm)));
  let comma = false;
  for (let k = head + 1; k < tokens.length && k - head <= 10 && sentenceOf(doc, k) === sentenceOf(doc, head); k++) {
    const t = tokens[k]!;
    if (t.norm === '.' || t.norm === '؛' || t.norm === ':') break;
    const w = stems(doc, k);
    if (predicate && SPEECH_MANNER.has(t.norm.replace(/^و/, ''))) return true;
    // «هاجمت الصحافة الاتحاد واتهمته»: an accusation coordinated with it.
    if (isCandidate[k] && /^و/.test(t.norm) && candidateType(doc, k) === 'ACCUSE') return true;
    // Its object: the verb's (هاجم الوزير القرار), or the noun's after على (هجومه على سياسات …); an
    // event noun may be one (هاجم الاتفاق).
    const object = !comma && (c.reading.pos === 'verb' || /^(و)?(علي|ضد)$/.test(tokens[k - 1]!.norm));
    if (k - head <= 5 && object && w.some((x) => SPEECH_OBJECTS.has(x))) return true;
    if (isCandidate[k] || (isBoundary(t) && t.norm !== '،')) break;
    // «هاجم الملحن المغنية، عبر لقاء تلفزيوني»: the frame of the attack right after a comma.
    if (k >= 2 && tokens[k - 2]!.norm === '،' && w.some((x) => SPEECH_FRAMES.has(x)) && /^(و)?(في|خلال|عبر)$/.test(tokens[k - 1]!.norm)) return true;
    if (t.norm === '،') comma = true;
    if (comma) continue;
    if (k - head === 1 && SPEECH_KIND.test(bare[k]!)) return true;
    if (k - head <= 2 && (TONE.has(bare[k]!) || TONE.has(t.norm))) return true;
    if (k - head <= 8 && w.some((x) => SPEECH_FRAMES.has(x)) && /^(و)?(في|خلال|عبر)$/.test(tokens[k - 1]!.norm)) return true;
    if (k - head <= 3 && WORD_PEOPLE.test(bare[k]!) && (c.reading.pos === 'verb' || normaliseString(c.lemma.label) === 'شن')) return true;
  }
  return false;
}

/** Whether words before the attack tell it was made in words: its frame, its level or its doer. */
function wordsBefore(doc: Doc, c: Candidate, head: number): boolean {
  const { tokens, bare } = doc;
  const resumed = head + 1 < tokens.length && RESUMPTIVE.test(tokens[head + 1]!.norm);
  // «مهاجمة الوزير» as the circumstance of a statement (خرجت في بيان … مهاجمة الوزير).
  const circumstantial = c.reading.pos === 'noun' && head === c.tok && c.reading.proclitics === '' && /^مهاجمه$/.test(bare[head]!);
  if (head > 0 && LEVEL.test(bare[head - 1]!)) return true;
  for (let k = c.tok - 1; k >= c.tok - 8 && sameClause(doc, c.tok, k); k--) {
    const w = stems(doc, k);
    if ((resumed || circumstantial) && w.some((x) => SPEECH_FRAMES.has(x))) return true;
    // «كتاب ومثقفون شنوا هجوما»: persons of words as its doer, before the verb.
    if (c.tok - k <= 4 && c.reading.pos === 'verb' && WORD_PEOPLE.test(bare[k]!) && !/^(ب|ل|ك)/.test(tokens[k]!.norm.replace(/^(و|ف)/, ''))) return true;
  }
  return false;
}

/** «هاجم خامنئي الولايات المتحدة»: one person attacks a country or a body. */
function personAgainstState(doc: Doc, c: Candidate): boolean {
  if (c.reading.pos !== 'verb' || c.actor.length !== 1 || c.recipient.length === 0) return false;
  const type = (id: string) => doc.input.entities.find((e) => e.id === id)?.type;
  return type(c.actor[0]!) === 'PER' && c.recipient.every((id) => type(id) === 'GPE' || type(id) === 'ORG');
}

/**
 * An earlier attack in words of the document that this one takes up: they share a party, or its
 * doer is a pronoun or «the latter» (هجوم الأخير على …، هجومه على …).
 */
function takesUpVerbal(doc: Doc, c: Candidate, head: number): boolean {
  const earlier = doc.cands.filter((p) => p.tok < c.tok && p.type === 'ACCUSE' && attackHead(doc, p) !== undefined);
  if (earlier.length === 0) return false;
  const parties = new Set([...c.actor, ...c.recipient]);
  if (earlier.some((p) => [...p.actor, ...p.recipient].some((id) => parties.has(id)))) return true;
  const next = doc.tokens[head + 1]?.norm ?? '';
  const word = doc.tokens[head]!.norm;
  const pronoun = word !== doc.bare[head] && /(ه|ها|هم|هما)$/.test(word);
  return c.reading.pos === 'noun' && (/^(الاخير|الاخيره)$/.test(next) || pronoun);
}

/** «أعلنت الجماعة مسؤوليتها عن الهجوم على المبنى … وجاء في البيان أن الهجوم موجه ضد سياسة …»: the definite noun takes up an attack of force already told. */
function takesUpForce(doc: Doc, c: Candidate, head: number): boolean {
  if (head !== c.tok || c.reading.pos !== 'noun' || !/ال$/.test(c.reading.proclitics)) return false;
  return doc.cands.some((p) => p.tok < c.tok && p.type === 'ASSAULT' && attackHead(doc, p) !== undefined);
}

/** Whether the ASSAULT candidate c is an attack in words, which the guideline makes an accusation. */
export function verbalAttack(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'ASSAULT') return false;
  const head = attackHead(doc, c);
  if (head === undefined || forceInClause(doc, c, head) || takesUpForce(doc, c, head)) return false;
  return wordsAfter(doc, c, head) || wordsBefore(doc, c, head) || personAgainstState(doc, c) || takesUpVerbal(doc, c, head);
}
