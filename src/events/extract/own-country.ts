/**
 * «قال وزير الدفاع البريطاني إن بلاده ستمدد حملتها»، «أكد كيري أن بلاده تدعم مصر»: «his
 * country» as the subject of what a person says is the state he speaks for, not the person.
 * The state is named by the nisba of his title (وزير الخارجية التركي), or it is the state of
 * the document whose country is the speaker's own (per the knowledge base).
 */
import type { Entity } from '../../core/types.js';
import { type Doc, isAdjective } from './context.js';
import { THAT_CLAUSE } from './lexicon-sets.js';
import { adjectivePrep, sourceEntity } from './mentions.js';
import type { Candidate } from './types.js';

/** «بلاده»، «بلادها»، «دولته»: his or her country, as a word of its own. */
const OWN_COUNTRY = /^(ب|ل)?(بلاده|بلادها|دولته|دولتها)$/;

/** Words that may stand between a subject before its verb and the verb (بلاده لن تسمح، بلاده قد بدأت). */
const PARTICLES = /^(قد|لن|لا|لم|سوف)$/;

/** Whether the subject of the verb at v is «his country», before it after أن or right after it. */
function ownCountrySubject(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  let k = v - 1;
  if (k > 0 && PARTICLES.test(tokens[k]!.norm)) k--;
  if (k > 0 && OWN_COUNTRY.test(tokens[k]!.norm) && THAT_CLAUSE.test(tokens[k - 1]!.norm)) return true;
  // After the verb only when the verb opens its clause (وستواصل بلاده …), not «أن الاستخبارات ساعدت بلاده».
  const after = tokens[v + 1];
  const prev = tokens[v - 1];
  const opens = prev === undefined || prev.sentence !== tokens[v]!.sentence || prev.kind === 'punct' || THAT_CLAUSE.test(prev.norm) || /^[وف]/.test(tokens[v]!.norm);
  return opens && after !== undefined && after.sentence === tokens[v]!.sentence && /^(بلاده|بلادها)$/.test(after.norm);
}

/** A state entity (no city): its knowledge-base id names a country code alone (gpe:GB). */
function isState(e: Entity): boolean {
  return e.type === 'GPE' && typeof e.kb?.id === 'string' && /^gpe:[A-Z]{2}$/.test(e.kb.id);
}

/** The state a person speaks for: the nisba of his title before one of his mentions, or the state of his country. */
function stateOf(doc: Doc, person: Entity): string | undefined {
  const { mentionAt } = doc;
  for (const m of doc.mentions) {
    if (m.entity.id !== person.id) continue;
    for (let k = m.first - 1; k >= 0 && m.first - k <= 3; k--) {
      const a = mentionAt[k];
      if (a && isAdjective(a) && a.entity.type === 'GPE' && adjectivePrep(doc, a) === undefined) return a.entity.id;
      if (a && !isAdjective(a)) break;
    }
  }
  const country = person.kb?.country;
  if (typeof country !== 'string') return undefined;
  return doc.input.entities.find((e) => isState(e) && e.kb?.country === country)?.id;
}

/** The person who says what the candidate is told in: its attribution's source, else its actor when that is a person. */
function speakerOf(doc: Doc, c: Candidate): Entity | undefined {
  const { input } = doc;
  const a = c.attribution !== undefined ? input.attributions.find((x) => x.id === c.attribution) : undefined;
  const id = a ? a.source.entity ?? sourceEntity(doc, a) : c.actor.length === 1 ? c.actor[0] : undefined;
  const e = id !== undefined ? input.entities.find((x) => x.id === id) : undefined;
  return e?.type === 'PER' ? e : undefined;
}

/** Gives an act whose subject is «his country» the speaker's state as its doer. */
export function ownCountrySubjects(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.passive || c.inverse || c.lemma.inverse) continue;
    // A noun with no support verb found is read as the object of the word before it (بلاده ستمدد حملتها).
    const v = c.verbAt >= 0 ? c.verbAt : c.reading.pos === 'noun' ? c.tok - 1 : -1;
    if (v < 1 || doc.mentionAt[v] || doc.tokens[v]!.kind !== 'word' || !ownCountrySubject(doc, v)) continue;
    const speaker = speakerOf(doc, c);
    // Only an actor the rules took for the speaker, or none, is replaced.
    if (!speaker || !(c.actor.length === 0 || (c.actor.length === 1 && c.actor[0] === speaker.id))) continue;
    const state = stateOf(doc, speaker);
    if (!state || c.recipient.includes(state)) continue;
    c.actor = [state];
    c.actorFrom = 'syntax';
  }
}
