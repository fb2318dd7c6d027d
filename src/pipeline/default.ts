import { Pipeline, type AnyStage } from '../core/pipeline.js';
import { normaliseStage, segmentStage } from '../text/stages.js';

/** The stages of a full analysis, in order. */
export function defaultStages(): AnyStage[] {
  return [normaliseStage, segmentStage];
}

let shared: Pipeline | undefined;

/** The default pipeline, built (and checked) once. */
export function defaultPipeline(): Pipeline {
  shared ??= Pipeline.build(defaultStages());
  return shared;
}
