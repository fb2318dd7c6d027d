/**
 * «الألغام ومخلفات الحروب التي لم تنفجر»، «عبوات ناسفة لم تنفجر»: ordnance that has not gone off is
 * a thing lying in wait (unexploded), described by a relative clause or right after its noun; no
 * blast told, not even denied. A plot whose bomb failed (إلا أنها لم تنفجر) is left alone.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Relatives and nouns of ordnance that «لم تنفجر» describes. */
const DESCRIBED = /^(التي|الذي|اللتي|اللذي|ناسفه|ناسفات|الناسفه|قنابل|القنابل|الغام|الالغام|قذائف|القذائف|ذخائر|الذخائر|مخلفات)$/;

/** Whether the verb of exploding at i, after «لم», describes unexploded ordnance. */
export function unexplodedOrdnance(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!inSentenceOf(doc, i - 2, i) || tokens[i - 1]!.norm !== 'لم') return false;
  return DESCRIBED.test(tokens[i - 2]!.norm);
}
