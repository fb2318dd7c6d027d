/**
 * «التهديد الذي تمثله جماعة بوكو حرام»، «التهديدات التي يشكلها تنظيم داعش»، «داعش تهديد مشترك»،
 * «ترى فيهما أنقرة تهديدا أساسيا»، «للتصدي للتهديد الإرهابي»: the noun تهديد of a danger a group poses
 * or is seen as, not of a threat a party utters against another; no THREATEN. Told by a verb of posing
 * or seeing around it or by an adjective of the kind of danger after it. A threat uttered (تلقى
 * تهديدا مباشرا، رسالتي تهديد، التهديدات الإيرانية) names none of these and stays.
 */
import { type Doc, sentenceOf } from './context.js';

/** Verbs of posing or being seen as a danger (يشكل، تمثل، تعتبر، ترى فيه). */
const POSE = /^(و)?(يشكل|تشكل|شكل|شكلت|يمثل|تمثل|مثلت|يعتبر|تعتبر|اعتبر|اعتبرت|يري|تري|بات|باتت|اصبح|اصبحت)(ه|ها|هم|هما)?$/;

/** Adjectives of the kind of danger (الإرهابي، الأمني، المشترك، الأساسي، الوجودي). */
const KIND = /^(ال)?(ارهابي|امني|مشترك|اساسي|اساسيا|وجودي|حقيقي|حقيقيا|خطير|خطيرا|كبير|كبيرا|متزايد|المتزايد|رئيسي|رئيسيا|محتمل|المحتمل)$/;

/** Whether the noun of threat at i names a danger posed, not a threat uttered. */
export function threatAsDanger(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const s = sentenceOf(doc, i);
  const word = (k: number) => (k >= 0 && k < tokens.length && sentenceOf(doc, k) === s ? tokens[k]!.norm : '');
  if (KIND.test(word(i + 1))) return true;
  // «التهديد الذي تمثله»، «التهديدات التي يشكلها»
  if (/^(الذي|التي)$/.test(word(i + 1)) && POSE.test(word(i + 2))) return true;
  // «يشكل تهديدا»، «ترى فيهما أنقرة تهديدا»
  for (let k = i - 1; k >= i - 3; k--) if (POSE.test(word(k))) return true;
  return false;
}
