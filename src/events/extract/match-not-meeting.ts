/**
 * «خاض الفريق لقاء وديا أمام حرس الحدود»، «للقاء منتخب تيمور الشرقية»، «بعد ثوان من صافرة بداية
 * اللقاء»، «تذاكر اللقاء»: in a sports report «لقاء» is a match, no meeting of parties. Words that
 * only a match has (friendly, the super cup, the league, a half, the whistle, tickets, the two
 * teams) in its sentence, «خوض» right before it or a national side right after it tell this
 * sense. The words of the game in general (player, coach, football) are left out: officials of
 * the game meet too
 * (التقى وزير الرياضة رئيس الاتحاد الدولي لكرة القدم).
 */
import { type Doc, inSentenceOf } from './context.js';

/** Words of a match, bare or with their clitics stripped. */
const MATCH = /^(ال)?(ودي|وديا|وديه|وديتين|سوبر|كاس|دوري|شوط|الشوط|صافره|مباراه|مباريات|تذاكر|غريم|فريقي|فريقين|ديربي|ملعب|الملعب)$/;
/** Playing a match (خاض اللقاء، قبل خوض لقاء السوبر). */
const PLAYING = /^(و)?(خاض|خوض|يخوض|تخوض|سيخوض|لخوض|بخوض)$/;

/** Whether the noun «لقاء» at i is a match. */
export function matchNotMeeting(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  if (inSentenceOf(doc, i - 1, i) && PLAYING.test(tokens[i - 1]!.norm)) return true;
  // «لقاء منتخب ماليزيا»، «لقاء المنتخب الماليزي»: a national side right after it (elsewhere منتخب may be «elected»).
  if (inSentenceOf(doc, i + 1, i) && bare[i + 1] === 'منتخب') return true;
  for (let k = i - 10; k <= i + 10; k++) {
    if (k === i || !inSentenceOf(doc, k, i)) continue;
    if (MATCH.test(bare[k]!) || MATCH.test(tokens[k]!.norm.replace(/^(و|ف)?(ب|ل|لل)?/, ''))) return true;
  }
  return false;
}
