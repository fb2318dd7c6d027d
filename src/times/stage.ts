import { defineStage } from '../core/pipeline.js';
import { scanQuantitiesAndTimes } from '../quantities/scanner.js';

/**
 * Adds times: dates in the Gregorian (three month-name systems) and Hijri
 * calendars, years, weekdays, parts of day and relative expressions, resolved
 * against the document date (`input.date`); unresolved (null) without it.
 */
export const timesStage = defineStage({
  name: 'times',
  needs: ['normalised'],
  adds: ['times'],
  run: ({ input, layers }) => ({
    layers: { times: scanQuantitiesAndTimes(layers.normalised, input.date).times },
  }),
});
