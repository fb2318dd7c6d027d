/**
 * «بحضور وزير الخارجية X»، «وحضور المدير Y»، «في حضور الرئيس Z»: in news of a ceremony, a signing or a
 * meeting, the presence of a named official is told as the circumstance «in the presence of». The
 * gold marks it as a meeting (CONSULT) whose doer is the one who attends. Only a named party makes
 * it one: «بحضور عدد من المسؤولين»، «بحضور وكلاء الجامعة» name nobody, and «الحضور» (the audience),
 * «لحضور» (in order to attend: the visit is the act) are other senses.
 */
import { type Doc, inQuantity, isAdjective, sentenceOf } from './context.js';
import { RELATIVE_PRONOUNS, TITLES } from './lexicon-sets.js';
import type { Candidate } from './types.js';
import type { IsnadEvent } from '../../core/types.js';
import type { FormReading } from '../lexicon.js';

export const ATTENDANCE = 'حضور';

/** Words after which the attendees are no longer named: a part of a group (عدد من، منهم), a clause. */
const STOP = new Set(['من', 'منهم', 'ومنهم', 'بينهم', 'وبينهم', 'يتقدمهم', 'في', 'علي', 'عن', 'الي', 'مع', 'بعد', 'قبل', 'خلال']);

/** Heads of a number of people: «بحضور عدد من المسؤولين»، «بحضور عشرين سيدة» name no one. */
const COUNTED = /^(عدد|جمع|لفيف|نخبه|كوكبه|حشد|مئات|الاف|عشرات|العديد)$/;

/** What opens another phrase, so ends the list of attendees: another circumstance (ووجود، وبقيادة، وحضور) or a venue (بمقر). */
const NEXT_PHRASE = /^(و)?(ب)?(حضور|وجود)$|^وب..|^(و)?ب(مقر|مجمع|مبني|قاعه|فندق|مسجد|منتزه|مسرح|مدينه|محافظه|منطقه|حي)$/;

/** Whether the form is «in the presence of»: بحضور، وبحضور، وحضور, or حضور right after في. */
function presenceForm(doc: Doc, i: number, r: FormReading): boolean {
  if (r.pos !== 'noun' || r.pronoun !== undefined) return false;
  if (r.proclitics === 'ب' || r.proclitics === 'وب' || r.proclitics === 'و') return true;
  return r.proclitics === '' && i > 0 && /^(و)?في$/.test(doc.tokens[i - 1]!.norm);
}

/**
 * The named parties who attend, after «بحضور» at i: persons in the phrase that follows (past their
 * titles), and further persons joined by و after a comma. A state by its nisba counts when it
 * qualifies the office right after the noun (بحضور وزير الخارجية الإسباني). Empty when nobody is named.
 */
export function attendees(doc: Doc, i: number, r: FormReading): string[] {
  if (!presenceForm(doc, i, r)) return [];
  const { tokens, mentionAt, bare } = doc;
  const ids: string[] = [];
  let stopped = false;
  const first = tokens[i + 1];
  if (!first || first.kind === 'number' || COUNTED.test(first.norm) || inQuantity(doc, i + 1)) return [];
  let k = i + 1;
  for (; k < tokens.length && k - i <= 30 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    // «د. علي»: the point of an abbreviated title (a one-letter word) ends no sentence.
    if (t.norm === '.' && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.norm.length === 1) continue;
    if (/^[.؛:!?؟]$/.test(t.norm)) break;
    if (t.norm === '،' || t.norm === ',') {
      // Another attendee is joined by و after the comma; anything else ends the list.
      const next = tokens[k + 1];
      if (!next || !/^و/.test(next.norm)) break;
      stopped = false;
      continue;
    }
    if (t.kind === 'word' && NEXT_PHRASE.test(t.norm)) break;
    if (RELATIVE_PRONOUNS.has(t.norm)) stopped = true;
    if (t.kind === 'word' && STOP.has(t.norm)) stopped = true;
    const m = mentionAt[k];
    if (!m || m.first !== k) continue;
    k = m.last;
    if (stopped || ids.includes(m.entity.id)) continue;
    if (m.entity.type === 'PER') ids.push(m.entity.id);
    // «بحضور وزير الخارجية الإسباني»: the office of a state right after the noun.
    else if (ids.length === 0 && isAdjective(m) && m.first - i <= 4 && (TITLES.has(bare[i + 1]!) || TITLES.has(tokens[i + 1]!.norm))) ids.push(m.entity.id);
  }
  return ids;
}

/** Whether a candidate is the noun of attendance. */
export function isAttendance(c: Candidate): boolean {
  return c.lemma.label === ATTENDANCE;
}

/** The attendance candidates set aside while the other events find their parties, per document. */
const setAside = new WeakMap<Doc, Candidate[]>();

/**
 * Stage 2: the attendance candidates leave the list while the arguments and the fallback actors of
 * the other events are found. Their doers are named inside the circumstance only, so no later act
 * (اللقاء، وطلبا) may take them up as its subject, and the attendees are no event's actor but theirs.
 */
export function setAsideAttendance(doc: Doc): void {
  const held = doc.cands.filter(isAttendance);
  if (held.length === 0) return;
  setAside.set(doc, held);
  doc.cands = doc.cands.filter((c) => !isAttendance(c));
}

/**
 * Stage 3: the attendance candidates come back, in token order, with the attendees as their doers
 * (the name after «بحضور» is set off from the other events, as a separate preposition, so it is given here).
 */
export function attendanceActors(doc: Doc): void {
  const held = setAside.get(doc);
  if (!held) return;
  setAside.delete(doc);
  for (const c of held) {
    c.actor = attendees(doc, c.tok, c.reading);
    c.actorFrom = 'syntax';
    c.recipient = [];
  }
  doc.cands = [...doc.cands, ...held].sort((a, b) => a.tok - b.tok);
}

/**
 * Whether an event is the attendance of «بحضور»: the learned argument chooser must not read its
 * attendees as the doer carried on to the next events (a meeting told after it is still the host's).
 */
export function isAttendanceEvent(text: string, ev: IsnadEvent): boolean {
  return ev.type === 'CONSULT' && /^(و)?(ب)?حضور$/.test(text.slice(ev.trigger.start, ev.trigger.end));
}

/**
 * Stage 6: «استقبل X Y بحضور Z»، «عقد X اجتماعا … بحضور Z»: the one whose act the attendance
 * accompanies, the doer of the act told before it in its sentence, is the host, so its recipient.
 */
export function attendanceHosts(doc: Doc, kept: readonly Candidate[]): void {
  for (const [n, c] of kept.entries()) {
    if (!isAttendance(c) || c.recipient.length > 0) continue;
    const host = kept.slice(0, n).reverse().find((k) => !isAttendance(k) && sentenceOf(doc, k.tok) === sentenceOf(doc, c.tok));
    if (host) c.recipient = host.actor.filter((id) => !c.actor.includes(id));
  }
}
