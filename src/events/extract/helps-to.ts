/**
 * «لا تساعد على تعزيز العلاقات»، «بما يساعد على تحقيق الأمن»، «العوامل التي تساعد على بقاء
 * التنظيم»، «سوف يساعد على خلق مناخ»: ساعد right before على or في is «helps to, contributes to».
 * Said of a thing (after a relative, ما/بما/مما, a negation, a particle of mood or of the future)
 * it gives no aid to anyone. A party that helps bring an act about (بعدما ساعدت عُمان على إطلاق
 * سراح الرهينة) is aid, and is left alone.
 */
import { type Doc, sentenceOf } from './context.js';

/** Words before «يساعد على» that make its subject a thing or leave the help unreal. */
const BEFORE = /^(و)?(ما|مما|بما|لا|قد|سوف|ان|التي|الذي|اللتي|اللذي)$/;

/** Whether the verb ساعد at i is «helps to» (على or في right after it) said of a thing. */
export function helpsToward(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const k = i + 1;
  if (k >= tokens.length || i === 0 || sentenceOf(doc, k) !== sentenceOf(doc, i) || sentenceOf(doc, i - 1) !== sentenceOf(doc, i)) return false;
  return /^(علي|في)$/.test(tokens[k]!.norm) && BEFORE.test(tokens[i - 1]!.norm);
}
