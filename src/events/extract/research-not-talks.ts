/**
 * «التي بحثت في تأثيرات اللعبة على الدماغ»، «يبحث المحققون في حواسيبه»، «يبحث في الميركاتو عن
 * مهاجم»، «النجوم التي تبحث عنها»، «بحثت … منذ سنوات عمرها الأولى عن شكل معين»: بحث with في and a
 * subject of study, or with عن (its pronoun too, or further on in its clause), is studying or
 * looking for something; nobody holds talks. With a party met (بحث مع …) it stays a meeting, and
 * في before a meeting, a call or a time (بحث في اتصال هاتفي، في لقائه) is the setting of the talks.
 */
import { type Doc, inSentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** Words after في that make it the setting of talks, not their subject. */
const SETTING = /^(ال)?(اتصال|اتصالا|لقاء|لقائه|لقائهما|لقائهم|اجتماع|اجتماعه|اجتماعها|اجتماعات|جلسه|جلسات|جلسته|مباحثات|محادثات|مكالمه|زياره|زيارته|مقر|قصر|ديوان|مكتب|يوم|اليوم|مساء|صباح|ختام|بدايه|اطار|ضوء|سياق|حضور|مستهل|اثناء|منتدي|مؤتمر|قمه)$/;

/** Whether the verb بحث at i studies a subject or looks for something. */
export function researchNotTalks(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  for (let k = i + 1; k <= i + 8 && inSentenceOf(doc, k, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) return false;
    if (/^(و)?مع$/.test(t.norm)) return false;
    // «فضلا عن»، «الإعلان عن»: an عن that another word governs is no search.
    if (/^(و)?عن(ه|ها|هم|هما)?$/.test(t.norm)) return !/^(و)?(ال)?(فضلا|عوضا|بدلا|نيابه|بعيدا|ناهيك|اعلان|كشف|تعبير|دفاع|افراج|تخلي)$/.test(tokens[k - 1]!.norm);
    if (t.norm === 'في') {
      // Right after the verb or its subject only (بحثت في، يبحث المحققون في): a later في tells the place or the
      // matter of the talks (يبحث كيري خلال زيارته آخر تطورات الوضع في المنطقة).
      const m = mentionAt[i + 1];
      const afterSubject = k === i + 1 || (k === i + 2 && /^ال/.test(tokens[i + 1]!.norm)) || (m !== undefined && m.first === i + 1 && m.last === k - 1);
      const n = k + 1;
      return afterSubject && inSentenceOf(doc, n, i) && tokens[n]!.kind === 'word' && !mentionAt[n] && !SETTING.test(tokens[n]!.norm) && !SETTING.test(doc.bare[n]!);
    }
  }
  return false;
}
