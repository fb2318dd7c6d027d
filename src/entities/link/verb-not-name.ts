/**
 * A one-word name of a person that is also a verb (تراس: Liz Truss, and
 * ترأس: he chaired, once the hamza is folded) is the verb where the text
 * says so: the word is written with a hamza on its alif that no spelling
 * of the name has (ترأس), or it stands where a verb stands in an Arabic
 * sentence: first in its sentence or after و/ف, with a definite noun (its
 * subject or object) right after it (وترأس الأمير، ترأس الاجتماع).
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { isWordLike, lightPrefix, procliticVariants, type Variant } from './words.js';

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Definite words after a name that leave it a name (بوتين الذي، كيري اليوم), normalised. */
const AFTER_NAME = new Set([
  'الذي', 'التي', 'الذين', 'اللذين', 'اليوم', 'الان', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'الي', 'الا',
]);

/** Whether the written word (after `cut` letters of proclitics) has أ or إ inside it where every spelling of the name has ا. */
function hamzaNotInName(written: string, forms: readonly string[]): boolean {
  const w = written.replace(MARKS, '');
  let compared = false;
  for (const f0 of forms) {
    const f = f0.replace(MARKS, '');
    if (f.length !== w.length) continue;
    compared = true;
    let clash = false;
    for (let i = 1; i < w.length && !clash; i++) if ((w[i] === 'أ' || w[i] === 'إ') && f[i] === 'ا') clash = true;
    if (!clash) return false;
  }
  return compared;
}

/** Whether token i stands where a verb stands: first in its sentence or after و/ف, a definite noun right after it. */
function verbPosition(kb: Kb, tokens: readonly Token[], i: number, v: Variant): boolean {
  const t = tokens[i] as Token;
  let first = v.prefix === 'و' || v.prefix === 'ف';
  if (!first && v.prefix === '') {
    const p = tokens[i - 1];
    first = p === undefined || p.sentence !== t.sentence || (!isWordLike(p) && /^[.!?؟:؛;،,\n]+$/.test(p.norm));
  }
  if (!first) return false;
  const n = tokens[i + 1];
  if (!n || n.sentence !== t.sentence || n.kind !== 'word') return false;
  if (!n.norm.startsWith('ال') || n.norm.length < 4 || AFTER_NAME.has(n.norm)) return false;
  // a nisba after the name (بوتين الروسي) qualifies it
  return !kb.names.get(n.norm)?.some((r) => r.kind === 'adjective');
}

/**
 * Whether the one-word knowledge-base form `key` at token i is a verb here
 * rather than the name of the person `id` (see the file comment).
 */
export function verbNotPerson(kb: Kb, text: string, tokens: readonly Token[], i: number, key: string, id: string): boolean {
  const e = kb.entries.get(id);
  if (!e || e.type !== 'PER' || key.includes(' ')) return false;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const v = procliticVariants(t.norm).find((x) => x.form === key && lightPrefix(x));
  if (!v) return false;
  const written = text.slice(t.start, t.end).replace(MARKS, '').slice(v.cut);
  const forms = [e.name, ...(e.aliases ?? [])].filter((f) => !f.includes(' '));
  return hamzaNotInName(written, forms) || verbPosition(kb, tokens, i, v);
}
