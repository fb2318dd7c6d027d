/**
 * «وكان في استقباله الأمير X»، «كان في استقبالهم مدير الإدارة العميد Y»، «وكان في استقبال الرئيس في
 * المطار، رئيس الحكومة Z»: the news formula of a reception names the host after «كان في استقبال»,
 * not before it. The host is the actor (as in «استقبل X Y»); the one received is the pronoun on
 * the noun (a party named before), or the genitive right after a noun without a pronoun.
 * Without this, the party before the formula (the guest who arrived) was read as the host.
 */
import { type Doc, isAdjective, mentionsIn, sentenceOf } from './context.js';
import { appositivePerson, antecedent, coordinated, inApposition, isLocative, prepOf } from './mentions.js';
import { TITLES } from './lexicon-sets.js';
import type { Candidate, MentionRef } from './types.js';

/** كان and its forms before «في استقبال». */
const KANA = /^(و|ف)?(كان|كانت|كانوا|يكون|تكون|سيكون|ستكون)$/;

const HOSTS = new Set(['PER', 'ORG']);

/** Whether candidate c is the noun of «كان في استقبال(ه)». */
function receptionFormula(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  const i = c.tok;
  if (c.type !== 'CONSULT' || c.lemma.mode !== 'host' || c.reading.pos !== 'noun' || i < 2) return false;
  if (c.reading.proclitics !== '' || tokens[i - 1]!.norm !== 'في') return false;
  return KANA.test(tokens[i - 2]!.norm) && sentenceOf(doc, i - 2) === sentenceOf(doc, i);
}

/** The first party after token `from` that can host: a person or a body, not after a preposition, not a place. */
function hostAfter(doc: Doc, from: number, end: number, skip: string[]): MentionRef | undefined {
  for (const m of mentionsIn(doc, from, end)) {
    if (isAdjective(m) || !HOSTS.has(m.entity.type) || skip.includes(m.entity.id)) continue;
    if (prepOf(doc, m) !== undefined || isLocative(doc, m)) continue;
    return appositivePerson(doc, m);
  }
  return undefined;
}

/** Stage 3: host and guest of the reception formula. */
export function receptionHosts(doc: Doc): void {
  const { tokens, mentionAt, cands } = doc;
  for (const c of cands) {
    if (!receptionFormula(doc, c)) continue;
    const i = c.tok;
    // Past commas: a place or time is often set off before the host (في المطار، الأمير …).
    let end = i + 1;
    while (end < tokens.length && end - i <= 24 && sentenceOf(doc, end) === sentenceOf(doc, i) && !/^[.؛:]$/.test(tokens[end]!.norm)) end++;
    let guest: string[] = [];
    let from = i + 1;
    if (c.reading.pronoun === undefined) {
      // «في استقبال الرئيس التونسي في مطار الرياض، الأمير …»: the genitive is the guest.
      // A title may come first (في استقبال الرئيس التونسي، في استقبال خادم الحرمين الملك سلمان).
      let k = i + 1;
      while (k < end && k - i <= 3 && !mentionAt[k] && (TITLES.has(tokens[k]!.norm) || TITLES.has(doc.bare[k]!))) k++;
      const g = mentionAt[k];
      // An unnamed guest (في استقبال خادم الحرمين في المطار، …): the host is still the party after.
      if (g && g.first === k && (k === i + 1 || /^ال/.test(tokens[i + 1]!.norm))) {
        guest = [g.entity.id];
        from = g.last + 1;
      }
    } else {
      const ref = antecedent(doc, i - 2, c.reading.pronoun, []);
      if (ref) guest = [ref.entity.id];
    }
    const host = hostAfter(doc, from, end, guest);
    if (!host) continue;
    // Not the guest's own title phrase (في استقبال الرئيس عبد ربه منصور هادي).
    if (c.reading.pronoun === undefined && from < host.first && inApposition(doc, from - 1, host) && tokens.slice(from, host.first).every((t) => t.kind === 'word')) continue;
    c.actor = coordinated(doc, host, end).ids.filter((id) => !guest.includes(id));
    c.recipient = guest.filter((id) => !c.actor.includes(id));
    c.actorFrom = 'syntax';
  }
}
