/**
 * A word of backing (بدعم من الحكومة، مدعوما بميليشيات، بمساندة من القوة الخاصة) names the backer
 * as its own actor; the act it goes with is done by the one backed. So the backer lends its name to
 * no other act: a purpose noun after it (يواصل مقاتلون بدعم من الحكومة جهودهم للسيطرة …) or the
 * attack it qualifies (هجوم لاستعادتها مدعوم بغارات من طيران التحالف) do not inherit it. Nor do the
 * strikes told as the means of the backing (مدعوم بغارات، بدعم من ضربات جوية) lend their doer.
 */
import { backingKind } from './backed-party.js';
import type { Doc } from './context.js';
import type { Candidate } from './types.js';

/** Whether candidate d is a word of backing, or an attack told as its means right after it. */
export function backingAside(doc: Doc, d: Candidate): boolean {
  if (backingKind(doc, d) !== undefined) return true;
  if (d.type !== 'ASSAULT' || !/^(و)?ب$/.test(d.reading.proclitics)) return false;
  // «مدعوم بغارات»، «بدعم من غارات»، «بدعم من ضربات التحالف»: the word of backing one or two tokens before.
  for (let k = d.tok - 1; k >= 0 && d.tok - k <= 2; k--) {
    const b = doc.candAt.get(k);
    if (b) return backingKind(doc, b) !== undefined;
    if (doc.tokens[k]!.norm !== 'من') return false;
  }
  return false;
}

/**
 * «فالمتمردون المدعومون من جهات مثل إيران يقصفون»، «المقاومة المدعومة من التحالف سيطرت»: the
 * backer named after a word of backing is no subject of the verb that follows; the search for the
 * subject goes on before the word of backing. Returns that word's token when the name starting at
 * `first` is inside such a phrase (at most six words after it, no punctuation between).
 */
export function backingBefore(doc: Doc, first: number): number | undefined {
  for (let j = first - 1; j >= 0 && first - j <= 6; j--) {
    const t = doc.tokens[j]!;
    if (t.kind === 'punct' || t.sentence !== doc.tokens[first]!.sentence) return undefined;
    const c = doc.candAt.get(j);
    if (c) return backingKind(doc, c) !== undefined ? j : undefined;
  }
  return undefined;
}
