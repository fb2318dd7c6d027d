/** The fake analyser as a module a worker can load (tests of the worker pool). */
import type { AnalysisJson } from '../../core/analysis.js';
import type { DocumentInput } from '../../core/types.js';
import { fakeAnalyse } from './fake-analysis.js';

/** Milliseconds of busy work per document, from ISNAD_FAKE_DELAY_MS (for the crash test). */
const DELAY = Number(process.env['ISNAD_FAKE_DELAY_MS'] ?? '0');

export function analyse(input: DocumentInput): AnalysisJson {
  if (DELAY > 0) {
    const until = Date.now() + DELAY;
    while (Date.now() < until) {
      // busy: an analysis takes time
    }
  }
  if (input.text.includes('@@EXIT@@')) process.exit(3); // a worker dying in mid-document
  return fakeAnalyse(input);
}
