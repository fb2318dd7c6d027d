/**
 * «أدانت مصر الهجوم الذي استهدف السفارة الأردنية»، «ندد الجبوري بالتفجير الذي استهدف مسجد قوات
 * الطوارئ»: the party named in the relative clause of the act condemned is that act's target, the
 * victim, not the one condemned. A condemnation's recipient is the doer of the act (set from the
 * act's actor afterwards), or a party named before the act (أدانت مصر إسرائيل للهجوم الذي …).
 */
import { type Doc, mentionsIn, sentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** The relative pronoun opening a clause on the act noun at token d: right after it or past a word or two (التفجير الإرهابي الذي). */
function relativeAfter(doc: Doc, d: number): number | undefined {
  const { tokens } = doc;
  for (let k = d + 1; k < tokens.length && k - d <= 3 && sentenceOf(doc, k) === sentenceOf(doc, d); k++) {
    if (RELATIVES.has(tokens[k]!.norm) && !/^و/.test(tokens[k]!.norm)) return k;
    if (isBoundary(tokens[k]!) || doc.mentionAt[k] || doc.isCandidate[k]) return undefined;
  }
  return undefined;
}

/** Drops from each condemnation the parties first named inside the relative clause of the act it condemns. */
export function dropCondemnedActTargets(doc: Doc, cands: readonly Candidate[]): void {
  const { tokens } = doc;
  for (const [idx, c] of cands.entries()) {
    if (c.type !== 'ACCUSE' || c.recipient.length === 0) continue;
    const d = cands[idx + 1];
    if (!d || d.reading.pos === 'verb' || d.tok - c.tok > 12 || sentenceOf(doc, d.tok) !== sentenceOf(doc, c.tok)) continue;
    if (tokens.slice(c.tok + 1, d.tok).some((t) => isBoundary(t) && t.norm !== '،' && t.norm !== ',')) continue;
    const r = relativeAfter(doc, d.tok);
    if (r === undefined) continue;
    const named = mentionsIn(doc, c.tok + 1, r);
    c.recipient = c.recipient.filter((id) => d.actor.includes(id) || named.some((m) => m.entity.id === id) || !mentionsIn(doc, r, tokens.length).some((m) => m.entity.id === id && sentenceOf(doc, m.first) === sentenceOf(doc, c.tok)));
  }
}
