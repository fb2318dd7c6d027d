/**
 * اتهمت المعارضة السلطات باعتقال …، اتهم وزير الخارجية الأمريكي روسيا بارتكاب …: a verb of
 * accusing takes the accused as its object before its بـ complement (GUIDELINE.md: an accusation
 * with its complement is an attribution, its content from the accused on). With no object
 * pronoun on the verb, the words between the verb and بـ hold the subject and then the accused;
 * this module tells where the accused starts, by what cannot continue the subject's phrase.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isPunct, norm, normLemma, prepOf, roleOf, tok, verbAt, verbPronoun } from './lookups.js';
import { obliquePlural } from './subjects.js';

/** Verbs whose object stands between the subject and the بـ complement. */
const ACCUSING = new Set(['اتهم']);

/** Object pronouns a verb may carry (اتهمها، اتهمهم). */
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ك', 'كم'];

/** A definite word that closes a phrase: الحكومة، الأمريكي (not لل…, glued to a preposition). */
function definiteWord(cx: Detection, k: number): boolean {
  return tok(cx, k)?.kind === 'word' && bareAt(cx, k).startsWith('ال') && !norm(cx, k).startsWith('لل');
}

/** A definite sound plural: السلطات، الحوثيين (an adjective of a singular noun never is one). */
function definitePlural(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return w.startsWith('ال') && ((w.endsWith('ات') && w.length >= 6) || obliquePlural(cx, k));
}

/** A feminine singular or a nisba (الحكومة، المعارضة، الأمريكي): the word before cannot take a plural adjective. */
function singularWord(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return /(ه|ي|يه)$/.test(w) && !/(ات|ين|ون)$/.test(w);
}

/** The subject's head names an institution, no person: الحكومة، الجيش، وزارة …، an organisation's name. */
function institutionAt(cx: Detection, k: number): boolean {
  const m = cx.mentionOf[k];
  if (m !== undefined && m.first === k) return m.type === 'ORG' || m.type === 'GPE';
  return /^(body|ministry|newspaper|agency|channel|site)$/.test(roleOf(cx, norm(cx, k)) ?? '');
}

/** معارضون، ناشطون، مسؤولون: an indefinite sound masculine plural with its ن. */
function pluralWithNun(cx: Detection, k: number): boolean {
  const w = bareAt(cx, k);
  return tok(cx, k)?.kind === 'word' && !w.startsWith('ال') && /(ون|ين)$/.test(w) && w.length >= 6 && cx.mentionOf[k] === undefined
    && (cx.lex.anonymousHeads.has(w) || /^م/.test(w));
}

/**
 * Does the accused (the verb's object) start at j, the subject filling c1..j-1? The verb is one
 * of accusing with no object pronoun, its بـ complement follows within a few words, and the word
 * at j cannot continue the subject: an entity's name right after a definite word or another name
 * (a definite word takes no genitive; a person's name after a title is his, not the accused), a
 * definite plural after a singular definite word, or an indefinite plural in construct
 * (قوات الأمن) after a definite word.
 */
export function accusedAt(cx: Detection, cue: VerbCue | undefined, c0: number, npStart: number, j: number, se: number): boolean {
  if (cue === undefined || cue.participle === true || j <= npStart || !ACCUSING.has(normLemma(cue))) return false;
  if (verbPronoun(cx, c0, OBJECT_PRONOUNS) !== undefined) return false;
  let reached = false;
  for (let k = j + 1; k < se && k - j <= 8; k++) {
    if (prepOf(cx, k, cue.preps) && !cx.mentionOf[k]) {
      reached = true;
      break;
    }
    if (isPunct(cx, k) || verbAt(cx, k) || cx.complementizers.has(norm(cx, k))) return false;
  }
  if (!reached || tok(cx, j)?.kind !== 'word') return false;
  const m = cx.mentionOf[j];
  const before = cx.mentionOf[j - 1];
  const afterName = before !== undefined && before.last === j && !/^ال.{2,}(ي|يه|يين|يون)$/.test(norm(cx, j - 1));
  // معارضون الرئيس التركي: a plural that keeps its ن is in no construct; what follows is no genitive.
  // ناشطون قوات الأمن: an indefinite noun in construct after it, too (غاضبون, an adjective, agrees with it).
  const construct = !/^(ال|[وفبلك])/.test(norm(cx, j)) && !/(ي|يه|ون|ين)$/.test(norm(cx, j)) && definiteWord(cx, j + 1);
  if (pluralWithNun(cx, j - 1) && (bareAt(cx, j).startsWith('ال') || (m !== undefined && m.first === j) || construct) && !/^[وف]/.test(norm(cx, j))) return true;
  // الأمريكي، السوداني: a nisba the entity layer links to its country is an adjective.
  const nisba = /^ال.{2,}(ي|يه|يين|يون)$/.test(norm(cx, j));
  if (m && !nisba && m.first === j && m.start === tok(cx, j)?.start) {
    // قالت الحكومة الأردنية X: a person after a body's phrase is no name of it (الرئيس الأمريكي جو بايدن is).
    if (m.type === 'PER' && !afterName) return definiteWord(cx, j - 1) && institutionAt(cx, npStart);
    return afterName || definiteWord(cx, j - 1);
  }
  if (m && !nisba) return false;
  if (roleOf(cx, norm(cx, j)) !== undefined && !definitePlural(cx, j)) return false;
  if (definitePlural(cx, j) && definiteWord(cx, j - 1) && singularWord(cx, j - 1)) return true;
  const w = norm(cx, j);
  return !/^(ال|[وفبلك])/.test(w) && w.endsWith('ات') && w.length >= 5 && definiteWord(cx, j - 1) && definiteWord(cx, j + 1);
}
