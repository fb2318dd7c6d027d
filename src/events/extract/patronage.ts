/**
 * Patronage is a contact (CONSULT): a party that sponsors talks or presides over an occasion takes
 * part in it (برعاية الأمم المتحدة، تحت رعاية الأمير، المحادثات التي ترعاها الهيئة، شرفه ورعاه
 * الملك). «رعاية» is far more often care (الرعاية الطبية، رعاية الأيتام، الرئاسة العامة لرعاية
 * الشباب) and «حفظه الله ورعاه» a blessing, so the noun is patronage only after «ب» or «تحت» with
 * the patron named right after it, and the verb only with an object pronoun (the thing sponsored)
 * and no «الله» as its subject.
 */
import { type Doc, sentenceOf } from './context.js';
import { APPOSITION_HEADS, isBoundary, TITLES } from './lexicon-sets.js';
import { coordinated } from './mentions.js';
import type { Candidate } from './types.js';

/** «الله» (folded, with or without the article's ل) next to the verb: a blessing (حفظه الله ورعاه، رعاه الله). */
const GOD = /^(ال)?له$|^الله$/;

/** Words that may open the patron's name or title after the noun. */
const PATRON_HEAD = /^(صاحب|سمو|معالي|فخامه|جلاله|خادم|الامير|الملك|الرئيس|الشيخ|السفير|الوزير|وزير|سفير|امير|رئيس|نائب|ولي|محافظ|الامم|منظمه|جامعه|الجامعه|الاتحاد|مجلس|وزاره|هيئه|الحكومه|حكومه)$/;

/** Whether the word of patronage at i tells that a party sponsors something. */
export function patronage(doc: Doc, i: number, pos: string, proclitics: string, pronoun: string | undefined): boolean {
  const { tokens, bare, mentionAt } = doc;
  const same = (k: number) => k >= 0 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i);
  if (pos === 'verb') {
    if (!/(ه|ها|هم|هما)$/.test(tokens[i]!.norm)) return false;
    // «حفظه الله ورعاه»، «رعاه الله»: a blessing.
    if ((same(i + 1) && GOD.test(tokens[i + 1]!.norm)) || (same(i - 1) && GOD.test(tokens[i - 1]!.norm))) return false;
    return true;
  }
  const before = same(i - 1) ? tokens[i - 1]!.norm : '';
  if (!/^(و)?ب$/.test(proclitics) && !/^(و)?تحت$/.test(before)) return false;
  if (pronoun !== undefined) return false;
  const k = i + 1;
  if (!same(k)) return false;
  const w = tokens[k]!.norm;
  return mentionAt[k] !== undefined || PATRON_HEAD.test(w) || PATRON_HEAD.test(bare[k]!)
    || (TITLES.has(w) && !/^ال/.test(w)) || APPOSITION_HEADS.has(w);
}

/**
 * The patron named after «برعاية» is the one who takes part, whatever the clause's subject
 * (تعقد الجامعة مؤتمرا برعاية الأمير X: the prince, not the university).
 */
export function patronActors(doc: Doc, kept: Candidate[]): void {
  const { tokens, mentionAt } = doc;
  for (const c of kept) {
    if (c.type !== 'CONSULT' || c.lemma.label !== 'رعاية' || c.reading.pos !== 'noun') continue;
    for (let k = c.tok + 1; k <= c.tok + 8 && k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
      if (isBoundary(tokens[k]!)) break;
      const m = mentionAt[k];
      if (!m || m.first !== k) continue;
      const { ids } = coordinated(doc, m, Math.min(tokens.length, k + 20));
      c.actor = ids;
      c.recipient = c.recipient.filter((id) => !ids.includes(id));
      break;
    }
  }
}
