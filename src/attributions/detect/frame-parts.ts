/**
 * The tests a frame scan makes on the words between a verb's subject and its content:
 * objects standing for what was said, names after titles, withheld names and asides.
 */
import type { Span, Token } from '../../core/types.js';
import type { Detection } from './context.js';
import {
  bareAt, closingQuote, isComma, isPunct, isQuoteOpen, isRelative, norm, roleOf, sentenceEnd, sentenceStart, span, tok, verbAt,
} from './lookups.js';
import {
  ALIF_ADVERBS, bare, bNoun, BRACKETS, COLONS, DATE_HEADS, DENIED_OBJECTS, FRAME_WORDS, inSet, MONTHS, PREP_PRONOUN,
  LAM_IFTIAL, PREPOSITIONS, REFUSAL, REPORT_OBJECTS, SHORT_VERBAL_NOUNS, SHORT_WORDS, TIME_WORDS, TRUTH_OBJECTS,
} from './word-sets.js';
import { outletStaffAt } from './outlet-staff.js';
import { genitiveHead, unnamedSourceAdjective } from './media-means.js';
import { groupNameQuote } from './named-group.js';
import { nicknameBeforeWords } from './quoted-nickname.js';
import { quotedAliasAt, quotedAliasClosesAt } from './quoted-alias.js';
import { quotedSubjectBeforePreposition } from './quoted-subject.js';
import { describedQuotedName } from './quoted-name-described.js';
import { moreVerbalNounShape } from './masdar-shapes.js';
import { ANNOUNCED_NOUNS, listedVerbalNoun } from './announced-nouns.js';

/** التزام، التزامها: a verbal noun of the shape افتعال from a root in ل, with or without its pronoun. */
export function lamIftial(w: string): boolean {
  return LAM_IFTIAL.has(w) || LAM_IFTIAL.has(w.replace(/(ه|ها|هم|هما)$/, ''));
}

/**
 * A clause between commas at j in which a source withholds its name (، لم يكشف عن اسمه،
 * ، رفضت الكشف عن هويتها،): the closing comma, the cue (the negated verb, or the verb of
 * refusing and its verbal noun) and the name withheld; undefined when there is none.
 */
export function identityAside(cx: Detection, j: number): { close: number; cue: Span; content: Span } | undefined {
  const first = bareAt(cx, j + 1);
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
  const w = bareAt(cx, j);
  return tok(cx, j)?.kind === 'word' && !w.startsWith('ال') && !cx.mentionOf[j] && w.length >= 4 && REPORT_OBJECTS.has(`ال${w}`);
}

export function looksLikeObject(cx: Detection, j: number, deny = false): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  // وصول، وقف، وفاة: a verbal noun whose first letter is و, not the conjunction; وجود only
  // after a denial (نفى X وجود …: noticing or finding it is perception).
  return w.length >= 4 && (!w.startsWith('ال') || lamIftial(w)) && (!w.startsWith('و') || SHORT_VERBAL_NOUNS.has(w) || (deny && DENIED_OBJECTS.has(w)))
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
  // أداءً، جزءً: the tanwin of the accusative written on a final hamza, after no alif.
  const t = tok(cx, j);
  const hamzaTanwin = t !== undefined && /ءً$/.test(cx.text.slice(t.start, t.end));
  if (t?.kind !== 'word' || w.length < 4 || (!w.endsWith('ا') && !hamzaTanwin) || w.startsWith('ال') || /^و?ال/.test(w) || /يا$/.test(w)
    || ALIF_ADVERBS.has(w) || ALIF_ADVERBS.has(bare(w)) || cx.mentionOf[j] || verbAt(cx, j) || cx.lex.npSkip.has(w)
    || cx.complementizers.has(w) || /(ها|نا|هما)$/.test(w) || SHORT_WORDS.has(w) || cx.lex.demonstratives.has(w.slice(1))) return false;
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
  const p = norm(cx, before);
  const m = cx.mentionOf[before];
  // شركة «أدنوك للتوزيع» عزمها: a quoted name ends the subject as a definite word does.
  // شركة X – المشغلة لقطار المشاعر – فتح باب …: a dash closing an aside, too.
  // أفادت مصادر هبوط أول طائرة: an unnamed source of one word before the verbal noun, too.
  if (!(bare(p).startsWith('ال') || p.startsWith('لل') || (m !== undefined && m.last === before + 1) || p === '»' || p === '”'
    || (cx.lex.anonymousHeads.has(p) && !genitiveHead(p) && !isPunct(cx, before - 1) && verbAt(cx, before - 1) !== undefined)
    // وأكدت وسائل إعلام رسمية استمرار …: an unnamed source closed by its adjective (media-means.ts).
    || unnamedSourceAdjective(cx, before)
    || ((p === '–' || p === '-') && tok(cx, before - 1)?.kind === 'word')
    // بعثة الأمم المتحدة في العراق "يونامي" مقتل …: straight marks closing a body's short name.
    || (p === '"' && quotedAliasClosesAt(cx, before)))) return false;
  // The shapes of masdar-shapes.ts only right after the subject, not past a frame phrase.
  return verbalNounShape(cx, j, deny) || (before === j - 1 && moreVerbalNounShape(cx, j));
}

/** The verbal nouns of the derived stems: تفعيل، استفعال، افتعال، انفعال (تطوير، استمرار، التزام، انسحاب). */
function derivedVerbalNoun(stem: string): boolean {
  return /^ت..ي.$/.test(stem) || /^است..ا.$/.test(stem) || /^ا.ت.ا.$/.test(stem) || /^ان..ا.$/.test(stem);
}

/**
 * An indefinite word at j of the shapes of a verbal noun (تسجيل، اختيار، استمرار، إصابتها),
 * not a name, a role, a title, an unnamed source or a quantifier.
 */
export function verbalNounShape(cx: Detection, j: number, deny = false): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || (/^(ال|لل)/.test(t.norm) && !lamIftial(t.norm)) || cx.mentionOf[j] || inSet(cx.lex.roles, t.norm) || cx.lex.rankTitles.has(t.norm)
    || cx.lex.anonymousHeads.has(t.norm) || cx.lex.quantifierHeads.has(t.norm) || cx.lex.npSkip.has(t.norm) || verbAt(cx, j)) return false;
  const w = t.norm.replace(/ت(ه|ها|هم|هما)$/, 'ه');
  const suffixed = w !== t.norm;
  const stem = w.replace(/ه$/, '');
  // دعمه، عزمها، نيته: a short verbal noun with its possessive pronoun.
  const owned = t.norm.replace(/(ه|ها|هم|هما)$/, '');
  return SHORT_VERBAL_NOUNS.has(stem) || SHORT_VERBAL_NOUNS.has(w) || ANNOUNCED_NOUNS.has(w) || (deny && DENIED_OBJECTS.has(t.norm)) || lamIftial(t.norm) || TRUTH_OBJECTS.has(t.norm) || (owned !== t.norm && SHORT_VERBAL_NOUNS.has(owned)) || derivedVerbalNoun(stem) || /^ت..يه$/.test(w)
    || /^ا..ا.$/.test(stem) || (suffixed && stem.length >= 4 && !/^[وفبلك]/.test(stem));
}

/** … من خلال فرق ضبط الجودة 13 مخالفة: a number and a counted noun after a definite word. */
export function countedObject(cx: Detection, j: number): boolean {
  return tok(cx, j)?.kind === 'number' && tok(cx, j - 1)?.kind === 'word' && bareAt(cx, j - 1).startsWith('ال')
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
  return SHORT_VERBAL_NOUNS.has(stem) || /^ت...$/.test(stem) && /^(عن|علي|الي|ب|في)$/.test(norm(cx, j + 1))
    || derivedVerbalNoun(stem) || /^ا..ا.$/.test(stem)
    || (PREP_PRONOUN.test(norm(cx, j + 1)) && isRelative(cx, firstWordOfClause(cx, j)));
}

/** The word before the verb of the clause j is in (for التي أعلنت X … الكشف عنها: التي). */
function firstWordOfClause(cx: Detection, j: number): number {
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
  // رئيس الاتحاد دعم الفرنسي X: a listed verbal noun is the object, no first name.
  if (listedVerbalNoun(cx, j)) return false;
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
  // The test of the next word first: it is the cheaper one, and asked at every token of the scan.
  if (norm(cx, a + 1) !== 'ان' || !/^(دون|بدون)$/.test(bareAt(cx, a))) return undefined;
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
  return REFUSAL.has(bareAt(cx, j)) && !PREPOSITIONS.has(bareAt(cx, j)) && identityNear(cx, j);
}

/** وفقا لتقرير: the noun phrase starts inside the ل-word; a lone ل is skipped. */
export function needsLStart(cx: Detection, k: number): number {
  return norm(cx, k) === 'ل' ? k + 1 : k;
}

/** "اللواء الركن جارالله بن محمد": a rank, then a name (a second title, بن, or a person). */
function rankedName(cx: Detection, j: number, c: number): boolean {
  if (!cx.lex.rankTitles.has(norm(cx, j + 1))) return false;
  if (cx.lex.rankTitles.has(norm(cx, j + 2)) || cx.mentionOf[j + 2]?.type === 'PER') return true;
  for (let k = j + 2; k < c; k++) if (norm(cx, k) === 'بن') return true;
  return false;
}

/** A quoted span [j, c] is a name (صحيفة "الخبر"، "رويترز" إن) rather than quoted words. */
export function quoteIsName(cx: Detection, j: number, c: number): boolean {
  if (c <= j + 1 || c - j > 9) return false;
  if (c - j > 6 && !rankedName(cx, j, c)) return false;
  const before = norm(cx, j - 1);
  const noun = before.startsWith('ل') && !before.startsWith('ال') && before.length > 3 ? before.slice(1) : before;
  const role = roleOf(cx, noun) ?? roleOf(cx, before);
  if (inSet(cx.lex.outletNouns, noun) || inSet(cx.lex.carrierNouns, noun) || (role !== undefined && role !== 'person')) return true;
  // مجموعة «فاغنر»، مجموعة بريتش بتروليوم "بي بي" العالمية: a group's name (named-group.ts).
  if (groupNameQuote(cx, j, c)) return true;
  // وزارة الدفاع الأمريكية «البنتاغون» عن …: a body's short name after its full name (quoted-alias.ts).
  if (quotedAliasAt(cx, j, c)) return true;
  // مراسل «العربية»، مندوب "الرياض": the outlet of a correspondent (outlet-staff.ts).
  if (c - j <= 4 && outletStaffAt(cx, j - 1)) return true;
  const after = norm(cx, c + 1);
  // مدير معهد «سرب» المهندس …، قائد القوة "اللواء الركن …": a title runs on or opens the quotation.
  if (cx.lex.rankTitles.has(after) || rankedName(cx, j, c)) return true;
  if (c - j <= 3 && (after === 'في' || after === 'خلال' || after === 'ل' || after.startsWith('لل'))) return true;
  // نقلت «الوطن» عن …، علمت «الوطن» من …: a relaying verb's subject before whom it relays.
  const v = verbAt(cx, j - 1);
  if (c - j <= 4 && v?.chain && (after === 'عن' || v.chainPreps.includes(after))) return true;
  // كشفت "موبايلي" عن إطلاق …: the verb's own preposition after the name (quoted-subject.ts).
  if (quotedSubjectBeforePreposition(cx, j, c)) return true;
  // وذكرت «أم باسم» التي تعمل …، أن: a short quoted name that a relative clause describes.
  if (c - j <= 4 && verbAt(cx, j - 1) !== undefined && /^(التي|الذي|اللذين|اللتين|الذين)$/.test(after)) return true;
  // وعدت مجموعة العمل المشتركة «تاسك فورس» بتقديم …: a short quoted name after a definite
  // subject, then a complement with ب.
  if (c - j <= 4 && bare(before).startsWith('ال') && after.length > 3 && after.startsWith('ب') && !bNoun(after)) return true;
  // وتقول "أليس" البالغة من العمر …: a quoted name with its age or a description (quoted-name-described.ts).
  if (describedQuotedName(cx, j, c)) return true;
  // ويقول القارئ "أبو خالد" "الأسعار …": a nickname before the quoted words (quoted-nickname.ts).
  if (nicknameBeforeWords(cx, j, c)) return true;
  return c - j <= 4 && (cx.complementizers.has(after) || isComma(cx, c + 1) || COLONS.has(after));
}

/**
 * Where the name of a publisher or a translator after the verb at j ends (نشرته وكالة سبأ،
 * ترجمته "عربي21"): at punctuation (a quoted name passes whole, quoted words end it), a
 * complementizer or a colon, after `max` words, or where `stop` says.
 */
export function publisherEnd(cx: Detection, j: number, limit: number, max: number, stop: (k: number) => boolean = () => false): number {
  let k = j + 1;
  while (k < limit && k - j <= max && !(isPunct(cx, k) && !isQuoteOpen(cx, k)) && !cx.complementizers.has(norm(cx, k)) && !COLONS.has(norm(cx, k)) && !stop(k)) {
    if (isQuoteOpen(cx, k)) {
      const c = closingQuote(cx, k, limit);
      if (c > k && quoteIsName(cx, k, c)) k = c;
      else break;
    }
    k++;
  }
  return k;
}

/** Particles that begin with ل (لأن، لكن): no noun with the preposition ل on it (لانخفاض، للظروف is one). */
const L_PARTICLES = new Set(['لا', 'لان', 'لانه', 'لانها', 'لاسيما', 'لكن', 'لكنه', 'لكنها', 'لكي', 'لم', 'لن', 'لدي', 'لقد', 'لو', 'لما', 'لذا', 'لذلك', 'لهذا']);

/** Is the content starting at cs introduced by one of the words (see VerbEntry.introducers)? */
export function introduced(cx: Detection, cs: number, words: string[], objectOK: boolean): boolean {
  const first = norm(cx, cs);
  const p = norm(cx, cs - 1);
  // 'ب' and 'ل' stand for the preposition written on the content's first word (بضرورة، تطرق للحديث).
  const joined = (w: string): boolean => words.includes(w) || (words.includes('ب') && w.length > 2 && w.startsWith('ب') && !bNoun(w))
    || (words.includes('ل') && w.length > 2 && w.startsWith('ل') && !L_PARTICLES.has(w));
  if (joined(first)) return true;
  if (isQuoteOpen(cx, cs) || COLONS.has(p)) return words.includes(':');
  if (!cx.complementizers.has(p) && !cx.complementizers.has(bare(p))) {
    // أرجع انخفاض الأرباح إلى …: a nominal object, then the word that completes it.
    if (!objectOK) return false;
    for (let k = cs + 1; k < Math.min(sentenceEnd(cx, cs), cs + 12) && !isComma(cx, k); k++) if (words.includes(norm(cx, k))) return true;
    return false;
  }
  if (words.includes('ان')) return true;
  // 'على أن': that word right before أن.
  if (words.some((x) => x.endsWith(' ان') && x.slice(0, -3) === bareAt(cx, cs - 2))) return true;
  if (words.includes(p) || (words.includes('ب') && p.startsWith('ب'))) return true;
  const r = norm(cx, cs - 2);
  return words.includes(r) || words.includes(bare(r)) || cx.lex.sayingNouns.has(r);
}

/** Verbal nouns of speaking that take the speaker's pronoun (حديثه، كلامها، رسالته). */
const TALK_NOUNS = new Set(['حديث', 'كلام', 'رساله', 'خطاب', 'سوال', 'كلمه', 'تحيه', 'شكر', 'نداء', 'دعوه', 'رد', 'تعليق', 'نقد', 'انتقاد']);

/**
 * حديثه، كلامها، ارتداءها، تعيينه: a verbal noun with a possessive pronoun, not a person
 * (محاميه، والده، شقيقته keep their place as speakers).
 */
export function ownedVerbalNoun(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || cx.mentionOf[j] || inSet(cx.lex.roles, t.norm) || cx.lex.anonymousHeads.has(t.norm) || cx.lex.rankTitles.has(t.norm)) return false;
  // The pronoun is written ه, never ة (which the normaliser also turns into ه: سيرة is no سيره).
  const raw = cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, '');
  const m = /^(.{2,}?)(ه|ها|هم|هما)$/.exec(t.norm);
  if (!m || !/(ه|ها|هم|هما)$/.test(raw) || bare(t.norm).startsWith('ال')) return false;
  const stem = (m[1] as string).replace(/ت$/, 'ه');
  const bareStem = stem.replace(/ه$/, '');
  return TALK_NOUNS.has(stem) || TALK_NOUNS.has(bareStem) || SHORT_VERBAL_NOUNS.has(stem) || SHORT_VERBAL_NOUNS.has(bareStem)
    || derivedVerbalNoun(stem);
}

/**
 * عند وصوله، إثر لقائه: عند or إثر at j before a verbal noun owned by the speaker ("upon his
 * arrival") opens a frame phrase; عند الساعة الثامنة, a time of day, does not.
 */
export function uponDoingAt(cx: Detection, j: number): boolean {
  const w = norm(cx, j);
  if (w !== 'عند' && w !== 'اثر') return false;
  if (ownedVerbalNoun(cx, j + 1)) return true;
  // سؤاله، لقائه، تسلمها: a noun with a possessive pronoun written ه (never ة), not a person.
  const t = tok(cx, j + 1);
  if (!t || t.kind !== 'word' || cx.mentionOf[j + 1] || inSet(cx.lex.roles, t.norm) || bare(t.norm).startsWith('ال')) return false;
  const raw = cx.text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, '');
  return /^.{3,}(ه|ها|هم|هما)$/.test(raw);
}

/** موجهاً، مشيراً: a participle with the tanwin of the accusative written, never a subject. */
export function accusativeParticiple(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || cx.mentionOf[j]) return false;
  const raw = cx.text.slice(t.start, t.end);
  return (/^[وف]?م/.test(t.norm) && /(اً|ًا)$/.test(raw) && t.norm.length >= 4) || verbAt(cx, j)?.participle === true;
}
