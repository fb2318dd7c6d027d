/**
 * Nouns that name one person by their relation to another (نائب، مستشار،
 * سفير، مبعوث …). The title they govern (نائب خادم الحرمين الشريفين، سفير
 * خادم الحرمين، مستشار الملك) belongs to that other person, who is not the
 * one spoken of: the phrase describes the deputy, adviser or envoy, named
 * next (نائب خادم الحرمين الشريفين وزير الداخلية الأمير محمد بن نايف).
 */
import type { Token } from '../../core/types.js';
import { procliticVariants } from './words.js';

/** Heads, normalised and without ال, that govern the title of the person they relate to. */
const RELATIONAL_HEADS = new Set(['نائب', 'مساعد', 'مستشار', 'مبعوث', 'ممثل', 'سفير', 'مندوب']);

/** Words after a head that keep it governing through ل (النائب الأول لخادم الحرمين، المبعوث الخاص للملك). */
const HEAD_MODIFIERS = new Set(['الاول', 'الثاني', 'الخاص', 'الشخصي', 'الدائم']);

/** The forms of a word without its proclitics; when `definite`, only those with ال, which is cut. */
function headForms(t: Token | undefined, definite: boolean): string[] {
  if (!t || t.kind !== 'word') return [];
  const out: string[] = [];
  for (const v of procliticVariants(t.norm)) {
    if (definite) {
      if (v.form.startsWith('ال')) out.push(v.form.slice(2));
    } else out.push(v.form);
  }
  return out;
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a] !== undefined && tokens[b] !== undefined && (tokens[a] as Token).sentence === (tokens[b] as Token).sentence;
}

/**
 * Whether the title starting at token i, whose first word carries the
 * proclitics `prefix` (normalised letters), is governed by a relational
 * head: right before it in construct (نائب خادم الحرمين، ومستشار الملك،
 * مدير مكتب الرئيس، المتحدث باسم الملك), or definite and joined by ل
 * (المستشار لخادم الحرمين، النائب الأول لخادم الحرمين).
 */
export function governedByRelation(tokens: readonly Token[], i: number, prefix = ''): boolean {
  const k = i - 1;
  if (!sameSentence(tokens, k, i)) return false;
  const prev = tokens[k] as Token;
  if (prefix === '') {
    if (headForms(prev, false).some((f) => RELATIONAL_HEADS.has(f))) return true;
    // مدير مكتب الرئيس: the head of another's office
    if (prev.norm === 'مكتب' && sameSentence(tokens, k - 1, k) && headForms(tokens[k - 1], false).some((f) => f === 'مدير' || f === 'مديره')) return true;
    // المتحدث باسم الملك
    return prev.norm === 'باسم';
  }
  if (!prefix.endsWith('ل')) return false;
  if (headForms(prev, true).some((f) => RELATIONAL_HEADS.has(f))) return true;
  return HEAD_MODIFIERS.has(prev.norm) && sameSentence(tokens, k - 1, k) && headForms(tokens[k - 1], true).some((f) => RELATIONAL_HEADS.has(f));
}

// --- the same phrases alone, later in the document ------------------------------------

/** Leader titles a relational head governs, as normalised words, with the leader they name. */
const GOVERNED: readonly { words: readonly string[]; leader: string }[] = [
  { words: ['خادم', 'الحرمين', 'الشريفين'], leader: 'king' },
  { words: ['خادم', 'الحرمين'], leader: 'king' },
  { words: ['ولي', 'ولي', 'العهد'], leader: 'deputy-crown-prince' },
  { words: ['ولي', 'العهد'], leader: 'crown-prince' },
  { words: ['الملك'], leader: 'king' },
  { words: ['العاهل'], leader: 'king' },
  { words: ['الرئيس'], leader: 'president' },
];

/** Heads that with a nisba make a role one person of a document holds (المبعوث الأممي، السفير الأمريكي). */
const ENVOY_HEADS = new Set(['مبعوث', 'مستشار', 'سفير', 'مندوب', 'ممثل']);

/** Nisbas of international bodies, which the knowledge base does not list as a state's adjective. */
export const BODY_NISBAS = new Set(['اممي', 'الاممي', 'دولي', 'الدولي']);

/** A role read from words: its signature (نائب>king, مبعوث+اممي) and how many words it takes. */
export interface RolePhrase {
  sig: string;
  length: number;
  /** Whether its head is definite (المبعوث), as a bare repeat of an envoy's role must be. */
  definite: boolean;
  /** How many letters of و/ف its first word carries. */
  cut: number;
}

/**
 * The role the normalised words `w` start with: a relational head and the
 * leader title it governs (نائب خادم الحرمين الشريفين، نائب الملك → one
 * signature), or an envoy's head with a nisba (المبعوث الأممي، مبعوث أممي).
 * `isNisba` tells a state's adjective.
 */
export function rolePhraseAt(w: readonly string[], isNisba: (word: string) => boolean): RolePhrase | undefined {
  const first = w[0];
  if (first === undefined) return undefined;
  for (const v of procliticVariants(first)) {
    if (v.prefix !== '' && v.prefix !== 'و' && v.prefix !== 'ف') continue;
    if (RELATIONAL_HEADS.has(v.form)) {
      const g = GOVERNED.find((x) => x.words.every((y, k) => w[1 + k] === y));
      if (g) return { sig: `${v.form}>${g.leader}`, length: 1 + g.words.length, definite: false, cut: v.cut };
    }
    const head = v.form.startsWith('ال') ? v.form.slice(2) : v.form;
    const adj = w[1];
    if (ENVOY_HEADS.has(head) && adj !== undefined && (BODY_NISBAS.has(adj) || isNisba(adj))) {
      return { sig: `${head}+${adj.startsWith('ال') ? adj.slice(2) : adj}`, length: 2, definite: head !== v.form, cut: v.cut };
    }
  }
  return undefined;
}
