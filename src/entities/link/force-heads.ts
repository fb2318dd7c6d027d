/**
 * A force or equipment noun heading the name of a party stands for that
 * party (ميليشيات الحوثيين، مسلحي الحوثي، عناصر داعش، طائرات التحالف
 * العربي، مقاتلو حزب الله، قوات صالح): the fighters, militias or aircraft
 * of a group are that group as an actor. Such a phrase mentions the party
 * when what follows the head is a known name: a knowledge-base name of a
 * party or a person, or a name the document gives elsewhere. The heads are
 * interchangeable: «مسلحي الحوثي» names whoever «ميليشيا الحوثي» names.
 *
 * A name the tagger found keeps its span, head and all (ميليشيات
 * الحوثيين); where nothing found one, the mention is the party's name after
 * the head, as when the knowledge base finds it alone (مسلحي [الحوثي]).
 */
import type { Token } from '../../core/types.js';
import type { Kb, NameRef } from '../kb/load.js';
import { isWordLike, lightPrefix, procliticVariants, surface } from './words.js';
import type { Candidate } from './candidates.js';

/** Plural force and equipment nouns in construct before a party's name, normalised. */
const FORCE_NOUNS = new Set([
  'ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'ميلشيا', 'ميلشيات',
  'مسلحو', 'مسلحي', 'عناصر', 'مقاتلو', 'مقاتلي', 'طائرات', 'مقاتلات', 'طيران', 'قوات',
]);

/** Heads with which a party's name is listed in the knowledge base (ميليشيا الحوثي). */
const LISTED_HEADS = ['ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات', 'قوات'];

/** Whether a normalised word is a force noun, with at most و/ف before it (وعناصر). */
export function isForceNoun(norm: string): boolean {
  return procliticVariants(norm).some((v) => lightPrefix(v) && FORCE_NOUNS.has(v.form));
}

/** The words of a name after its leading force noun, when it has one and more words follow. */
export function afterForceNoun(words: readonly string[]): string[] | undefined {
  if (words.length < 2 || !isForceNoun(words[0] as string)) return undefined;
  return words.slice(1);
}

/** The entry a form names, if it is a knowledge-base form of a party (an organisation or a person). */
function partyRef(kb: Kb, words: string[], choose: (words: string[]) => NameRef | undefined): NameRef | undefined {
  if (!kb.names.has(words.join(' '))) return undefined;
  const ref = choose(words);
  const type = ref ? kb.entries.get(ref.id)?.type : undefined;
  return type === 'ORG' || type === 'PER' ? ref : undefined;
}

/**
 * The knowledge-base entry the words after a force noun stand for: their
 * own entry, or that of a listed form with another head (مسلحي الحوثي →
 * ميليشيا الحوثي). `choose` applies the context rules of the linker to a
 * form's words.
 */
export function partyAfterForceNoun(kb: Kb, rest: readonly string[], choose: (words: string[]) => NameRef | undefined): NameRef | undefined {
  const own = partyRef(kb, [...rest], choose);
  if (own) return own;
  for (const h of LISTED_HEADS) {
    const r = partyRef(kb, [h, ...rest], choose);
    if (r) return r;
  }
  return undefined;
}

/** The first word token after token i in its sentence, or -1. */
function nextWord(tokens: readonly Token[], i: number): number {
  const s = tokens[i]?.sentence;
  for (let k = i + 1; k < tokens.length && tokens[k]?.sentence === s; k++) if (isWordLike(tokens[k])) return k;
  return -1;
}

/**
 * An unlinked tagged name headed by a force noun whose rest names a party
 * of the knowledge base (ميليشيات الحوثيين): linked to that party.
 * `choose(words, t0, t1)` applies the linker's context rules to a form over
 * tokens [t0, t1).
 */
export function linkAfterForceNoun(
  kb: Kb, tokens: readonly Token[], c: Candidate, choose: (words: string[], t0: number, t1: number) => NameRef | undefined,
): Candidate {
  if (c.kbId !== undefined || c.kind !== 'name') return c;
  const rest = afterForceNoun(c.words);
  if (!rest) return c;
  const k = nextWord(tokens, c.t0);
  const ref = k < 0 ? undefined : partyAfterForceNoun(kb, rest, (w) => choose(w, k, c.t1));
  const e = ref ? kb.entries.get(ref.id) : undefined;
  return e ? { ...c, kbId: e.id, type: e.type } : c;
}

/**
 * Parties after a force noun that nothing else found (مسلحي الحوثي where
 * the tagger saw no name and الحوثي alone is no form of the knowledge
 * base): up to three words after a force noun that name a party with a
 * listed head (ميليشيا الحوثي).
 */
export function forceHeadCandidates(
  kb: Kb, text: string, tokens: readonly Token[], choose: (words: string[], t0: number, t1: number) => NameRef | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !isForceNoun(t.norm)) continue;
    const a = nextWord(tokens, i);
    if (a !== i + 1) continue;
    const rest: string[] = [];
    let found: { ref: NameRef; t1: number; words: string[] } | undefined;
    for (let j = a; j < tokens.length && j < a + 3; j++) {
      const w = tokens[j] as Token;
      if (!isWordLike(w) || w.sentence !== t.sentence) break;
      rest.push(w.norm);
      // only forms the knowledge base lists with a head: the rest alone is left to the name matcher
      if (kb.names.has(rest.join(' '))) continue;
      const ref = partyAfterForceNoun(kb, rest, (ws) => choose(ws, a, j + 1));
      if (ref) found = { ref, t1: j + 1, words: [...rest] };
    }
    if (!found) continue;
    const e = kb.entries.get(found.ref.id);
    if (!e) continue;
    const start = (tokens[a] as Token).start;
    const end = (tokens[found.t1 - 1] as Token).end;
    out.push({
      start, end, t0: a, t1: found.t1, type: e.type, kind: 'name', kbId: e.id, words: found.words,
      surface: surface(text, start, end), roles: [], source: 'pattern',
    });
    i = found.t1 - 1;
  }
  return out;
}

/**
 * Unlinked names headed by a force noun whose rest is another name of the
 * document (ميليشيات فجر ليبيا … فجر ليبيا) join that name: they take its
 * words, type and link, and keep their span.
 */
export function joinForceHeadsToNames(names: readonly Candidate[]): Candidate[] {
  const byWords = new Map<string, Candidate>();
  for (const n of names) if (n.kind === 'name' && afterForceNoun(n.words) === undefined) byWords.set(n.words.join(' '), n);
  return names.map((n) => {
    if (n.kbId !== undefined || n.kind !== 'name') return n;
    const rest = afterForceNoun(n.words);
    const other = rest ? byWords.get(rest.join(' ')) : undefined;
    if (!rest || !other || (other.type !== 'ORG' && other.type !== 'PER')) return n;
    return { ...n, words: other.words, type: other.type, kbId: other.kbId, surface: other.surface };
  });
}
