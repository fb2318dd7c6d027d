import { defineStage } from '../core/pipeline.js';
import { normalise } from './normalise/normalise.js';
import { segmentNormalised } from './segment/segment-text.js';

/** Adds the normalised view with its map back to the original text. */
export const normaliseStage = defineStage({
  name: 'normalise',
  needs: [],
  adds: ['normalised'],
  run: ({ text }) => ({ layers: { normalised: normalise(text) } }),
});

/** Adds paragraphs, sentences and tokens (with clitic segments on Arabic words). */
export const segmentStage = defineStage({
  name: 'segment',
  needs: ['normalised'],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run: ({ layers }) => ({ layers: segmentNormalised(layers.normalised) }),
});
