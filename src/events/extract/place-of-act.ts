/**
 * Two phrases of place that isLocative's own checks miss, so that their party is taken as the
 * place of the act and never as its actor or recipient (GUIDELINE: a place after a locative phrase
 * is the location):
 * - a capital or city described by the nisba of its state before its name: «بدأت في العاصمة
 *   الإثيوبية أديس أبابا المحادثات»، «بالعاصمة القطرية الدوحة» (the chain place-phrase.ts reads
 *   for the learned chooser);
 * - a body named as the building where a meeting is held: «استقبل الوزير، بمقر وزارة الخارجية،
 *   نظيره»، «في مقر الأمم المتحدة» — the seat, not the party received.
 */
import { type Doc, sentenceOf } from './context.js';
import { inPlacePhrase } from '../place-phrase.js';
import type { MentionRef } from './types.js';

/** A seat or building glued to ب (بمقر، وبمبنى) or after a separate في/داخل. */
const SEAT_GLUED = /^(و|ف)?ب(مقر|مقار|مبني|قاعه)$/;
const SEAT_BARE = /^(مقر|مقار|مبني|قاعه)$/;
const SEAT_BEFORE = /^(و|ف)?(في|داخل|امام)$/;

/** Whether the mention is the place of the act by one of the two phrases above. */
export function inPlaceOfAct(doc: Doc, m: MentionRef): boolean {
  const { tokens, mentionAt } = doc;
  const j = m.first - 1;
  if (j < 0 || sentenceOf(doc, j) !== sentenceOf(doc, m.first)) return false;
  const w = tokens[j]!.norm;
  if (SEAT_GLUED.test(w)) return true;
  if (SEAT_BARE.test(w) && j > 0 && SEAT_BEFORE.test(tokens[j - 1]!.norm)) return true;
  const span = (x: MentionRef) => ({ first: x.first, last: x.last, entityType: x.entity.type });
  return inPlacePhrase(tokens, span(m), (k) => {
    const e = mentionAt[k];
    return e && e.last === k ? span(e) : undefined;
  });
}
