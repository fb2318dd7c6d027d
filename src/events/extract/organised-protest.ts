/**
 * «تنظيم المظاهرات»، «وتنظيم الاعتصامات»، «لتنظيم الاحتجاجات»: «تنظيم» is a head noun that
 * names a party (تنظيم الدولة، تنظيم القاعدة), and a definite event noun after a head noun is
 * dropped as the name of that party (قوات الاحتلال). Before a protest noun, though, «تنظيم» is the
 * masdar «organising», and the protest organised is the act told.
 */
import type { Doc } from './context.js';
import type { Candidate } from './types.js';

const ORGANISING = /^(و|ف)?(ب|ل)?(ال)?تنظيم$/;

/** Whether the protest noun c is the object of «تنظيم» (organising) right before it. */
export function organisedProtest(doc: Doc, c: Candidate): boolean {
  return c.type === 'PROTEST' && c.reading.pos === 'noun' && c.tok > 0 && ORGANISING.test(doc.tokens[c.tok - 1]!.norm);
}
