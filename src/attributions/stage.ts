import { defineStage } from '../core/pipeline.js';
import { resolveDescription } from '../entities/link/stage.js';
import { detectAttributions } from './detect.js';

/**
 * Who said what: reporting cues with their source, content, stance and
 * chains. Needs the tokens, sentences and entities of the document; definite
 * descriptions (الصحيفة، المتحدث) are resolved through the entity layer.
 */
export const attributionsStage = defineStage({
  name: 'attributions',
  needs: ['tokens', 'sentences', 'entities'],
  adds: ['attributions'],
  run({ text, layers }) {
    const { tokens, entities } = layers;
    const attributions = detectAttributions({
      text,
      tokens,
      entities,
      resolveDescription: (span) => resolveDescription(entities, tokens, span.start)?.id,
    });
    return { layers: { attributions } };
  },
});
