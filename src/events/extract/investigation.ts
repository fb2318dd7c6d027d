/**
 * «تحقيق» is both «investigation» (ACCUSE: the police open an inquiry into a crime) and
 * «achieving» (تحقيق الاستقرار، تحقيق النجاح في). The lexicon takes the noun after a verb that
 * opens or conducts an inquiry (فتحت الشرطة تحقيقا، قيد التحقيق); here it is taken too when
 * the word right after it is what an inquiry is «into» or «with» (التحقيق في الحادث، التحقيق
 * معه، تحقيقا بشأن): «achieving» takes its object directly, never through a preposition. A
 * noun with a pronoun (تحقيقها في الموسم) has its object already, so it is left out.
 */
import { type Doc, sentenceOf } from './context.js';

const INTO = /^(في|مع|معه|معها|معهم|معهما|بشان|حول)$/;

/** Whether the noun «تحقيق» at token i is an inquiry by the word right after it. */
export function inquiryInto(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const k = i + 1;
  return k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i) && INTO.test(tokens[k]!.norm);
}
