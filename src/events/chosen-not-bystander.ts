/**
 * The learned argument chooser fills an actor the rules left empty with a party of the trigger's
 * sentence. Three kinds of party there are never the doer, so its choice is undone (the actor left
 * empty, as the rules had it) when the text says the party is one of them:
 * - the place of the act: every mention of it in the sentence is a locative phrase told by a
 *   preposition or a noun of place («في عدن»، «بمدينة العريش»، «قرب الموصل»);
 * - the victims' side of an attack, an arrest or a threat: every mention of it is near the trigger,
 *   after على/ضد/بحق past it (الهجوم على الشرطة) or counted as the victims (ثلاثة من عناصر الشرطة،
 *   أحد رجال الحرس);
 * - the one who condemns an act: the actor of a word of condemnation before it in the sentence
 *   («ندد الوزير باغتيال …»، «أدانت النقابة حرق …»), who speaks of the act and does not do it.
 */
import type { IsnadEvent } from '../core/types.js';
import { buildDoc, isAdjective, type Doc } from './extract/context.js';
import { isBoundary, PLACE_NOUNS } from './extract/lexicon-sets.js';
import { isLocative, prepOf } from './extract/mentions.js';
import type { EventInput, MentionRef } from './extract/types.js';
import { countWordAt, victimPartyAt } from './extract/victim-party.js';
import { firstTokenAtOrAfter } from './extract/words.js';
import { triggerLexicon } from './lexicon.js';

/** Acts with a side that suffers them. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN']);
/** Prepositions that mark the side an act is aimed at. */
const AGAINST = new Set(['علي', 'ضد', 'بحق']);
/**
 * Separate prepositions of a place (في عدن، داخل غزة، قرب الموصل). A bare ب is left out: «دُرّبوا
 * بالمملكة» may name the trainer as much as the place; «بمدينة العريش» is told by its noun of place.
 */
const AT_PLACE = new Set(['في', 'داخل', 'قرب']);
/** Words of condemnation (folded, without و/ف): أدان، ندد، استنكر، شجب and their forms. */
const CONDEMN = /^(ا?دان|تدين|يدين|ادانه|ادانت|ندد|يندد|تندد|تنديد|استنكر|يستنكر|تستنكر|استنكار|شجب|يشجب|تشجب)/;
/** Words before a count of victims that name one of them (أحد رجال الأمن). */
const ONE_OF = /^(احد|احدي)$/;
/** Nouns of blame whose genitive act names after على the one blamed, its doer (مسؤولية الهجوم على X). */
const BLAME = /^(و)?(ال)?(مسؤوليه|لوم|لائمه)$/;
/** How far from the trigger a party aimed at or counted as the victims is still its object. */
const NEAR = 6;

const tokenOf = (doc: Doc, offset: number) => Math.min(firstTokenAtOrAfter(doc.tokens, offset), doc.tokens.length - 1);

/** The mentions of entity id in the sentence of token trig, not overlapping it. */
function mentionsInSentence(doc: Doc, id: string, trig: number): MentionRef[] {
  const sentence = doc.tokens[trig]!.sentence;
  return doc.mentions.filter((m) => m.entity.id === id && doc.tokens[m.first]!.sentence === sentence && (m.last < trig || m.first > trig));
}

/** Whether mention m is at most NEAR tokens from the trigger at token trig, with no punctuation between. */
function nearTrigger(doc: Doc, m: MentionRef, trig: number): boolean {
  const [from, to] = m.first > trig ? [trig + 1, m.first] : [m.last + 1, trig];
  return to - from <= NEAR && !doc.tokens.slice(from, to).some((t) => isBoundary(t));
}

/**
 * Whether mention m is told as counted victims (ثلاثة من عناصر X، أحد رجال X، جنديان من X): the
 * phrase opens with a count or «أحد».
 */
function countedAsVictims(doc: Doc, m: MentionRef): boolean {
  const sentence = doc.tokens[m.first]!.sentence;
  for (let k = m.first - 1; k >= 0 && m.first - k <= 5 && doc.tokens[k]!.sentence === sentence; k--) {
    const opens = countWordAt(doc, k) || ONE_OF.test(doc.tokens[k]!.norm);
    if (!opens) continue;
    const from = ONE_OF.test(doc.tokens[k]!.norm) ? k + 1 : k;
    if (victimPartyAt(doc, from, m.last + 1)?.entity.id === m.entity.id) return true;
  }
  return false;
}

/** Whether mention m is a place told after a preposition or a noun of place (في عدن، بمدينة العريش). */
function placeMention(doc: Doc, m: MentionRef): boolean {
  if ((m.entity.type !== 'GPE' && m.entity.type !== 'LOC') || isAdjective(m) || !isLocative(doc, m)) return false;
  const before = m.first > 0 ? doc.bare[m.first - 1]! : '';
  return AT_PLACE.has(prepOf(doc, m) ?? '') || PLACE_NOUNS.has(before) || PLACE_NOUNS.has('ال' + before);
}

/** Whether the text says the party is the place of the act: every mention of it there is one. */
function isPlace(mentions: readonly MentionRef[], doc: Doc): boolean {
  return mentions.length > 0 && mentions.every((m) => placeMention(doc, m));
}

/**
 * Whether the text says the party is the side a hostile act is aimed at: every mention of it in
 * the sentence is near the trigger, after على/ضد/بحق past it or counted as the victims.
 */
function isVictim(mentions: readonly MentionRef[], doc: Doc, ev: IsnadEvent, trig: number): boolean {
  if (!HOSTILE.has(ev.type) || mentions.length === 0) return false;
  const blamed = trig > 0 && BLAME.test(doc.tokens[trig - 1]!.norm);
  return mentions.every((m) => nearTrigger(doc, m, trig) && ((m.first > trig && !blamed && AGAINST.has(prepOf(doc, m) ?? '')) || countedAsVictims(doc, m)));
}

/** Whether the party condemns the act: the actor of a word of condemnation before it in the sentence. */
function isCondemner(id: string, doc: Doc, ev: IsnadEvent, trig: number, all: readonly IsnadEvent[]): boolean {
  if (!HOSTILE.has(ev.type) && ev.type !== 'SANCTION') return false;
  return all.some((c) => {
    if (c.type !== 'ACCUSE' || c.trigger.start >= ev.trigger.start || !c.actor.includes(id)) return false;
    const ct = tokenOf(doc, c.trigger.start);
    const word = doc.tokens[ct]!.norm.replace(/^(و|ف)(?=..)/, '');
    return CONDEMN.test(word) && doc.tokens[ct]!.sentence === doc.tokens[trig]!.sentence && trig - ct <= 12;
  });
}

/**
 * The chosen events, with an actor the chooser filled in (where the rules had none) taken back
 * when the text says that party is the place, the victims or the condemner of the act.
 * `rules` and `chosen` are in the same order.
 */
export function withoutBystanderActors(input: EventInput, rules: readonly IsnadEvent[], chosen: readonly IsnadEvent[]): IsnadEvent[] {
  let doc: Doc | undefined;
  return chosen.map((ev, n) => {
    const r = rules[n];
    if (!r || r.actor.length > 0 || ev.actor.length === 0) return ev;
    doc ??= buildDoc(input, triggerLexicon());
    const d = doc;
    const trig = tokenOf(d, ev.trigger.start);
    const kept = ev.actor.filter((id) => {
      const ms = mentionsInSentence(d, id, trig);
      return !isPlace(ms, d) && !isVictim(ms, d, ev, trig) && !isCondemner(id, d, ev, trig, chosen);
    });
    return kept.length === ev.actor.length ? ev : { ...ev, actor: kept };
  });
}
