/**
 * «ما حققته قوات الجيش الوطني والمقاومة الشعبية من انتصارات في عدن»، «لتعزز المقاومة انتصاراتها
 * الأخيرة»: the victories of an armed force are won by fighting, an attack on the defeated (as a
 * defeat, هزيمة, is). «انتصار» is as often a win in sport (انتصاره الأول مع ريال مدريد), at the
 * polls or a figure of speech (انتصار للدبلوماسية، الانتصار على الذات، انتصارا لدين). So the noun
 * counts only with a force named in its sentence — before it (its owner or the subject of حقق)
 * or right after it — and with no word of the game and no «ل» of the cause it stands up for.
 */
import { type Doc, sentenceOf } from './context.js';
import type { MentionRef } from './types.js';
import { isBoundary } from './lexicon-sets.js';

/** Armed forces and fighters, bare (without clitics), folded. */
const FORCE = /^(قوات|قواته|قواتها|جيش|الجيش|مقاومه|المقاومه|مقاتلو|مقاتلي|مقاتلين|مقاتلون|المقاتلون|المقاتلين|ثوار|الثوار|جنود|الجنود|مرابطين|المرابطين|ميليشيات|مليشيات|كتائب|الكتائب|البيشمركه|بيشمركه)$/;
/** Words of a game or a race: the victory is a result of play. */
const GAME = /^(مباراه|مباريات|الدوري|دوري|الفريق|فريق|لاعب|اللاعب|اللاعبين|لاعبين|هدف|اهداف|الاهداف|نقاط|النقاط|بطوله|البطوله|كاس|مدرب|المدرب|شوط|نادي|النادي|المنتخب|منتخب|سباق|السباق|الجوله)$/;

/** Whether the victory noun at token i is a force's win in war. */
export function victoryOfForce(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  const s = sentenceOf(doc, i);
  // «انتصارا لثورتها»، «الانتصار للاعب»: the cause stood up for, no battle.
  const next = tokens[i + 1];
  if (next && sentenceOf(doc, i + 1) === s && /^ل/.test(next.norm) && !/^(لل|ل)?(قوات|جيش|مقاومه)/.test(next.norm)) return false;
  let force = false;
  for (let k = Math.max(0, i - 25); k < tokens.length && k <= i + 6; k++) {
    if (sentenceOf(doc, k) !== s || isBoundary(tokens[k]!) && k > i) continue;
    const w = tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?/, '');
    if (GAME.test(bare[k]!) || GAME.test(w)) return false;
    if (k !== i && (FORCE.test(bare[k]!) || FORCE.test(w))) force = true;
  }
  return force;
}

/**
 * «وتسعى المقاومة الشعبية لدخول القاعدة … شمال عدن، لتعزز انتصاراتها»: the owner of a victory
 * told by a possessive pronoun is the force named before it, not the nearest name (a place).
 * The nearest party before token i in its sentence whose words (or the word just before them:
 * قوات الحكومة) name a force.
 */
export function forceBefore(doc: Doc, i: number): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  const isForce = (k: number) => k >= 0 && (FORCE.test(bare[k]!) || FORCE.test(tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?/, '')));
  for (let k = i - 1; k >= 0 && i - k <= 40 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    const m = mentionAt[k];
    if (!m || m.last !== k) continue;
    for (let j = m.first - 1; j <= m.last; j++) if (isForce(j)) return m;
  }
  return undefined;
}
