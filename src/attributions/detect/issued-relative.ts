/**
 * جاء ذلك في بيان أصدره الأمين العام X، …، أوضح خلاله أن …، في كلمة ألقتها الوزيرة أكدت فيها:
 * a statement, a speech or a conference named by an indefinite noun and a relative verb of
 * issuing (أصدر، ألقى، عقد، نشر، أجرى) with its pronoun is resumed by the pronoun of فيه or خلاله
 * on the reporting verb; the one who issued it, written after that verb, is the speaker — not
 * the body named earlier in the sentence.
 */
import type { Detection } from './context.js';
import { bareAt, isPunct, norm, sentenceStart, tok } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import type { Source } from './types.js';

/** A past verb of issuing with the object pronoun that resumes the noun before it (أصدره، ألقتها). */
const ISSUED = /^(اصدر|اصدرت|القي|القا|القت|عقد|عقدت|نشر|نشرت|اجري|اجرا|اجرت|بث|بثت|وزع|وزعت)(ه|ها)$/;
/** How far before the reporting verb the issuing verb may stand. */
const REACH = 25;

/** The issuer of what the resumptive pronoun at r (فيه، خلالها) refers to, for the verb cue at c0. */
export function issuerBefore(cx: Detection, c0: number, r: number): Source | undefined {
  const pronoun = /ها$/.test(norm(cx, r) === 'من' ? norm(cx, r + 1) : norm(cx, r)) ? 'ها' : 'ه';
  const ss = sentenceStart(cx, c0);
  for (let v = c0 - 2; v > ss && c0 - v <= REACH; v--) {
    const m = ISSUED.exec(norm(cx, v));
    if (!m || m[2] !== pronoun) continue;
    // بيان أصدره: an indefinite noun right before, which the relative verb describes.
    const noun = bareAt(cx, v - 1);
    if (tok(cx, v - 1)?.kind !== 'word' || noun.startsWith('ال') || noun.length < 3) return undefined;
    let e = c0;
    while (e > v + 1 && isPunct(cx, e - 1)) e--;
    return e > v + 1 ? analyseNP(cx, v + 1, e) : undefined;
  }
  return undefined;
}
