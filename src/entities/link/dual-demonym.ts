/**
 * Duals of a state's nisba stand for the state like its singular and plural
 * do (قتل جنديان تركيان، مروحيتين أمريكيتين، شخصيتان قياديتان يمنيتان): the
 * guideline counts people named by their state's nisba as that state, and
 * the knowledge base lists no dual forms. The dual ending (ان/ين, feminine
 * تان/تين) is read only right after a dual noun the nisba qualifies, since
 * a nisba's stem with ان may be another word.
 *
 * The nisbas of armed groups (8 حوثيين، جنديان حوثيان) are read in
 * group-nisba.ts.
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import type { Candidate } from './candidates.js';
import { singulars } from './singular-demonym.js';
import { procliticVariants, stateAdjective } from './words.js';

/** Dual endings of a masculine nisba and of a feminine one (تركيان، تركيتين), after the nisba's stem. */
const DUAL = /^(.{3,}ي)(ان|ين|تان|تين)$/;

/** Whether a word, after its proclitics, ends as an indefinite dual noun (جنديان، مروحيتين). */
function dualNoun(norm: string): boolean {
  return [{ form: norm }, ...procliticVariants(norm)].some((v) => v.form.length >= 5 && /(?:ان|ين)$/.test(v.form) && !v.form.startsWith('ال'));
}

/** The state a dual nisba at token i stands for, when it follows a dual noun in its sentence, or undefined. */
function dualState(kb: Kb, tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || prev.kind !== 'word') return undefined;
  const m = DUAL.exec(t.norm);
  const id = m ? singulars(kb).get(m[1] as string) : undefined;
  // the masculine genitive dual is spelt as the plural (جنديين تركيين), which the knowledge base may list:
  // read here only after a dual noun all the same
  return id && dualNoun(prev.norm) ? id : undefined;
}

/** Mentions of states by dual nisbas after a dual noun, as adjective candidates. */
export function dualDemonymCandidates(kb: Kb, text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const state = dualState(kb, tokens, i);
    if (!state) continue;
    out.push(stateAdjective(text, t, i, t.start, state, t.norm));
  }
  return out;
}
