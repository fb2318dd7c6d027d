/**
 * The entities stage: tokens and the tagger's mentions in, entities out.
 * Knowledge-base names are also found directly over the tokens, so the
 * result holds up where the tagger misses a name.
 */
import { defineStage } from '../../core/pipeline.js';
import { loadKb } from '../kb/load.js';
import { linkEntities, type LinkOptions } from './build.js';

export { linkEntities, type LinkOptions } from './build.js';
export { resolveDescription, descriptionClass } from './describe.js';

/** An entities stage with options (a default country for generic names such as وزارة الداخلية). */
export function createEntitiesStage(options: LinkOptions = {}) {
  return defineStage({
    name: 'entities',
    needs: ['tokens', 'mentions'],
    adds: ['entities'],
    run({ input, text, layers }) {
      const withDate = input.date !== undefined && options.date === undefined ? { ...options, date: input.date } : options;
      return { layers: { entities: linkEntities(loadKb(), text, layers.tokens, layers.mentions, withDate) } };
    },
  });
}

export const entitiesStage = createEntitiesStage();
