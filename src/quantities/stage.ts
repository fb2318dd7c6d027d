import { defineStage } from '../core/pipeline.js';
import { scanQuantitiesAndTimes } from './scanner.js';

/**
 * Adds quantities: money (ISO 4217), counts, percentages, durations,
 * measures and ordinals, in digits and in words. Numbers that belong to a
 * date are times and are left out (the scan is shared with the times stage).
 */
export const quantitiesStage = defineStage({
  name: 'quantities',
  needs: ['normalised'],
  adds: ['quantities'],
  run: ({ input, layers }) => ({
    layers: { quantities: scanQuantitiesAndTimes(layers.normalised, input.date).quantities },
  }),
});
