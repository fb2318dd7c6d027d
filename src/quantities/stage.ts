import { defineStage } from '../core/pipeline.js';
import { scanQuantitiesAndTimes } from './scanner.js';

/**
 * Adds quantities (money in ISO 4217, counts, percentages, durations,
 * measures, ordinals — in digits and in words) and times (Gregorian dates
 * in three month-name systems, Hijri dates, years, weekdays, parts of day,
 * relative expressions resolved against `input.date`, null without it).
 * One scan finds both, so a number that belongs to a date is a time and
 * never also a quantity.
 */
export const quantitiesAndTimesStage = defineStage({
  name: 'quantities-times',
  needs: ['normalised'],
  adds: ['times', 'quantities'],
  run: ({ input, layers }) => {
    const { quantities, times } = scanQuantitiesAndTimes(layers.normalised, input.date);
    return { layers: { quantities, times } };
  },
});
