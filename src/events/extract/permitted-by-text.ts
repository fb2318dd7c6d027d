/**
 * «سمح» without a party that concedes: a text or a device permits (يسمح القرار بإعادة فرض
 * العقوبات، ويسمح القانون الجديد بفرض، يسمح التطبيق بتحرير الصور), a state of things permits
 * (مما يسمح، الأمر الذي يسمح، وهو ما سمح، بطريقة تسمح), and the formula «لا سمح الله» («God
 * forbid») is a wish. None is a concession by one party to another, nor, negated, a refusal.
 */
import { type Doc, inSentenceOf } from './context.js';

/**
 * Texts, rules and programs that permit by what they say or how they work; not «النظام» or «الجهاز»,
 * which are as often a regime or a staff that concede (سمح الجهاز الإداري بعودته).
 */
const TEXT = /^(و)?(ال)?(قرار|قانون|اتفاق|اتفاقيه|مشروع|لائحه|دستور|تطبيق|بند|تعديل|نص|قواعد|لوائح|برنامج|وضع|قانونا)$/;

/** Words that make a fact, not a party, the subject (مما، بما، بطريقة، بحيث). */
const BY_FACT = /^(مما|بما|بطريقه|بشكل|بحيث|بصوره)$/;

/** Whether the verb «سمح» at i is permission given by a text, a fact or a formula. */
export function permittedByText(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const same = (k: number): boolean => inSentenceOf(doc, k, i);
  const next = same(i + 1) ? tokens[i + 1]!.norm : '';
  if (next === 'الله') return true;
  if (TEXT.test(next)) return true;
  const prev = same(i - 1) ? tokens[i - 1]!.norm : '';
  const prev2 = same(i - 2) ? tokens[i - 2]!.norm : '';
  if (BY_FACT.test(prev)) return true;
  // «الأمر الذي يسمح»، «وهو ما سمح»، «وهذا ما يسمح».
  if (prev === 'الذي' && /^(ال)?امر$/.test(prev2)) return true;
  return prev === 'ما' && /^(و)?(هو|هذا|ذلك)$/.test(prev2);
}
