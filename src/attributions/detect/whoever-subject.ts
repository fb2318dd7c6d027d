/**
 * منهم من قال إن …، حتى من يدعي أنه …، رغبات من قالوا إنه …، هناك من يشكك في …: the relative
 * pronoun من ("whoever", "those who") right before the verb is its subject, an anonymous source.
 *
 * من is also the preposition "from", and a bare past form after it is often a verbal noun spelled
 * like the verb (من نشر الشائعات، من ذكر وأنثى، من رد فعل). So the verb must show that it is a verb:
 * an imperfect (يقول، يدعي), a plural (قالوا) or an object pronoun (اتهمك، وصفني); a bare past form
 * is taken only after a word that makes من the relative (هناك، منهم، حتى).
 */
import type { Detection } from './context.js';
import { norm, sentenceOf, span, tok, verbAt } from './lookups.js';
import type { Source } from './types.js';

/** Words before من that make it the relative "some / those who", and belong to the source (هناك من، منهم من). */
const SOME_OF = /^[وف]?(هناك|هنالك|ثمه|منهم|منهن|منها)$/;
/** حتى من يدعي: "even whoever"; not part of the source. */
const EVEN = /^[وف]?حتي$/;
/**
 * وقد أصاب من قال، صدق من قال: "he was right who said": من is the subject of the verb of being
 * right and the one who said; not part of the source.
 */
const RIGHT = /^[وف]?(صدق|اصاب|احسن|اجاد|ابدع)$/;

/** The verb at i shows itself a verb, not a verbal noun: imperfect, plural or with an object pronoun. */
function plainlyVerb(cx: Detection, i: number): boolean {
  const w = norm(cx, i);
  return /^[يت]/.test(w) || /وا$/.test(w) || /(ني|ك|كم|نا)$/.test(w);
}

/**
 * The words before من leave it the relative subject: none (it opens the clause), a plural noun
 * in construct with it (رغبات من قالوا) or a definite one (الناس من …). After a verb or a
 * preposition it is that word's object (لا يجد من يقول له، قد يخرج علينا من يقول: no one has
 * spoken), and after an elative it is its complement (أول من يقول، أكثر من لفتوا): those are left.
 */
function opensRelative(cx: Detection, j: number): boolean {
  const t = tok(cx, j - 1);
  if (t === undefined || t.kind !== 'word' || sentenceOf(cx, j - 1) !== sentenceOf(cx, j)) return true;
  const w = norm(cx, j - 1);
  return /^[وف]?ال.{2,}/.test(w) || /.{2,}ات$/.test(w);
}

/** The anonymous source من (with هناك/منهم before it) right before the verb at i, or undefined. */
export function whoeverBefore(cx: Detection, i: number): Source | undefined {
  const j = i - 1;
  if (j < 0 || norm(cx, j) !== 'من' || sentenceOf(cx, j) !== sentenceOf(cx, i)) return undefined;
  const v = verbAt(cx, i);
  if (!v || v.participle || v.conjoined) return undefined;
  const before = tok(cx, j - 1)?.kind === 'word' ? norm(cx, j - 1) : '';
  if (SOME_OF.test(before)) return { kind: 'anonymous', ...span(cx, j - 1, j + 1) };
  if (!EVEN.test(before) && !RIGHT.test(before) && !(opensRelative(cx, j) && plainlyVerb(cx, i))) return undefined;
  return { kind: 'anonymous', ...span(cx, j, j + 1) };
}
