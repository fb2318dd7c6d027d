/**
 * الأمين العام لحزب الله، المدير التنفيذي لبرنامج الأغذية العالمي، المتحدث الرسمي لوزارة الصحة:
 * after a definite title and the adjectives of the office (العام، التنفيذي، الرسمي …), a body glued
 * to ل is the one the office belongs to, even with no holder's name after it (title-body.ts covers
 * the named holder). It stays in the source. An outlet there (قال الأمين العام لرويترز، لقناة
 * المنار) is still the addressee of the statement, as is anything after a title with no such
 * adjective (قال الوزير للصحفيين).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bare, BARE_PREPOSITIONS, DATE_HEADS, inSet, MONTHS, PREPOSITIONS } from './word-sets.js';
import { norm, roleOf, tok, verbAt } from './lookups.js';

/** Titles whose office belongs to a body: a holder's roles. */
const HOLDER_ROLES = new Set(['president', 'minister', 'official', 'spokesman']);
/** Adjectives of an office (normalised): they leave the title waiting for the body it belongs to. */
const OFFICE_ADJECTIVES = new Set([
  'العام', 'التنفيذي', 'الرسمي', 'الخاص', 'الاعلي', 'المساعد', 'الاقليمي', 'الاممي', 'الدولي', 'السياسي', 'العسكري', 'الاعلامي',
  'السابق', 'الحالي', 'الجديد', 'الاول', 'الدائم',
]);

/** Is the entity a news outlet (its knowledge-base sector, or an outlet noun glued to ل: لقناة، لصحيفة)? */
function outletAt(cx: Detection, k: number, entity: string): boolean {
  const e = cx.input.entities?.find((x) => x.id === entity);
  if (e?.kb?.sector === 'MED') return true;
  const w = bare(norm(cx, k));
  const rest = w.startsWith('لل') ? `ا${w.slice(1)}` : w.slice(1);
  return inSet(cx.lex.outletNouns, rest) || inSet(cx.lex.outletNouns, rest.replace(/^ال/, ''));
}

/**
 * المتحدث الرسمي للمركز رأفت الصباغ، الأمين العام للمنظمة فرقة العمل …: a plain indefinite word
 * right after the body is a name the tagger missed or the verb's object; the body is then left to
 * the rules that were there before (title-body.ts, the scan for the object).
 */
function plainWordAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  if (tok(cx, k)?.kind !== 'word' || w.startsWith('ال') || cx.mentionOf[k] !== undefined || verbAt(cx, k) !== undefined) return false;
  return !/^[لب]/.test(w) && !PREPOSITIONS.has(w) && !BARE_PREPOSITIONS.has(w) && !DATE_HEADS.has(w) && !MONTHS.has(w)
    && !cx.complementizers.has(w);
}

/** Is the word k, glued to ل, the body of the office whose definite title opens the phrase at a? */
export function bodyOfOffice(cx: Detection, a: number, k: number): boolean {
  const w = norm(cx, k);
  const m = cx.mentionOf[k];
  if (k < a + 2 || !w.startsWith('ل') || w.startsWith('ال') || m === undefined || m.first !== k || m.start <= (tok(cx, k) as Token).start) return false;
  if (m.type !== 'ORG' && m.type !== 'GPE') return false;
  if (!norm(cx, a).startsWith('ال') || !HOLDER_ROLES.has(roleOf(cx, norm(cx, a)) ?? '')) return false;
  for (let j = a + 1; j < k; j++) if (!OFFICE_ADJECTIVES.has(norm(cx, j))) return false;
  return !outletAt(cx, k, m.entity) && !plainWordAt(cx, m.last);
}

/** The participle of belonging (التابعة لرابطة العالم الإسلامي): the body glued to ل after it is whose unit it is. */
const BELONGING = new Set(['التابع', 'التابعه', 'التابعين', 'التابعون']);

/** Is the word k, glued to ل, the body a unit inside the phrase at a belongs to (… التابعة لـX), not the addressee? */
export function bodyOfBelonging(cx: Detection, a: number, k: number): boolean {
  const m = cx.mentionOf[k];
  return k > a + 1 && BELONGING.has(norm(cx, k - 1)) && m !== undefined && m.first === k && m.type === 'ORG' && !outletAt(cx, k, m.entity);
}
