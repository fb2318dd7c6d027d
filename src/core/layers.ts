import type {
  Attribution, Entity, IsnadEvent, Mention, Quantity, Span, TimeExpr, Token,
} from './types.js';
import type { NormalisedText } from '../text/normalise/normalise.js';

/** Every layer a stage may add to a document, by name. */
export interface Layers {
  normalised: NormalisedText;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  quantities: Quantity[];
  times: TimeExpr[];
  attributions: Attribution[];
  events: IsnadEvent[];
}

export type LayerName = keyof Layers;
