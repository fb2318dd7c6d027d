/**
 * Pronouns of unnamed people used as a whole subject: البعض، بعضهم، آخر، الأخرى، ثالث، أحدهم،
 * الكثيرون (ويقول بعضهم …، وقال آخر …). They name no one, so the source is anonymous
 * (GUIDELINE.md, kind: unnamed sources), as بعض المسؤولين and أحد الخبراء already are.
 */
import type { Detection } from './context.js';
import { bareAt, tok } from './lookups.js';

const UNNAMED_PRONOUNS = new Set([
  'البعض', 'بعضهم', 'بعضهن', 'بعضها',
  'اخر', 'اخرون', 'اخرين', 'الاخر', 'الاخري', 'الاخرون', 'الاخرين', 'اخري',
  'ثالث', 'ثالثه', 'رابع', 'رابعه',
  'احدهم', 'احداهن', 'احدهما', 'احداهما',
  'الكثيرون', 'الكثيرين', 'كثيرون', 'اخرون',
]);

/** Whether the words [a, b) are one pronoun of unnamed people (the glued و taken off). */
export function unnamedPronounAt(cx: Detection, a: number, b: number): boolean {
  return b === a + 1 && tok(cx, a)?.kind === 'word' && cx.mentionOf[a] === undefined && UNNAMED_PRONOUNS.has(bareAt(cx, a));
}
