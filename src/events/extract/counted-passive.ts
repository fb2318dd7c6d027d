/**
 * «قتل تسعة جنود من قوات الجيش في هجوم …»، «كما قتل 11 شخصا وجرح 30 آخرون»، «اعتقل نحو عشرين
 * مطلوبا»: news writes the passive of a verb of killing or arrest without its vowels, so it looks
 * like the active. When such a verb opens its clause and a count follows it at once, the count is
 * its subject, acted upon: the party the counted victims belong to (قوات الجيش) is no doer.
 * An active verb of this kind names its doer before the count (قتل الجيش عشرين مسلحا), and one
 * inside a clause (الانتحاري الذي قتل 15 مصليا، هجوم قتل 18 شخصا) is left to the other rules.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, sentenceOf } from './context.js';
import { APPROX, isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';
import { countWordAt, SUFFERED } from './victim-party.js';

/** Particles a new clause may open with before the verb (كما قتل، فقد قتل، فيما اعتقل). */
const CLAUSE_OPENERS = /^(و|ف)?(قد|كما|حيث|فيما|بينما|كذلك)$/;

/** Words that make the count approximate before it (أكثر من، ما لا يقل عن is left out). */
const MORE_OR_LESS = /^(اكثر|اقل)$/;

/** Whether candidate c is a verb of killing or arrest read as passive because a count opens its subject. */
export function countedPassive(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  const i = c.tok;
  if (c.reading.pos !== 'verb' || c.reading.imperfect || c.reading.pronoun !== undefined) return false;
  if (c.type !== 'ASSAULT' && c.type !== 'COERCE') return false;
  const label = normaliseString(c.lemma.label);
  if (!SUFFERED.has(label)) return false;
  // The masculine singular only: the passive agrees with no named subject before it
  // (a feminine or plural form more often has one: قتلت القوات، قتلوا).
  if (tokens[i]!.norm.replace(/^(و|ف)(?=...)/, '') !== label) return false;
  const opens = i === 0 || sentenceOf(doc, i - 1) !== sentenceOf(doc, i) || isBoundary(tokens[i - 1]!) || CLAUSE_OPENERS.test(tokens[i - 1]!.norm);
  if (!opens) return false;
  let k = i + 1;
  if (k < tokens.length && APPROX.has(tokens[k]!.norm)) k++;
  else if (k + 1 < tokens.length && MORE_OR_LESS.test(tokens[k]!.norm) && tokens[k + 1]!.norm === 'من') k += 2;
  return k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, i) && countWordAt(doc, k);
}
