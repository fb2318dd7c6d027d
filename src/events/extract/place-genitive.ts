/**
 * «معارك عدن»، «لقاء جنيف»، «اتفاقية القاهرة»، «هجمات لندن»: a town or a place named in the
 * genitive of an event noun tells where the act happened (or the deal is named after), not who
 * did it. States are parties (هجوم إسرائيل، زيارة مصر), and a capital that stands for its state
 * is linked to the state itself (طهران → إيران), so only what the entity layer knows as a place
 * below a state counts: a LOC, or a GPE whose knowledge-base id names a place inside a country
 * (gpe:YE-aden), written by its own name.
 *
 * The town is cleared from the actor only once the filters are done: they keep reading the noun
 * as anchored by it (an event of its own, not one merged into a verb before it), so this changes
 * who acts, not which events are told.
 */
import type { Entity } from '../../core/types.js';
import type { Candidate, MentionRef } from './types.js';

/** A knowledge-base id of a place inside a country (gpe:CH-geneva), not of a state (gpe:CH). */
const PLACE_IN_STATE = /^gpe:[A-Z]{2}-/;

/** Whether an entity is a place below a state: a LOC, or a town of the knowledge base. */
export function isPlaceBelowState(e: Entity): boolean {
  if (e.type === 'LOC') return true;
  return e.type === 'GPE' && typeof e.kb?.id === 'string' && PLACE_IN_STATE.test(e.kb.id);
}

/** Whether a mention in the genitive of an event noun is the place of the act: a town or place by its own name. */
export function placeInGenitive(m: MentionRef): boolean {
  return (m.mention.kind === undefined || m.mention.kind === 'name') && isPlaceBelowState(m.entity);
}

/** Clears from the actor of each kept event the town its noun was read with in the genitive. */
export function placesNotDoers(kept: readonly Candidate[]): void {
  for (const c of kept) {
    const place = c.placeNamed;
    if (!place || c.actor.length === 0 || !c.actor.every((id) => place.includes(id))) continue;
    c.actor = [];
    c.actorFrom = 'none';
  }
}
