/**
 * «يتفق مع» and «يتفق و» said of a thing tell that it is consistent with something, not that a
 * party agrees: «بما يتفق مع القانون»، «ما لا يتفق مع طبيعتها»، «على نحو يتفق وأفكارهم»،
 * «تخصصات تتفق مع متطلباته»، «وتتفق ورغباتهم». A party agrees with a party (يتفق معه، يتفق مع
 * الرئيس); a thing accords with a rule, a need or a wish.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Words of manner the accord hangs on (بما، مما، على نحو، بشكل، بطريقة، بنسق). */
const MANNER = /^(ب|م)?ما$|^(نحو|بشكل|بطريقه|بنسق|بصوره)$/;

/** Whether the imperfect «يتفق/تتفق» at i means «is consistent with». */
export function consistentWith(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  if (!/^(و|ف)?(ي|ت)تفق$/.test(tokens[i]!.norm)) return false;
  const same = (k: number): boolean => inSentenceOf(doc, k, i);
  const prev = same(i - 1) ? tokens[i - 1]!.norm : '';
  // «ما لا يتفق مع»: the negation between the manner word and the verb.
  const prev2 = same(i - 2) ? tokens[i - 2]!.norm : '';
  if (MANNER.test(prev) || (/^(لا|لم)$/.test(prev) && MANNER.test(prev2))) return true;
  const next = same(i + 1) ? tokens[i + 1]!.norm : '';
  // «يتفق وأحكام القانون»: و joins the verb to the thing it accords with, not to a verb (وتختلف).
  if (/^و(ال|[^يتو])/.test(next) && tokens[i + 1]!.kind === 'word' && !mentionAt[i + 1]) return true;
  // «تتفق مع متطلباته»، «تتفق مع معايير»: with a thing, not a named party or a pronoun (معه، معهم).
  if (next === 'مع' && same(i + 2) && !mentionAt[i + 2] && /^..+ات$|^(متطلب|معايير|رغب|طبيع|احكام|مباد|قيم|هوا|توجه|ا?لشريعه|القانون|النظام|الانظمه|اللوائح)/.test(tokens[i + 2]!.norm.replace(/^ال/, ''))) return true;
  return false;
}
