import { defineStage } from '../core/pipeline.js';
import { extractEvents } from './extract.js';

/**
 * Adds PLOVER events: trigger, actor, recipient, place, time, quantities,
 * the attribution that reports them, and negation, future and condition.
 * Works with empty entity and attribution layers (then only types and triggers).
 */
export const eventsStage = defineStage({
  name: 'events',
  needs: ['tokens', 'sentences', 'entities', 'attributions', 'quantities', 'times'],
  adds: ['events'],
  run: ({ text, layers }) => ({
    layers: {
      events: extractEvents({
        text,
        tokens: layers.tokens,
        entities: layers.entities,
        attributions: layers.attributions,
        quantities: layers.quantities,
        times: layers.times,
      }),
    },
  }),
});
