/**
 * وهو ما تنفيه القوات الحكومية، بحسب قوات الأمن: armed forces speak as a body does (their
 * command, their spokesman), so «القوات» / «قوات» heads a source as «الجيش» and «الشرطة» do.
 */
import { bare } from './word-sets.js';

/** Is the normalised word قوات or القوات (with a glued و/ف/ل)? */
export function forcesHead(w: string): boolean {
  return /^(ال)?قوات$/.test(bare(w).replace(/^لل/, 'ال').replace(/^ل(?=قوات$)/, ''));
}
