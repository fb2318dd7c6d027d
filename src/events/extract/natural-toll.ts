/**
 * Deaths and destruction that floods, rains, storms, earthquakes, heat or an epidemic cause are
 * no attack: «46 شخصا لقوا مصرعهم … بالفيضانات»، «الأمطار الموسمية … تتسبب في مقتل المئات»،
 * «أمطار غزيرة … تسبب في تدمير آلاف المنازل»، «الفيروس الذي أودى بحياة …». A toll word (killing,
 * death, destruction) whose sentence names such a cause, and no weapon or attack, is dropped.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** Lemmas that tell a toll or damage, not the attack itself. */
const TOLL_WORDS = new Set(['قتل', 'مصرع', 'حتف', 'اودي', 'دمر', 'دمار', 'حصد', 'اوقع', 'اصابه', 'سقط', 'سقوط'].map((w) => normaliseString(w)));

/** Natural and medical causes (bare, folded). */
const NATURAL = /^(ال)?(امطار|مطر|فيضان|فيضانات|سيول|سيل|زلزال|زلازل|اعصار|اعاصير|اعصارا|اعصار|اعاصير|انهيارات|انزلاق|انزلاقات|جفاف|مجاعه|فيروس|وباء|اوبئه|الحر|حراره|متلازمه|كورونا|ايبولا|الكوليرا|كوليرا|انفلونزا|تسونامي|عواصف|ثلوج|صواعق|صاعقه|امواج)$/;

/** Words of arms and attacks that make the sentence one of violence after all. */
const VIOLENT = /^(ال)?(ارهاب|تطرف|هجوم|هجمات|قصف|غاره|غارات|انفجار|تفجير|رصاص|مسلح|مسلحين|مسلحون|ارهابي|ارهابيه|ارهابيين|اشتباكات|صاروخ|صواريخ|قذيفه|قذائف|عبوه|انتحاري)$/;

/** Whether the toll word of candidate c is caused by nature or disease, as its sentence tells. */
export function naturalToll(doc: Doc, c: Candidate): boolean {
  const { tokens, bare } = doc;
  // Lemmas listed by full forms only (أودى، أودت) have no stem label: their word is read instead.
  if (c.type !== 'ASSAULT' || !(TOLL_WORDS.has(normaliseString(c.lemma.label)) || /^(و|ف)?(اودي|اودت|يودي|تودي)$/.test(tokens[c.tok]!.norm))) return false;
  const s = sentenceOf(doc, c.tok);
  let natural = false;
  for (let k = Math.max(0, c.tok - 25); k < tokens.length && k <= c.tok + 25; k++) {
    if (sentenceOf(doc, k) !== s) continue;
    const w = tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?(?=..)/, '');
    if (VIOLENT.test(bare[k]!) || VIOLENT.test(w)) return false;
    if (NATURAL.test(bare[k]!) || NATURAL.test(w) || NATURAL.test(tokens[k]!.norm)) natural = true;
  }
  return natural;
}
