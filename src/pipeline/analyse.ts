import { toAnalysisJson, type AnalysisJson } from '../core/analysis.js';
import { checkDate } from '../core/document-input.js';
import type { DocumentInput } from '../core/types.js';
import { defaultPipeline } from './default.js';

export { checkDate };

/** Analyses one document with the default pipeline into the contract's JSON. */
export function analyse(input: DocumentInput): AnalysisJson {
  if (input.date !== undefined) checkDate(input.date);
  return toAnalysisJson(defaultPipeline().run(input));
}
