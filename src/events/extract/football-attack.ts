/**
 * Attacks in a match report: «شن الهلال هجوما مكثفا على مرمى النصر»،
 * «هاجم الفريق بقوة في الشوط الثاني». The words of the game (the goal, its
 * net, the half, the match, a shot, a kick) in the same sentence make هجوم
 * and هاجم a move of play, no violence.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** The lemmas of attacking (هاجم، هجوم، هجمات) and the support verb of an attack (شن). */
const ATTACK_LEMMAS = new Set(['هاجم', 'شن']);
/** Words of the game, bare (without clitics). */
export const GAME = /^(ال)?(مرمي|شباك|شوط|مباراه|مباريات|ركله|ركلات|تسديده|تسديدات|حارس|دوري|مرتده|عارضه|مهاجم|مهاجمين|هداف|هدافي|تهديف|لاعب|لاعبين|لاعبو|لاعبي|مدرب|كره)$/;

/** Whether an ASSAULT candidate of attacking is a move of play in a match. */
export function footballAttack(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'ASSAULT' || !ATTACK_LEMMAS.has(normaliseString(c.lemma.label))) return false;
  const { tokens, bare } = doc;
  const s = sentenceOf(doc, c.tok);
  for (let k = Math.max(0, c.tok - 12); k < tokens.length && k <= c.tok + 12; k++) {
    if (sentenceOf(doc, k) !== s) continue;
    if (GAME.test(bare[k]!) || GAME.test(tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?/, ''))) return true;
  }
  return false;
}
