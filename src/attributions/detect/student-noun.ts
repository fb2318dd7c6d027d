/**
 * طالب is the verb «demanded» and the noun «student». The noun is read where its complement
 * or its company shows it (طالب جامعي، طالب السنة الثالثة، طالب دكتوراه، طالباً وطالبة، (5864)
 * طالباً): a verb of demanding is never followed by an indefinite adjective, a year of study or
 * a degree, nor coordinated with the feminine noun.
 */
import type { Detection } from './context.js';

/** Forms of the noun and the verb that share a spelling (normalised). */
const STUDENT_FORMS = /^[وف]?(طالب|طالبا)$/;
/** What a student is of: a year, a class, a degree, a faculty (normalised). */
const STUDY_WORDS = new Set(['السنه', 'الصف', 'المرحله', 'المستوي', 'دكتوراه', 'الدكتوراه', 'ماجستير', 'الماجستير', 'بكالوريوس',
  'البكالوريوس', 'الطب', 'الهندسه', 'كليه', 'بكليه', 'بجامعه', 'علم', 'العلم', 'ثانوي', 'ثانويه', 'جامعي', 'مبتعث']);

/** Whether the token at i is the noun طالب (student), not the verb طالب (demanded). */
export function studentNounAt(cx: Detection, i: number): boolean {
  const w = cx.tokens[i];
  if (!w || w.kind !== 'word' || !STUDENT_FORMS.test(w.norm)) return false;
  // (5864) طالباً: a counted noun with its number in brackets.
  const prev = cx.tokens[i - 1];
  if (prev?.kind !== 'word' && /^[)\]]$/.test(cx.text.slice(prev?.start ?? 0, prev?.end ?? 0)) && cx.tokens[i - 2]?.kind === 'number') return true;
  const next = cx.tokens[i + 1];
  if (!next || next.kind !== 'word') return false;
  if (/^و(طالبه|طالبات)$/.test(next.norm) || STUDY_WORDS.has(next.norm)) return true;
  // طالب سعودي، طالب جامعي: an indefinite adjective of relation (nisba), not a name.
  return next.norm.length >= 4 && next.norm.endsWith('ي') && !next.norm.startsWith('ال') && cx.mentionOf[i + 1] === undefined;
}
