import { defineStage } from '../core/pipeline.js';
import { activeArgWeights, rerankArguments } from './args-model.js';
import { keepBackedParty } from './backed-not-backer.js';
import { withCoordinatedParties } from './chosen-coordinated.js';
import { withoutBystanderActors } from './chosen-not-bystander.js';
import { extractEvents, type EventInput } from './extract.js';
import { isAttendanceEvent } from './extract/attendance.js';

/**
 * Adds PLOVER events: trigger, actor, recipient, place, time, quantities,
 * the attribution that reports them, and negation, future and condition.
 * Works with empty entity and attribution layers (then only types and triggers).
 * Actor and recipient: the rules' choice re-ranked by the learned model
 * (args-model.ts) when data/events/args-model.json is present.
 */
export const eventsStage = defineStage({
  name: 'events',
  needs: ['tokens', 'sentences', 'entities', 'attributions', 'quantities', 'times'],
  adds: ['events'],
  run: ({ text, layers }) => {
    const input: EventInput = {
      text,
      tokens: layers.tokens,
      entities: layers.entities,
      attributions: layers.attributions,
      quantities: layers.quantities,
      times: layers.times,
    };
    const events = extractEvents(input);
    // The learned argument chooser, when its weights are present (rules otherwise).
    const weights = activeArgWeights();
    // A party backed is not taken by the chooser as its own backer (backed-not-backer.ts).
    if (!weights) return { layers: { events } };
    // Attendance events keep the attendees the rules name, and are no earlier doer for the chooser (extract/attendance.ts).
    const others = events.filter((ev) => !isAttendanceEvent(text, ev));
    const reranked = rerankArguments(input, others, weights);
    let k = 0;
    const ranked = events.map((ev) => (isAttendanceEvent(text, ev) ? ev : reranked[k++]!));
    // No place, victim or condemner of the act as the actor the chooser filled in (chosen-not-bystander.ts).
    const checked = withoutBystanderActors(input, events, keepBackedParty(text, input.entities, events, ranked));
    // A lone party the chooser filled in brings the parties coordinated with it (chosen-coordinated.ts).
    return { layers: { events: withCoordinatedParties(input, events, checked) } };
  },
});
