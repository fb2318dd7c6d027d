/**
 * «المملكة» alone names Saudi Arabia even where the document never names it
 * otherwise (أدانت المملكة بأشد العبارات … ; وقفت الدول مع المملكة): in the
 * news that write it so, the kingdom is the one the outlet reports from. It
 * does not when the document names another state that is called a kingdom
 * (المغرب، الأردن، البحرين، بريطانيا…), since the word may then be that one's;
 * nor where it only says where something is (في المملكة، بالمملكة، على
 * مستوى المملكة): a place there is no party to anything.
 */
import type { Token } from '../../core/types.js';
import { formKey, type Kb } from '../kb/load.js';
import type { DocScope } from './candidates.js';
import { procliticVariants } from './words.js';

/** The normalised form, and the state it names when nothing competes. */
const KINGDOM = 'المملكه';
const OWNER = 'SA';

/** ISO codes of the other states Arabic news call «المملكة». */
const OTHER_KINGDOMS = new Set(['MA', 'JO', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH', 'KH', 'BT', 'LS', 'SZ', 'TO']);

/** Words before it that make it a place (besides the knowledge base's place words), normalised. */
const LOCATIVE = new Set(['مستوى', 'عموم', 'ارجاء', 'خارج', 'مناطق', 'مدن', 'محافظات'].map(formKey));

/** Whether the form at token t0 (its proclitics `prefix`) says where, not who. */
function locative(kb: Kb, tokens: readonly Token[], t0: number, prefix: string): boolean {
  if (prefix.includes('ب')) return true;
  const p = tokens[t0 - 1];
  if (p === undefined || p.kind !== 'word' || p.sentence !== tokens[t0]?.sentence) return false;
  return procliticVariants(p.norm).some((v) => kb.placeWords.has(v.form) || LOCATIVE.has(v.form));
}

/** Whether the form `key` of an entry of `country`, at token t0, stands alone for its kingdom in this document. */
export function kingdomAlone(kb: Kb, tokens: readonly Token[], t0: number, prefix: string, key: string, country: string | undefined, scope: DocScope): boolean {
  if (key !== KINGDOM || country !== OWNER) return false;
  for (const c of scope.named) if (OTHER_KINGDOMS.has(c)) return false;
  return !locative(kb, tokens, t0, prefix);
}
