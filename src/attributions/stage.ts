import { defineStage } from '../core/pipeline.js';
import { detectAttributions } from './detect.js';

/**
 * Who said what: reporting cues with their source, content, stance and
 * chains. Needs the tokens, sentences and entities of the document.
 */
export const attributionsStage = defineStage({
  name: 'attributions',
  needs: ['tokens', 'sentences', 'entities'],
  adds: ['attributions'],
  run({ text, layers }) {
    return { layers: { attributions: detectAttributions({ text, tokens: layers.tokens, entities: layers.entities }) } };
  },
});
