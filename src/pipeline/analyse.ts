import { toAnalysisJson, type AnalysisJson } from '../core/analysis.js';
import { IsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { defaultPipeline } from './default.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD date, naming the bad value. */
export function checkDate(date: string, where?: string): string {
  const m = DATE.exec(date);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return date;
  }
  throw new IsnadError('DATE_INVALID', `not a calendar date in the form YYYY-MM-DD: "${date}"`, where);
}

/** Analyses one document with the default pipeline into the contract's JSON. */
export function analyse(input: DocumentInput): AnalysisJson {
  if (input.date !== undefined) checkDate(input.date);
  return toAnalysisJson(defaultPipeline().run(input));
}
