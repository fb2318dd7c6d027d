/** The library API of isnad. */
export { analyse, checkDate } from './pipeline/analyse.js';
export { defaultPipeline, defaultStages } from './pipeline/default.js';
export { Pipeline, defineStage } from './core/pipeline.js';
export type { Stage, StageInput, StageOutput, AnalysedDocument, AnyStage } from './core/pipeline.js';
export type { Layers, LayerName } from './core/layers.js';
export { ANALYSIS_SCHEMA, toAnalysisJson } from './core/analysis.js';
export type { AnalysisJson, AnalysisToken } from './core/analysis.js';
export { IsnadError, isIsnadError } from './core/errors.js';
export type { ErrorCode } from './core/errors.js';
export * from './core/types.js';
export { normalise, normaliseString, toOriginal, fromOriginal, DEFAULT_NORMALISE } from './text/normalise/normalise.js';
export type { NormalisedText, NormaliseOptions } from './text/normalise/normalise.js';
export { segmentText, tokenize } from './text/segment/segment-text.js';
