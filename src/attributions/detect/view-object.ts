/**
 * رأت اللجنة عدم وجود مسوغ …، رأت إدارة المطار، ضرورة إيجاد مبنى …: a verb of viewing whose
 * object is a noun that can only stand for a proposition — a negation (عدم), a necessity or an
 * obligation (ضرورة، وجوب), an importance (أهمية) or an impossibility (استحالة) of something —
 * states a view (GUIDELINE.md: a nominal object that stands for a proposition is content, and
 * رأى is among the verbs of believing). Any other object of رأى is something seen (رأى الجمهور
 * المباراة), which reports nothing; those stay as they are.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { isComma, isPunct, norm, normLemma, sentenceEnd, tok, verbAt } from './lookups.js';
import { BARE_PREPOSITIONS, PREPOSITIONS } from './word-sets.js';

/** The verbs of viewing widened here (normalised lemmas). */
const VIEWING = new Set(['راي', 'ارتاي']);
/** Nouns that stand for a proposition whatever follows them (normalised, ة as ه). */
const PROPOSITION_NOUNS = new Set(['عدم', 'ضروره', 'وجوب', 'اهميه', 'استحاله']);
/** Forms of رأى that are mostly the noun رأي (normalised). */
const NOUN_FORMS = /^[وف]?رايا$/;
/** How far after the verb the noun may stand (past the subject and a comma). */
const REACH = 10;

/** The cue with its object taken as content when a proposition noun follows its subject, or the cue unchanged. */
export function viewWithPropositionObject(cx: Detection, c1: number, cue: VerbCue | undefined): VerbCue | undefined {
  if (!cue || cue.objectContent || !VIEWING.has(normLemma(cue))) return cue;
  // تبدي رأياً مغايراً: رأيا is far more often the noun «an opinion» than the dual verb.
  if (NOUN_FORMS.test(norm(cx, c1 - 1))) return cue;
  const se = sentenceEnd(cx, c1);
  for (let k = c1; k < se && k - c1 <= REACH; k++) {
    const w = norm(cx, k);
    if (PROPOSITION_NOUNS.has(w)) return { ...cue, objectContent: true };
    // ترى في كل إرهاب … عدم تمكينهم: past a preposition the noun is inside another phrase.
    if (cx.complementizers.has(w) || verbAt(cx, k) || (isPunct(cx, k) && !isComma(cx, k)) || (tok(cx, k)?.kind !== 'word' && !isComma(cx, k))
      || PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w)) return cue;
  }
  return cue;
}
