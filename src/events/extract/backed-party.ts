/**
 * The party backed by an act of backing told as a qualifier of that party: a
 * passive participle («المقاومة الشعبية المدعومة من التحالف»، «الحوثيين مدعومين
 * بقوات صالح») or a «بدعم/بإسناد» phrase right after the subject it goes with
 * («وتمكنت المقاومة الشعبية بدعم من التحالف من …»). The backer is found in
 * stage 2; the one backed is the name just before the backing, which the
 * clause rules never look at because it is no argument of the participle.
 */
import { joinedBacking, joinedBackers } from './backing-coordinated.js';
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { BACKING_NOUNS, MEMBER_HEADS } from './lexicon-sets.js';
import { coordinatedBackward, isLocative, prepOf } from './mentions.js';
import type { Candidate, MentionRef } from './types.js';

const COMMA = new Set(['،', ',']);

/** Nouns of backing told with ب as an aside (بدعم من، وبإسناد جوي، بمساندة), not other aid (بتقديم). */
const BACKING_PHRASE = new RegExp(`^(و)?ب(${BACKING_NOUNS})$`);

/** A backing word: a passive participle, or a noun of backing with ب (بدعم، وبإسناد). */
export function backingKind(doc: Doc, c: Candidate): 'participle' | 'phrase' | undefined {
  if (c.type !== 'AID') return undefined;
  if (c.reading.pos === 'participle' && c.lemma.passiveParticiple) return 'participle';
  if (c.reading.pos === 'noun' && BACKING_PHRASE.test(doc.tokens[c.tok]!.norm)) return 'phrase';
  // «وبدعم من وحدات الجيش وغطاء جوي من الطيران»: joined to a word of backing.
  if (joinedBacking(doc, c, (b) => backingKind(doc, b) !== undefined)) return 'phrase';
  return undefined;
}

/**
 * The names coordinated before m, also through members of a party
 * («قوات الجيش الوطني وعناصر المقاومة الشعبية المدعومة»).
 */
function partiesEndingAt(doc: Doc, m: MentionRef): string[] {
  const { tokens, mentionAt } = doc;
  const ids = coordinatedBackward(doc, m);
  let first = m.first;
  while (first > 1 && /^و../.test(tokens[first - 1]!.norm) && MEMBER_HEADS.has(tokens[first - 1]!.norm.slice(1))) {
    const prev = mentionAt[first - 2];
    if (!prev || prev.last !== first - 2 || isAdjective(prev)) break;
    for (const id of coordinatedBackward(doc, prev).reverse()) if (!ids.includes(id)) ids.unshift(id);
    first = prev.first;
  }
  return ids;
}

/** The name that ends right before token i (past one comma); a nisba after its head noun's name gives that name. */
function nameBefore(doc: Doc, i: number, kind: 'participle' | 'phrase'): MentionRef | undefined {
  const { tokens, mentionAt } = doc;
  let k = i - 1;
  if (k >= 0 && COMMA.has(tokens[k]!.norm)) k--;
  if (k < 0 || sentenceOf(doc, k) !== sentenceOf(doc, i)) return undefined;
  const m = mentionAt[k];
  if (!m || m.last !== k) return undefined;
  if (isAdjective(m)) {
    // «الأكراد السوريون بدعم من …»: the nisba qualifies the name before it.
    const head = m.first > 0 ? mentionAt[m.first - 1] : undefined;
    if (head && head.last === m.first - 1 && !isAdjective(head)) return head;
    // A participle agrees with the noun its nisba qualifies (قوات الحكومة اليمنية مدعومة …);
    // a phrase after a lone nisba may follow an object (سداد مستحقات اللاعب الروماني بدعم من …).
    if (kind === 'phrase') return undefined;
  }
  return m;
}

/** Stage 4 (after the actors): the one backed for backing words that have no recipient. */
export function backedParties(doc: Doc): void {
  const { tokens } = doc;
  joinedBackers(doc, (b) => backingKind(doc, b) !== undefined);
  let lastBacking: Candidate | undefined;
  for (const c of doc.cands) {
    const kind = backingKind(doc, c);
    if (!kind) continue;
    const previous = lastBacking;
    lastBacking = c;
    if (c.recipient.length > 0) continue;
    const i = c.tok;
    // «مدعومة بعناصر الجيش، وبإسناد من طائرات التحالف»: a backing coordinated with the one
    // before it backs the same party.
    if (previous && previous.recipient.length > 0 && /^و/.test(tokens[i]!.norm) && i - previous.tok <= 10
      && sentenceOf(doc, previous.tok) === sentenceOf(doc, i)) {
      c.recipient = previous.recipient.filter((id) => !c.actor.includes(id));
      continue;
    }
    // «القوات الموالية لهادي، والمدعومة من التحالف»: a participle coordinated with an earlier
    // qualifier qualifies a noun further back; a phrase with و goes with the name before it
    // (وكانت المقاومة الشعبية وبدعم من وحدات الجيش قد سيطرت).
    if (kind === 'participle' && /^و/.test(tokens[i]!.norm)) continue;
    const m = nameBefore(doc, i, kind);
    if (!m || isLocative(doc, m)) continue;
    // A city or a state named as such is where the act happened, not the one backed
    // (استعاد المقاتلون مدينة عدن بدعم من …); its nisba stands for its forces.
    if (!isAdjective(m) && (m.entity.type === 'GPE' || m.entity.type === 'LOC')) continue;
    // A participle agrees with its noun wherever that noun stands; a phrase of backing goes
    // with the subject, not with a party named in a prepositional phrase (ضد الحوثيين بدعم …).
    const p = prepOf(doc, m);
    if (kind === 'phrase' && p !== undefined && p !== 'من') continue;
    const ids = partiesEndingAt(doc, m).filter((id) => !c.actor.includes(id));
    if (ids.length > 0) c.recipient = ids;
  }
}
