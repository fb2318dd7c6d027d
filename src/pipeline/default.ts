import { Pipeline, type AnyStage } from '../core/pipeline.js';
import { attributionsStage } from '../attributions/stage.js';
import { entitiesStage } from '../entities/link/stage.js';
import { nerStage } from '../entities/ner/stage.js';
import { eventsStage } from '../events/stage.js';
import { quantitiesAndTimesStage } from '../quantities/stage.js';
import { normaliseStage, segmentStage } from '../text/stages.js';

/** The stages of a full analysis, in order. */
export function defaultStages(): AnyStage[] {
  return [
    normaliseStage,
    segmentStage,
    nerStage,
    entitiesStage,
    quantitiesAndTimesStage,
    attributionsStage,
    eventsStage,
  ];
}

let shared: Pipeline | undefined;

/** The default pipeline, built (and checked) once. */
export function defaultPipeline(): Pipeline {
  shared ??= Pipeline.build(defaultStages());
  return shared;
}
