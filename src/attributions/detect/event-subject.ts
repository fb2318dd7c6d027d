/**
 * A cue whose subject is an event, a change or a problem (الهجمات تشير إلى …، كشف الحريق مدى
 * صعوبة …، أظهرت تلك الصفقة أن …، المكاسب المتواضعة تشير إلى …): the verb means "points to,
 * reveals" as a fact the writer states, not a report; no one and no text speaks. Texts and data
 * (التقرير، الأرقام، الدراسة) and bodies that meet (الاجتماع) stay sources.
 */
import type { Detection } from './context.js';
import { bareAt, norm, normLemma, tok, verbAt } from './lookups.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';

/** Heads, without the article, of events, changes, problems and ways of doing (normalised). */
const EVENT_HEADS = new Set(['هجوم', 'هجمات', 'هجمه', 'حريق', 'حرائق', 'حادث', 'حادثه', 'حوادث', 'انفجار', 'تفجير', 'تفجيرات',
  'صفقه', 'مشكله', 'مشاكل', 'مشكلات', 'ازمه', 'مكاسب', 'خسائر', 'ارتفاع', 'تراجع', 'انخفاض', 'واقع', 'طريقه', 'اسلوب', 'ظاهره',
  'حرب', 'كارثه', 'فيضانات', 'زلزال']);
/**
 * Verbs that also mean "point to, reveal, show, take up" (normalised lemmas). After another verb
 * an event is its object and the speaker is elsewhere (وأرجع انخفاض هذا العام إلى …).
 */
const INDICATING = new Set(['اشار', 'كشف', 'اظهر', 'تطرق', 'افاد', 'اوضح', 'بين', 'اكد']);
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هذان', 'هاتان', 'هولاء', 'اولئك']);

/**
 * Whether a word of the cue of d (لم يكشف، وتشير) is a finite verb of INDICATING. A participle
 * (مؤكدا، مبينا) takes the speaker of the clause before; an event there is a source wrongly
 * carried over, and the report itself stays.
 */
function indicatingCue(cx: Detection, d: Draft): boolean {
  for (let i = firstTokenAt(cx, d.cue.start); i < cx.tokenCount && (tok(cx, i)?.start ?? Infinity) < d.cue.end; i++) {
    const v = verbAt(cx, i);
    if (v && !v.participle && INDICATING.has(normLemma(v))) return true;
  }
  return false;
}

/** Whether the source of d is headed by an event or a problem (a demonstrative before it is skipped). */
function eventSubject(cx: Detection, d: Draft): boolean {
  if (d.source.start === undefined || d.source.entity !== undefined || !indicatingCue(cx, d)) return false;
  let k = firstTokenAt(cx, d.source.start);
  if (DEMONSTRATIVES.has(bareAt(cx, k))) k++;
  // واقع begins with و: the word is tried as written before without a conjunction.
  return [norm(cx, k), bareAt(cx, k)].some((h) => EVENT_HEADS.has(h.startsWith('ال') ? h.slice(2) : h));
}

/** Drops the drafts whose source is an event or a problem (see `eventSubject`). */
export function dropEventSubjects(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (eventSubject(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}
