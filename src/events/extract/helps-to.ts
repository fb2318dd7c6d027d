/**
 * «لا تساعد على تعزيز العلاقات»، «بما يساعد على تحقيق الأمن»، «العوامل التي تساعد على بقاء
 * التنظيم»، «سوف يساعد على خلق مناخ»: ساعد right before على or في is «helps to, contributes to».
 * Said of a thing (after a relative, ما/بما/مما, a negation, a particle of mood or of the future)
 * it gives no aid to anyone. A party that helps bring an act about (بعدما ساعدت عُمان على إطلاق
 * سراح الرهينة) is aid, and is left alone.
 */
import { type Doc, inSentenceOf, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** Words before «يساعد على» that make its subject a thing or leave the help unreal. */
const BEFORE = /^(و)?(ما|مما|بما|لا|قد|سوف|ان|التي|الذي|اللتي|اللذي)$/;

/** Whether the verb ساعد at i is «helps to» (على or في right after it) said of a thing. */
export function helpsToward(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const k = i + 1;
  if (k >= tokens.length || i === 0 || sentenceOf(doc, k) !== sentenceOf(doc, i) || sentenceOf(doc, i - 1) !== sentenceOf(doc, i)) return false;
  return /^(علي|في)$/.test(tokens[k]!.norm) && BEFORE.test(tokens[i - 1]!.norm);
}

/** States, armed and official bodies and groups that act for them, bare (with or without a possessive pronoun). */
const STATE_BODY = /^(دول|دوله|بلاد|بلد|حكومه|حكومات|جيش|جيوش|قوات|سلطات|شرطه|استخبارات|مخابرات|اجهزه|وزاره|تحالف|ميليشيات|مليشيات|جماعه|جماعات|تنظيم|نظام)$/;

/**
 * «ساعدت الرياح في امتداد الحريق»، «الإرضاع يساعد على بقاء الهرمون»، «ساعدت شبكة الطرق على …»،
 * «تهدف إلى مساعدة الشباب على الزواج»: «helps (someone) to do» with no named party on either side
 * is said of a thing, a habit or people at large; no aid is told of anyone. The verb reads على or
 * في within four words after it (past its object), the singular noun only على (with في, «للمساعدة
 * في جهود الإنقاذ», it is the help itself; the plural, «تقدم المساعدات … على شكل», is aid given).
 * With a named helper or helped, or a state or a force unnamed next to the verb, it is aid, and
 * left alone (ساعدت عُمان على إطلاق سراح الرهينة، جماعة تساعد المهاجرين في الحصول على وثائق).
 */
export function partylessHelpToward(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'AID' || c.lemma.label !== 'ساعد' || c.actor.length > 0 || c.recipient.length > 0) return false;
  const { tokens } = doc;
  // «الاستخبارات الغربية ساعدت بلاده على منع هجمات»: a state or a force unnamed is still a party.
  for (let k = c.tok - 2; k <= c.tok + 2; k++) {
    const w = k !== c.tok && inSentenceOf(doc, k, c.tok) ? doc.bare[k]! : '';
    if (STATE_BODY.test(w) || STATE_BODY.test(w.replace(/(ه|ها|هم)$/, ''))) return false;
  }
  // The plural (المساعدات، مساعدات) is aid given, never «help to».
  if (c.reading.pos !== 'verb' && !/^مساعد(ه|ت)?$/.test(doc.bare[c.tok]!.replace(/(ه|ها|هم|هما)$/, ''))) return false;
  const to = c.reading.pos === 'verb' ? /^(علي|في)$/ : /^علي$/;
  for (let k = c.tok + 1; k <= c.tok + 4 && inSentenceOf(doc, k, c.tok); k++) {
    if (isBoundary(tokens[k]!)) return false;
    if (to.test(tokens[k]!.norm)) return k + 1 < tokens.length && tokens[k + 1]!.kind === 'word' && inSentenceOf(doc, k + 1, c.tok);
  }
  return false;
}
