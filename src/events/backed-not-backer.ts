/**
 * The learned argument chooser fills an actor the rules left empty. For a word of backing
 * (بدعم من، المدعومة بقوات من، وبإسناد، وغطاء جوي من) whose backer is named by no party the rules
 * could take (قوات من الجيش الموالي، وحدات الجيش), its best guess is the party named right before,
 * which the rules made the one backed; the party backed is never its own backer, so the rules'
 * roles stay (no actor, the one backed as recipient). Only for a party backed named before the word
 * (a genitive after it, بدعم طيران التحالف, is rather the backer the chooser rightly takes).
 */
import type { Entity, IsnadEvent } from '../core/types.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { BACKING_NOUNS } from './extract/lexicon-sets.js';

/** Words of backing told as a qualifier or an aside (not verbs of support: يدعم، دعمت). */
const BACKING_WORD = new RegExp(`^(و)?(ب(${BACKING_NOUNS})|(ال)?مدعوم(ه|ين|ون|ا|تين|تان|ان)?|غطاء)$`);

/** Whether an event is told by a word of backing. */
export function isBackingEvent(text: string, ev: IsnadEvent): boolean {
  return ev.type === 'AID' && BACKING_WORD.test(normaliseString(text.slice(ev.trigger.start, ev.trigger.end)));
}

/** Whether the mention of entity e nearest to offset `at` ends before it. */
function namedBefore(entities: readonly Entity[], id: string, at: number): boolean {
  const e = entities.find((x) => x.id === id);
  let best: { d: number; before: boolean } | undefined;
  for (const m of e?.mentions ?? []) {
    const d = m.end <= at ? at - m.end : m.start - at;
    if (!best || d < best.d) best = { d, before: m.end <= at };
  }
  return best?.before ?? false;
}

/**
 * The chosen events, with the rules' roles back on a backing event whose empty actor the chooser
 * filled with the party the rules made its recipient. `rules` and `chosen` are in the same order.
 */
export function keepBackedParty(text: string, entities: readonly Entity[], rules: readonly IsnadEvent[], chosen: readonly IsnadEvent[]): IsnadEvent[] {
  return chosen.map((ev, n) => {
    const r = rules[n];
    if (!r || r.actor.length > 0 || r.recipient.length === 0 || !isBackingEvent(text, r)) return ev;
    const backed = ev.actor.some((id) => r.recipient.includes(id) && namedBefore(entities, id, r.trigger.start));
    return backed ? { ...ev, actor: [], recipient: [...r.recipient] } : ev;
  });
}
