/**
 * A club, firm or agency named by one word ending in ة (الغرافة، الشباب … الرفاعة) is spoken of
 * with a masculine verb (نادي، فريق understood): «وقال الغرافة إنه …». The ة of such a name says
 * nothing of its gender, so it does not make the name disagree with a masculine verb.
 */
import type { Detection } from './context.js';
import { bareAt } from './lookups.js';

/** Is the word at a a whole one-word organisation name written with a final ة? */
export function oneWordOrgNameInH(cx: Detection, a: number): boolean {
  const m = cx.mentionOf[a];
  return m !== undefined && m.type === 'ORG' && m.first === a && m.last === a + 1 && bareAt(cx, a).endsWith('ه');
}
