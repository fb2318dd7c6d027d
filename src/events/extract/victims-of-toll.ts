/**
 * «راح ضحيته 10 من منسوبي القوات»، «ذهب ضحيتها ثلاثة جنود مصريين»: the pronoun on «ضحية» is
 * the attack, and the victims counted after it are the ones it struck. Their party is the
 * recipient of the toll, never its doer.
 */
import { type Doc, forwardEnd, isAdjective } from './context.js';
import { coordinated } from './mentions.js';
import type { Candidate } from './types.js';
import { victimPartyAt } from './victim-party.js';

/** The folded label of the toll noun «ضحية» after راح or ذهب. */
const TOLL_LABEL = 'ضحية';

/** Sets the victims' party named after «راح ضحيته» as the recipient, and takes it out of the actor. */
export function victimsOfToll(doc: Doc, kept: readonly Candidate[]): void {
  for (const c of kept) {
    if (c.type !== 'ASSAULT' || c.lemma.label !== TOLL_LABEL) continue;
    const end = forwardEnd(doc, c.tok, 14);
    const party = victimPartyAt(doc, c.tok + 1, end);
    if (!party) continue;
    const ids = isAdjective(party) ? [party.entity.id] : coordinated(doc, party, end).ids;
    c.actor = c.actor.filter((id) => !ids.includes(id));
    c.recipient = ids;
  }
}
