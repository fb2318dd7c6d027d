/**
 * «وجه المرشد انتقادا إلى الأوروبيين»، «ووجهت المنظمات انتقادات لاذعة لوزير الخارجية»،
 * «وجهت أصابع الاتهام إلى إيران»: blame or a threat directed with the support verb وجه
 * names its addressee with إلى or ل, which the nouns alone do not take (انتقاد، تهديد).
 */
import type { PloverType } from '../../core/types.js';
import { type Doc, forwardEnd } from './context.js';
import { chargeLayingVerb } from './charge-laid.js';
import { HEAD_NOUNS, TITLES } from './lexicon-sets.js';
import { markedAfter } from './subjects.js';
import type { Candidate, MentionRef } from './types.js';
import { stripVerbAffixes } from './words.js';

const TO_OR_L = new Set(['الي', 'ل']);

const DIRECTED_TYPES = new Set<PloverType>(['ACCUSE', 'THREATEN']);

/** How far after the noun the addressee may be named (the noun and its adjectives: انتقادات لاذعة لـ). */
const WINDOW = 4;

/**
 * The addressee of blame directed with وجه, named with إلى or ل close after the noun; not a
 * party further on (وجه التهديد في تعليق على الموقع الإلكتروني للبيت الأبيض).
 */
export function directedAt(doc: Doc, c: Candidate): MentionRef | undefined {
  if (!DIRECTED_TYPES.has(c.type) || c.verbAt < 0 || c.verbAt === c.tok) return undefined;
  if (!stripVerbAffixes(doc.tokens[c.verbAt]!.norm).includes('وجه')) return undefined;
  // A charge laid (وجهت السلطات تهمة الترويج لبيونغ يانغ إلى ناشط) has its accused from charge-laid.ts;
  // a party after ل inside the charge is part of it.
  if (chargeLayingVerb(doc, c.tok) >= 0) return undefined;
  const m = markedAfter(doc, c.tok, forwardEnd(doc, c.tok, 14), TO_OR_L);
  if (!m) return undefined;
  // The preposition of the addressee's phrase (لوزير الخارجية الفرنسي لوران فابيوس) stands close after the noun.
  const { tokens, bare } = doc;
  const opens = (k: number) => /^(و)?الي$/.test(tokens[k]!.norm)
    || (/^(و)?ل/.test(tokens[k]!.norm) && (k === m.first || /^(و)?لل/.test(tokens[k]!.norm) || TITLES.has(bare[k]!) || HEAD_NOUNS.has(bare[k]!)));
  let k = c.tok + 1;
  while (k < m.first && !opens(k)) k++;
  return k - c.tok <= WINDOW ? m : undefined;
}
