/**
 * A club named by a common word (الهلال، النصر، الوحدة) needs a word that
 * says it is a club; «نادي» and «فريق» are the knowledge base's descriptors.
 * Sports news mostly say so with other words: the club's players, coach or
 * fans (لاعبي الهلال، مدرب النصر، جماهير الأهلي), two clubs at once (ناديي
 * الهلال والنصر), and a second club joined to the first (لاعبي النصر
 * والهلال). Such a word counts only before a form that is a club's.
 */
import type { Token } from '../../core/types.js';
import { bare, type Kb } from '../kb/load.js';
import { procliticVariants } from './words.js';

/** The descriptor class of clubs in the knowledge base's policy. */
export const CLUB = 'نادي';

/** Words of a club's people and of two clubs, normalised, before the club's name. */
const CLUB_WORDS = new Set([
  'لاعب', 'لاعبو', 'لاعبي', 'لاعبا', 'لاعبه', 'مدرب', 'مدربا', 'مدربي', 'جماهير', 'جمهور', 'مشجعي', 'مشجعو',
  'ناديي', 'فريقي', 'فريقا', 'هداف',
]);

function prevWord(tokens: readonly Token[], i: number): number {
  const j = i - 1;
  const t = tokens[j];
  return j >= 0 && t !== undefined && t.kind === 'word' && t.sentence === tokens[i]?.sentence ? j : -1;
}

/** Whether form `key` names a club in the knowledge base. */
function clubForm(kb: Kb, key: string): boolean {
  return kb.names.get(key)?.some((r) => kb.entries.get(r.id)?.roles?.includes(CLUB)) ?? false;
}

/** Whether the word at j, without proclitics, is a club word. */
function clubWordAt(tokens: readonly Token[], j: number): boolean {
  if (j < 0) return false;
  return procliticVariants((tokens[j] as Token).norm).some((v) => CLUB_WORDS.has(v.form) || CLUB_WORDS.has(bare(v.form)));
}

/**
 * «نادي» when the form starting at token t0 (its proclitics `prefix`) is
 * a club's by its context: a club word just before it, or «و» joining it to
 * a club's name that has one.
 */
export function clubContext(kb: Kb, tokens: readonly Token[], t0: number, key: string, prefix: string): string | undefined {
  if (!clubForm(kb, key)) return undefined;
  const p = prevWord(tokens, t0);
  if (clubWordAt(tokens, p)) return CLUB;
  if (!prefix.startsWith('و') || p < 0) return undefined;
  const before = procliticVariants((tokens[p] as Token).norm).some((v) => clubForm(kb, v.form));
  return before && clubWordAt(tokens, prevWord(tokens, p)) ? CLUB : undefined;
}
