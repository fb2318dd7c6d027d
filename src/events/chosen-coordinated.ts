/**
 * The learned argument chooser fills an actor the rules left empty with one party only. When that
 * party is named in the trigger's sentence coordinated by و with others (تعمل تركيا والولايات المتحدة
 * على …، نجحت المقاومة الشعبية والجيش الوطني في تحرير …، مفاوضات بين كوريا والصين واليابان), the act is
 * theirs together: the parties coordinated with its mention there join it, as the rules' own
 * coordinated subjects do (extract/mentions.ts). The parties right after بين are the sides of an act
 * between them: two (اتفاق بين X وY) are its actor and its recipient, and so are the first and the
 * rest of a hostile act (المواجهات بين المقاومة والميليشيات وقوات صالح), so none joins; more than two
 * of a talk or a deal (مفاوضات بين كوريا والصين واليابان) all take part.
 */
import type { IsnadEvent } from '../core/types.js';
import { buildDoc, forwardEnd, type Doc } from './extract/context.js';
import { coordinated, coordinatedBackward } from './extract/mentions.js';
import type { EventInput, MentionRef } from './extract/types.js';
import { firstTokenAtOrAfter } from './extract/words.js';
import { triggerLexicon } from './lexicon.js';

/** The mention of entity id in the sentence of token trig nearest to it (one before it on a tie). */
function nearestMention(doc: Doc, id: string, trig: number): MentionRef | undefined {
  const sentence = doc.tokens[trig]!.sentence;
  let best: { m: MentionRef; d: number } | undefined;
  for (const m of doc.mentions) {
    if (m.entity.id !== id || doc.tokens[m.first]!.sentence !== sentence || (m.first <= trig && trig <= m.last)) continue;
    const d = m.last < trig ? trig - m.last : m.first - trig;
    if (!best || d < best.d) best = { m, d };
  }
  return best?.m;
}

/** Acts whose sides after بين are opposed: the first side is the actor, the others its recipients. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'ACCUSE', 'SANCTION', 'REJECT']);

/** The first token of the chain of mentions coordinated by و that ends at m. */
function chainStart(doc: Doc, m: MentionRef): number {
  const { tokens, mentionAt } = doc;
  let first = m.first;
  while (tokens[first]!.norm.startsWith('و') && first > 0 && mentionAt[first - 1]?.last === first - 1) first = mentionAt[first - 1]!.first;
  return first;
}

/**
 * The chosen events, with the parties coordinated with a lone actor that the chooser filled in
 * where the rules had none. `rules` and `chosen` are in the same order.
 */
export function withCoordinatedParties(input: EventInput, rules: readonly IsnadEvent[], chosen: readonly IsnadEvent[]): IsnadEvent[] {
  let doc: Doc | undefined;
  return chosen.map((ev, n) => {
    const r = rules[n];
    if (!r || r.actor.length > 0 || ev.actor.length !== 1) return ev;
    doc ??= buildDoc(input, triggerLexicon());
    const trig = Math.min(firstTokenAtOrAfter(input.tokens, ev.trigger.start), input.tokens.length - 1);
    const m = nearestMention(doc, ev.actor[0]!, trig);
    if (!m) return ev;
    const before = coordinatedBackward(doc, m);
    const after = coordinated(doc, m, forwardEnd(doc, m.last, 8)).ids;
    const ids = [...new Set([...before, ...after])].filter((id) => !ev.recipient.includes(id));
    const start = chainStart(doc, m);
    const between = start > 0 && /^و?بين$/.test(doc.tokens[start - 1]!.norm);
    const joined = between ? ids.length > 2 && !HOSTILE.has(ev.type) : ids.length > 1;
    return joined ? { ...ev, actor: ids } : ev;
  });
}
