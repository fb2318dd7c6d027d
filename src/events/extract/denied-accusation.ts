/**
 * Accusations that a party denies (نفى أردوغان الاتهامات بأن تركيا تساعد داعش، ونفت روسيا وقطر
 * أي اتهامات بالفساد) were made all the same: the accusation noun is an ACCUSE event of its own
 * beside the denial, not merely the denial's object. Its doers are the unnamed accusers, never
 * the denier; the accused is the party the denial defends, else the denier itself.
 */
import type { Candidate } from './types.js';

/** Whether candidate c, the noun a denial p asks for, is kept as an accusation; sets its parties when so. */
export function keepDeniedAccusation(p: Candidate, c: Candidate): boolean {
  if (p.type !== 'REJECT' || c.type !== 'ACCUSE' || c.reading.pos !== 'noun') return false;
  c.actor = c.actor.filter((id) => !p.actor.includes(id));
  if (c.recipient.length === 0) c.recipient = [...(p.recipient.length > 0 ? p.recipient : p.actor)];
  return true;
}
