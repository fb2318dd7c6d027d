/**
 * The form بحث, which the lexicon reads only as the verb «discussed», is its masdar where no verb
 * can stand:
 * right after a preposition («إلى جانب بحث المستجدات»، «في بحثه»، «على بحث القضايا»), or after a
 * passive auxiliary past a phrase of circumstance («وجرى خلال الاستقبال بحث العلاقات»), or right
 * after an indefinite noun it completes as a genitive («عمليات بحث مكثفة»، «كتابة بحث علمي»، «نظير
 * بحثه»، «فريق بحث ياباني»). That masdar names what a meeting dealt with, a piece of research or a
 * search, not an act of its own. (Only this lemma:
 * the masdars of other verb-only lemmas — «بناء على طلبه»، «عن منع سعوديين» — are acts; and «من»
 * before a verb is mostly the relative «who», «كل من انضم».)
 */
import type { Doc } from './context.js';
import { DAY_WORDS, SKIP_BACK, SUBORDINATORS } from './lexicon-sets.js';

/** Prepositions and the nouns of compound ones (إلى جانب، في إطار) that govern a masdar. */
const GOVERNING = /^(علي|الي|في|عن|حول|نحو|خلال|اثناء|جانب|اطار|مواصله|لمواصله)$/;
const CIRCUMSTANCE = /^(خلال|اثناء)$/;

/**
 * Particles and the like after which a perfect verb may stand (حيث بحث، لكنه بحث، إذا بحثنا); after any
 * other indefinite word بحث is the second term of a construct.
 */
const BEFORE_VERB = /^(و|ف)?(حيث|اذ|اذا|لو|حتي|بل|لكن|لكنه|لكنها|انه|انها|انهم|انهما|بانه|بانها|لانه|لانها|حين|وقت|بعد|يوم|كما|ثم|قد|لقد)$/;

/** Whether the indefinite word before i can only be a noun that takes بحث as its genitive. */
function constructHead(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  const prev = tokens[i - 1]!;
  if (prev.kind !== 'word' || mentionAt[i - 1] !== undefined) return false;
  const w = prev.norm;
  // A definite word is the subject before its verb (الجانبان بحثا، الوزير بحث).
  if (/^(و|ف)?(ب|ك|ل)?ال|^(و|ف)?لل/.test(w)) return false;
  return !(BEFORE_VERB.test(w) || SKIP_BACK.has(w) || SUBORDINATORS.has(w) || DAY_WORDS.has(w) || DAY_WORDS.has(w.replace(/^(و|ف)/, '')));
}

/** Whether the form of بحث at i stands where a verb cannot, so it is a masdar. */
export function masdarNotVerb(doc: Doc, i: number): boolean {
  const { lex, tokens } = doc;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return false;
  if (GOVERNING.test(prev.norm)) return true;
  // Only the bare form is a masdar: an imperfect after an indefinite noun is its verb (وفد يبحث).
  if (tokens[i]!.norm.startsWith('بحث') && constructHead(doc, i)) return true;
  // «وجرى خلال الاستقبال بحث …»: an auxiliary, a circumstance and its noun, then the masdar.
  const aux = tokens[i - 3];
  return aux !== undefined && aux.sentence === prev.sentence && CIRCUMSTANCE.test(tokens[i - 2]!.norm)
    && lex.passiveAux.has(aux.norm.replace(/^(و|ف)/, ''));
}
