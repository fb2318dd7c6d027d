/**
 * The object of an attack or an arrest that is a member of a body, told with في or من: «اغتال
 * مسلحون مجهولون القيادي في حركة فتح محمد العرموشي»، «قتل مسلحون ضابطا في الشرطة المصرية»،
 * «اعتقلت القوات عنصرا من حزب الله». The guideline makes a title phrase in apposition the person
 * (the recipient is محمد العرموشي) and lets the members of a party stand for it (without a name
 * after it, the recipient is الشرطة المصرية).
 */
import { type Doc, forwardEnd, isAdjective, sentenceOf } from './context.js';
import { coordinated } from './mentions.js';
import type { Candidate } from './types.js';

/** A member, leader, officer or fighter of a body (bare of و, with or without ال). */
const MEMBER = /^(ال)?(قيادي|قياديا|قياديين|ضابط|ضابطا|ضباط|عنصر|عنصرا|عناصر|عضو|عضوا|اعضاء|جندي|جنديا|جنود|مسؤول|مسؤولا|مسؤولين|قائد|قائدا|قاده|ناشط|ناشطا|ناشطين|مقاتل|مقاتلا|مقاتلين|منتسب|منتسبا|منتسبي|كادر|كوادر)$/;

/** Words an object may stand after: the unnamed subject and its adjectives, a number (مسلحون مجهولون، ثلاثة). */
const MAX_GAP = 4;

/**
 * Sets the recipient of each attack or arrest kept that has none, when its object is a member of a
 * body named after في or من: the person named right after the body, else the body.
 */
export function membersAsObjects(doc: Doc, kept: readonly Candidate[]): void {
  const { tokens, mentionAt, isCandidate } = doc;
  for (const c of kept) {
    if ((c.type !== 'ASSAULT' && c.type !== 'COERCE') || c.reading.pos !== 'verb' || c.inverse || c.recipient.length > 0) continue;
    const end = forwardEnd(doc, c.tok, 14);
    for (let k = c.tok + 1; k + 2 < end && k - c.tok <= MAX_GAP + 1; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || mentionAt[k] || isCandidate[k]) break;
      if (!MEMBER.test(t.norm)) continue;
      if (!/^(في|من)$/.test(tokens[k + 1]!.norm)) break;
      const body = mentionAt[k + 2];
      if (!body || body.first !== k + 2 || isAdjective(body) || body.entity.type !== 'ORG') break;
      const after = mentionAt[body.last + 1];
      const person = after && after.first === body.last + 1 && after.entity.type === 'PER' && sentenceOf(doc, after.first) === sentenceOf(doc, c.tok) ? after : undefined;
      const ids = person ? [person.entity.id] : coordinated(doc, body, end).ids;
      c.recipient = ids.filter((id) => !c.actor.includes(id));
      break;
    }
  }
}
