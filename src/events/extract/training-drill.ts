/**
 * «اختتم المدرب الحصة بمناورة على نصف مساحة الملعب»، «ركز على الجمل التكتيكية والمناورات»: in a
 * report of a team's training a manoeuvre is a drill of play, no exercise of forces. The words of
 * the game (those that make an attack a move of play, extract/football-attack.ts) or of the
 * training ground, in the same sentence, tell it.
 */
import { type Doc, sentenceOf } from './context.js';
import { GAME } from './football-attack.js';

/** Words of a training session on the pitch, bare. «تدريبات» is left out: forces train too. */
const PITCH = /^(ال)?(ملعب|ملاعب|كرويه|تكتيكيه|تكتيكي|حصه|لياقه|لياقيه|تمارين|لاعبون|حراس)$/;

/** Whether the noun of manoeuvres at i is a drill of a team at play. */
export function trainingDrill(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  const s = sentenceOf(doc, i);
  for (let k = Math.max(0, i - 15); k < tokens.length && k <= i + 12; k++) {
    if (sentenceOf(doc, k) !== s) continue;
    const w = tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?/, '');
    if (GAME.test(bare[k]!) || GAME.test(w) || PITCH.test(bare[k]!) || PITCH.test(w)) return true;
  }
  return false;
}
