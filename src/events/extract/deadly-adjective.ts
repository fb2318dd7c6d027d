/**
 * «قاتل» after an indefinite noun is the adjective «deadly» (رصاص قاتل، بخنجر قاتل، مرض قاتل،
 * خطأ قاتل), and after «في» or «يد» the noun «killer» (القصاص في قاتل، على يد قاتل); neither is
 * the verb «fought». The verb stands at a clause start, after its subject (الجيش قاتل) or a
 * particle (كما قاتل، الذي قاتل).
 */
import type { Doc } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import { sentenceOf } from './context.js';

/** Words after which «قاتل» is the noun «killer». */
const BEFORE_KILLER = /^(في|يد|بيد|علي)$/;

/** Whether the bare «قاتل/قاتلا» at i is an adjective or the noun «killer». */
export function deadlyNotFought(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  if (!/^قاتل(ا)?$/.test(tokens[i]!.norm) || i === 0 || sentenceOf(doc, i - 1) !== sentenceOf(doc, i)) return false;
  const prev = tokens[i - 1]!;
  if (prev.kind !== 'word' || isBoundary(prev) || mentionAt[i - 1]) return false;
  if (BEFORE_KILLER.test(prev.norm)) return true;
  // An indefinite noun: no article (a definite noun is the verb's subject: الفريق قاتل) and no particle.
  const bareNoun = prev.norm.replace(/^(و|ف)?(ب|ك|ل)?/, '');
  if (/^ال/.test(bareNoun) || prev.norm.length <= 3) return false;
  return !/^(و|ف)?(كما|عندما|بعدما|حين|حيث|لقد|وقد|ثم|لما|الذي|التي|الذين|ومن|انه|انها|بينما)$/.test(prev.norm);
}
