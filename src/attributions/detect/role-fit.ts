/**
 * Whether an earlier entity can be what a definite description stands for when nothing
 * but its type links them (الوزارة → the last organisation named). The type alone sends
 * «الشركة» to a city and «قال الوزير» to the UN secretary-general; the description's head
 * word has to be the head of the entity's name or of a role the text gave it.
 */
import type { Entity } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { bare } from './word-sets.js';

/** Roles that name people: a person the text gave no title may still be meant. */
const PERSON_ROLES = new Set(['spokesman', 'minister', 'president', 'official']);
/** Roles that name an outlet: an outlet of the knowledge base fits unless its own class differs. */
const OUTLET_ROLES = new Set(['newspaper', 'agency', 'site', 'channel']);
const OUTLET_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'يوميه', 'وكاله', 'موقع', 'قناه', 'شبكه', 'اذاعه', 'تلفزيون']);

/** A normalised word without a preposition and the article (and a glued و/ف, for a word of the text). */
export function headWord(w: string, glued = false): string {
  const b = glued ? bare(w) : w;
  const noPrep = /^[بل]ال/.test(b) ? b.slice(1) : b;
  return noPrep.startsWith('ال') && noPrep.length > 3 ? noPrep.slice(2) : noPrep;
}

const firstWords = (e: Entity): string[] =>
  [e.name, ...(e.roles ?? [])].map((s) => headWord(normaliseString(s).split(' ')[0] ?? ''));

export function fitsRole(cx: Detection, entityId: string, role: string, descriptionWord: string): boolean {
  const e = cx.input.entities?.find((x) => x.id === entityId);
  if (!e) return false;
  const head = headWord(descriptionWord, true);
  const heads = firstWords(e);
  if (heads.includes(head)) return true;
  if (PERSON_ROLES.has(role)) return e.type === 'PER' && (e.roles ?? []).length === 0;
  if (OUTLET_ROLES.has(role)) return e.kb?.sector === 'MED' && !heads.some((h) => OUTLET_HEADS.has(h));
  return false;
}
