/**
 * Parties a news report names by what they are rather than by their name:
 * the guideline counts them as parties of events (and lists them as forms
 * of the group when the report names it too), but no name matcher sees them.
 *
 * - Group nouns: the definite plural of a word for rebels, putschists,
 *   separatists or militants (المتمردون، للانقلابيين، المتشددين). Alone it
 *   describes the armed group the report named before it (a description
 *   mention of that entry), and is nobody when none is named: the guideline
 *   leaves the actor empty for an unnamed group (مسلحون). With a qualifier
 *   it is a party of its own (المتمردين الأكراد).
 * - Followers named after their movement (الصدريون) are a party of their own.
 * - The rebellion as a party: «التمرد» qualified by a community or an
 *   extremist adjective (التمرد الكردي) stands for the armed group named
 *   before; after a force noun (عناصر التمرد، ميليشيا التمرد) it is a party
 *   even when none is; alone it is the act, not the party.
 * - A description of a group (التنظيم، الجماعة، الحركة، الحزب، الميليشيات،
 *   القوات …) that points back to no entity named before is a party of its
 *   own when a party qualifier follows it (التنظيم المتطرف، الحركة
 *   المتشددة، الحزب المحظور، القوات الكردية), and so is «المقاومة» after a
 *   force noun (قوات المقاومة، مقاتلي المقاومة). This is the fallback of the
 *   description resolver (build.ts), so a description it can resolve keeps
 *   pointing to the named group. Settlers and «الثوار» stay out: the
 *   annotators seldom count them as parties.
 *
 * A group noun right before a name (المتمردين الحوثيين) leaves the party
 * to that name. All mentions get type ORG; repeated mentions with the same
 * words (sound plurals read as one: المتمردون، المتمردين) are one entity.
 */
import type { Entity, EntityMention, Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Candidate } from './candidates.js';
import { ACTOR_REACH, type ActorClass } from './describe.js';
import { isForceNoun } from './force-heads.js';
import { cutOffset, isWordLike, procliticVariants, surface } from './words.js';

const set = (words: string[]) => new Set(words.map((w) => normaliseString(w)));

/**
 * Definite plurals of words for armed or militant groups: a description of
 * the armed group the report names (المتمردين after الحوثيين), or alone a
 * group it never names (the guideline leaves that actor empty). A group's
 * own nisba (الداعشيين) names it wherever it stands (group-nisba.ts).
 */
const GROUP_NOUNS = set([
  'المتمردون', 'المتمردين', 'الانقلابيون', 'الانقلابيين', 'الانفصاليون', 'الانفصاليين',
  'المتشددون', 'المتشددين', 'المتطرفون', 'المتطرفين',
]);

/** Definite plurals of followers of a named movement or party: a party of their own (الصدريين، الجمهوريين). */
const FOLLOWERS = set(['الصدريون', 'الصدريين', 'الجمهوريون', 'الجمهوريين', 'الديمقراطيون', 'الديمقراطيين']);

/** Plural qualifiers that may follow a group noun as part of the party (المتمردين الأكراد). */
const PLURAL_QUALIFIERS = set([
  'الأكراد', 'الكرد', 'المتطرفون', 'المتطرفين', 'المتشددون', 'المتشددين',
  'الانفصاليون', 'الانفصاليين', 'المسلحون', 'المسلحين', 'الإسلاميون', 'الإسلاميين',
]);

/** Adjectives of a community or creed that make a group head a party (الحزب الكردي، التحالف الشيعي). */
const COMMUNITY_QUALIFIERS = set([
  'الكردي', 'الكردية', 'الشيعي', 'الشيعية', 'السني', 'السنية', 'المسيحي', 'المسيحية',
  'اليساري', 'اليسارية', 'اليميني', 'اليمينية', 'الإسلامي', 'الإسلامية', 'الصهيوني', 'الصهيونية',
  'الحوثي', 'الحوثية', 'الأسدي', 'الأسدية', 'الداعشي', 'الداعشية',
]);

/** Adjectives that describe an armed, outlawed or ruling group (التنظيم المتطرف، الحزب المحظور). */
const PARTY_QUALIFIERS = set([
  'المتطرف', 'المتطرفة', 'المتشدد', 'المتشددة', 'الإرهابي', 'الإرهابية', 'المسلح', 'المسلحة',
  'الجهادي', 'الجهادية', 'التكفيري', 'التكفيرية', 'المتمرد', 'المتمردة', 'الانفصالي', 'الانفصالية',
  'الانقلابي', 'الانقلابية', 'المحظور', 'المحظورة', 'الحاكم',
]);

const REBELLION = normaliseString('التمرد');

/** Description classes of groups that become a party of their own when qualified (see the file comment). */
const GROUP_CLASSES = new Set<ActorClass>([
  'armed-organisation', 'movement', 'group', 'party', 'front', 'militia', 'coalition', 'resistance', 'alliance', 'forces', 'army',
]);

/** Classes whose bodies are a state's own: only a community adjective makes them a party (القوات الكردية, not القوات المسلحة). */
const STATE_BODIES = new Set<ActorClass>(['forces', 'army']);

/** The first word token after token i in its sentence, or -1. */
function nextWordIndex(tokens: readonly Token[], i: number): number {
  const t = tokens[i + 1];
  return t !== undefined && t.sentence === tokens[i]?.sentence && isWordLike(t) ? i + 1 : -1;
}

/** The end (one past the last token) of the qualifiers from token k on, each in `ok`, at most two. */
function qualifiersEnd(tokens: readonly Token[], k: number, ok: (norm: string) => boolean, taken: (k: number) => boolean): number {
  let end = k;
  while (end < k + 2) {
    const t = tokens[end];
    if (!t || t.sentence !== tokens[k - 1]?.sentence || t.kind !== 'word' || taken(end) || !ok(t.norm)) break;
    end++;
  }
  return end;
}

/** The written name of a span whose article lost its alif after ل (للمقاومة → لمقاومة): with the alif back. */
function articled(written: string, form: string): string {
  return form.startsWith('ال') && written.startsWith('ل') && !written.startsWith('ال') ? `ا${written}` : written;
}

/** A sound plural's words read as one (المتمردون → المتمردين), so its cases make one entity. */
function oneCase(norm: string): string {
  return norm.length > 5 && norm.endsWith('ون') ? `${norm.slice(0, -2)}ين` : norm;
}

/** Knowledge-base sectors of armed groups a group noun may describe. */
const ARMED_SECTORS = new Set(['REB']);

/**
 * Group nouns, followers and the qualified rebellion over tokens no name
 * covers (`names`: the document's resolved names, in order), as ORG
 * candidates. A bare group noun describes the armed group named last before
 * it in reach (its sentence and the two before, as for other descriptions) when it is the only
 * one named there, or nothing.
 */
function groupNounCandidates(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const taken = new Uint8Array(tokens.length + 1);
  const starts = new Set<number>();
  for (const n of names) {
    taken.fill(1, n.t0, n.t1);
    starts.add(n.t0);
  }
  const isTaken = (k: number) => taken[k] === 1;
  // the one armed group named in its sentence before it or in the two sentences before (two: no telling which)
  const armedBefore = (i: number): string | undefined => {
    const from = (tokens[i]?.sentence ?? 0) - ACTOR_REACH;
    let id: string | undefined;
    for (const n of names) {
      if (n.t0 >= i) break;
      if ((tokens[n.t0]?.sentence ?? -1) < from) continue;
      const e = n.kbId ? kb.entries.get(n.kbId) : undefined;
      if (e?.type !== 'ORG' || e.sector === undefined || !ARMED_SECTORS.has(e.sector)) continue;
      if (id !== undefined && id !== e.id) return undefined;
      id = e.id;
    }
    return id;
  };
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || taken[i] === 1) continue;
    const v = procliticVariants(t.norm).find((x) => GROUP_NOUNS.has(x.form) || FOLLOWERS.has(x.form) || x.form === REBELLION);
    if (!v) continue;
    const next = nextWordIndex(tokens, i);
    // المتمردين الحوثيين: the name that follows is the party
    if (next >= 0 && starts.has(next)) continue;
    let end: number;
    let kbId: string | undefined;
    if (v.form === REBELLION) {
      end = qualifiersEnd(tokens, i + 1, (w) => COMMUNITY_QUALIFIERS.has(w) || PARTY_QUALIFIERS.has(w), isTaken);
      const prev = tokens[i - 1];
      const afterForce = v.cut === 0 && prev !== undefined && prev.sentence === t.sentence && isForceNoun(prev.norm);
      if (end === i + 1 && !afterForce) continue;
      // التمرد الكردي: the armed group named before, if any; only its fighters (عناصر التمرد) are a party without one
      kbId = armedBefore(i);
      if (!kbId && !afterForce) continue;
    } else {
      end = qualifiersEnd(tokens, i + 1, (w) => PLURAL_QUALIFIERS.has(w) || COMMUNITY_QUALIFIERS.has(w) || PARTY_QUALIFIERS.has(w), isTaken);
      if (end === i + 1 && GROUP_NOUNS.has(v.form)) {
        kbId = armedBefore(i);
        if (!kbId) continue;
      }
    }
    const words = [v.form, ...tokens.slice(i + 1, end).map((x) => x.norm)].map(oneCase);
    const start = cutOffset(t, text, v.cut);
    const last = tokens[end - 1] as Token;
    out.push({
      start, end: last.end, t0: i, t1: end, type: 'ORG', kind: kbId ? 'description' : 'name', words,
      surface: articled(surface(text, start, last.end), v.form), roles: [], source: 'pattern', ...(kbId && { kbId }),
    });
    i = end - 1;
  }
  return out;
}

/** The document's names with the group nouns no name covers added, in order. */
export function withGroupNouns(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const added = groupNounCandidates(kb, text, tokens, names);
  return added.length === 0 ? [...names] : [...names, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The party a group description at token i stands for when it points back
 * to no entity: its span's end token and words, or undefined when it is no
 * party of its own (see the file comment). `cut`: proclitic letters before
 * the description word.
 */
export function ownGroupParty(tokens: readonly Token[], i: number, cls: ActorClass, cut: number, taken: (k: number) => boolean): { t1: number; words: string[] } | undefined {
  if (!GROUP_CLASSES.has(cls)) return undefined;
  const t = tokens[i] as Token;
  const cutWord = t.norm.slice(cut);
  // للمقاومة: ل before the article, whose alif it swallowed
  const head = cutWord.startsWith('ل') && !cutWord.startsWith('ال') ? `ا${cutWord}` : cutWord;
  // right after a definite noun the word is its adjective (الفصائل المقاومة) or part of a body's name
  // (المركز الإعلامي للمقاومة), not a party
  const prev = tokens[i - 1];
  const prevHere = prev !== undefined && prev.sentence === t.sentence && prev.kind === 'word';
  if (prevHere && prev.norm.startsWith('ال')) return undefined;
  const end = qualifiersEnd(tokens, i + 1, (w) => COMMUNITY_QUALIFIERS.has(w) || (!STATE_BODIES.has(cls) && PARTY_QUALIFIERS.has(w)), taken);
  // the resistance alone is a party only as its fighters (قوات المقاومة، مقاتلي المقاومة): alone the
  // guideline's annotators take it now for the party, now for no one
  if (end === i + 1 && !(cls === 'resistance' && cut === 0 && prevHere && isForceNoun(prev.norm))) return undefined;
  return { t1: end, words: [head, ...tokens.slice(i + 1, end).map((x) => x.norm)] };
}

/**
 * Adds a mention of an own party (ownGroupParty) to the entity with the same
 * words, or to a new one; returns whether an entity was created.
 */
export function addOwnGroupParty(entities: Entity[], text: string, tokens: readonly Token[], i: number, cut: number, party: { t1: number; words: string[] }): boolean {
  const key = `org:${party.words.join(' ')}`;
  const start = cutOffset(tokens[i] as Token, text, cut);
  const end = (tokens[party.t1 - 1] as Token).end;
  const mention: EntityMention = { start, end, kind: 'name' };
  const known = entities.find((e) => e.key === key && !e.kb);
  if (known) {
    known.mentions.push(mention);
    known.mentions.sort((a, b) => a.start - b.start);
    return false;
  }
  entities.push({ id: '', type: 'ORG', name: articled(surface(text, start, end), party.words[0] ?? ''), mentions: [mention], key });
  return true;
}
