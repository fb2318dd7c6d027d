/**
 * Nouns of a relationship between parties (تعاون، تنسيق، حوار، تشاور) and the noun of targeting
 * (استهداف) are often not told as acts but named as an aim, a topic or a bond:
 *
 * - with the preposition ل they name the aim of something else (إرادة مشتركة للتعاون، مبادئ
 *   للحوار، مؤتمر للحوار، خططها لاستهداف وطننا، زرع العبوات لاستهداف القوات): the act, if any,
 *   is told by the word it is the aim of; targeting is by its sense an aim;
 * - as the genitive of a word of importance, need, matter or outcome (أهمية التعاون، ضرورة
 *   التنسيق، مسألة التنسيق، قضية الحوار الوطني، مخرجات الحوار) they name a topic;
 * - joined by و to a noun of a bond (العلاقات الثنائية والتعاون، علاقات الصداقة والتعاون، جسور
 *   الثقة والتعاون، حسن الجوار والتعاون) they name the bond, like «علاقات التعاون».
 */
import type { Doc } from './context.js';
import { sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** The bare nouns of a relationship between parties, and of targeting. */
const RELATION_NOUN = /^(تعاون|تعاونا|تنسيق|حوار|حوارات|تشاور|استهداف)$/;
const TARGETING = /^استهداف/;

/** Head nouns of importance, need, matter, manner or outcome (أهمية التعاون، مخرجات الحوار). */
const TOPIC_HEADS = /^(و)?(ب|ل|في)?(ال)?(اهميه|ضروره|مساله|قضيه|ملف|مبادئ|مخرجات|نتائج|جدوي|طريقه|ثقافه|علاقات|علاقه)$/;

/** Nouns of a bond between parties, which a relationship noun joined to them by و belongs to. */
const BONDS = /^(ال)?(علاقات|علاقه|صداقه|ثقه|جوار|شراكه|اخوه|روابط|صلات)$/;

/** «للتعاون مع الأردن»: مع right after the noun, then a named party. */
function withNamedPartner(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  return /^(و)?مع$/.test(tokens[i + 1]?.norm ?? '') && mentionAt[i + 2] !== undefined && sentenceOf(doc, i + 2) === sentenceOf(doc, i);
}

/**
 * «للتوصل إلى اتفاق»: reaching an accord, with ل, names the aim of the talks or efforts before it;
 * the accord is not reached. (Help with ل, «نشر قوات للمساعدة في جهود الإنقاذ», is left: the dev
 * gold counts the sending as the aid.)
 */
function aimOfAnother(doc: Doc, c: Candidate): boolean {
  const { tokens, bare } = doc;
  if (c.reading.pos !== 'noun' || !/^(و|ف)?ل/.test(c.reading.proclitics)) return false;
  const next = tokens[c.tok + 1]?.norm ?? '';
  return c.type === 'AGREE' && bare[c.tok] === 'توصل' && /^(الي|ل)/.test(next);
}

/** Whether the relationship noun at c is named as an aim, a topic or a bond, not told as an act. */
export function aimNotAct(doc: Doc, c: Candidate): boolean {
  const { tokens, bare } = doc;
  if (aimOfAnother(doc, c)) return true;
  if (c.reading.pos !== 'noun' || !RELATION_NOUN.test(bare[c.tok]!.replace(/(ه|ها|هم|هما)$/, ''))) return false;
  if (!TARGETING.test(bare[c.tok]!) && c.type !== 'COOPERATE' && c.type !== 'CONSULT') return false;
  if (TARGETING.test(bare[c.tok]!) && c.type !== 'ASSAULT') return false;
  // للتعاون، لاستهداف: an aim; but readiness to cooperate with a partner named after مع
  // (استعدادها للتعاون مع جامعة …) is a pledge to that party, left to stand.
  if (/^(و|ف)?ل/.test(c.reading.proclitics)) return !withNamedPartner(doc, c.tok);
  if (c.tok === 0) return false;
  const before = tokens[c.tok - 1]!.norm;
  if (sentenceOf(doc, c.tok - 1) !== sentenceOf(doc, c.tok)) return false;
  if (TOPIC_HEADS.test(before)) return true;
  // والتعاون after a bond and at most two definite adjectives (العلاقات الثنائية والتعاون).
  if (!/^و/.test(c.reading.proclitics) || TARGETING.test(bare[c.tok]!)) return false;
  for (let k = c.tok - 1; k >= 0 && c.tok - k <= 3 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
    const w = tokens[k]!.norm;
    if (tokens[k]!.kind !== 'word') return false;
    if (BONDS.test(w) || BONDS.test(bare[k]!)) return true;
    if (!/^ال/.test(w)) return false;
  }
  return false;
}
