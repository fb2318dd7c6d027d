/**
 * The speaker of a reporting verb is the doer of the act that verb tells.
 * «ودعا المبعوث الأممي إلى …»، «مطالبًا نظام الأسد بوقف …»، «داعيا المنظمات …»: the
 * trigger is the attribution's cue, whose source the attribution layer has already
 * resolved (often past a title or a description the entity layer does not name, or
 * across sentences), so an event its own clause leaves without an actor takes it.
 */
import type { Attribution, Entity } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { NEGATORS, PERSON_TITLE, TITLES } from './lexicon-sets.js';
import { prepOf } from './mentions.js';
import type { Candidate, MentionRef } from './types.js';
import { firstTokenAtOrAfter } from './words.js';

/** A verb or participle in the plural (حذروا، يطالبون، مطالبين): its subject is no single person or state. */
const PLURAL_FORM = /(وا|ون|ين)$/;

/** Words before a cue verb that leave its subject unsaid: particles, or a pronoun that refers back (لكنها، أنه). */
const OPEN_BEFORE = /^(و|ف)?(كما|ثم|قد|لقد|بل|لكن|لكنه|لكنها|لكنهم|حيث|اذ|بدوره|بدورها|ايضا|كذلك|بينما|فيما|سوف|ب?انه|ب?انها|ب?انهم)$/;

/**
 * «مواطن يطالب»، «إن التحالف يرحب»، «هو من طالب»، «أنني حذرت»: a word before the cue verb in its clause
 * that is its subject, so the source the attribution layer found elsewhere is not the doer.
 */
function subjectBefore(doc: Doc, c: Candidate, own: readonly MentionRef[]): boolean {
  const k = c.tok - 1;
  const t = doc.tokens[k];
  // A participle of manner follows its clause (… الوطن، داعيا): the word before it is no subject.
  if (c.reading.pos !== 'verb') return false;
  if (!t || sentenceOf(doc, k) !== sentenceOf(doc, c.tok) || t.kind !== 'word') return false;
  const m = doc.mentionAt[k];
  if (m) return !own.includes(m) && !isAdjective(m) && m.entity.id !== own[0]?.entity.id;
  return !OPEN_BEFORE.test(t.norm) && !NEGATORS.has(t.norm);
}

/**
 * A source span that names no mention of its entity is a description the attribution layer
 * resolved (ودعت الجامعة → جامعة الدمام، وأشاد الملك): it must fit the entity, a title for a
 * person or a word of its name.
 */
function descriptionFits(doc: Doc, a: Attribution, entity: Entity): boolean {
  const head = normaliseString(doc.input.text.slice(a.source.start, a.source.end)).split(/\s+/)[0] ?? '';
  if (entity.type === 'PER' && (PERSON_TITLE.test(head) || TITLES.has(head))) return true;
  const stem = head.replace(/^(ال)/, '');
  return stem.length > 2 && normaliseString(entity.name).split(/\s+/).some((w) => w.replace(/^(ال)/, '') === stem);
}

/** Whether the attribution's source can be the doer of the act its cue tells. */
function actingSource(doc: Doc, a: Attribution, c: Candidate): boolean {
  // «لم تقاتل أو تطالب»: a cue of what was not said tells no act of its source.
  if (a.stance === 'none' || a.source.kind === 'outlet') return false;
  const entity = doc.input.entities.find((e) => e.id === a.source.entity);
  // A news outlet that relays a call (ويقول موقع سي إن إن إن X طالب …) is not the one who calls.
  if (!entity || entity.kb?.sector === 'MED') return false;
  const plural = c.reading.pos !== 'noun' && PLURAL_FORM.test(doc.tokens[c.tok]!.norm);
  if (plural && (entity.type === 'PER' || entity.type === 'GPE')) return false;
  const { start, end } = a.source;
  if (start === undefined || end === undefined) return false;
  const named = doc.mentions.filter((m) => m.entity.id === entity.id && !isAdjective(m) && m.mention.start >= start && m.mention.end <= end);
  if (subjectBefore(doc, c, named)) return false;
  if (named.length === 0) return descriptionFits(doc, a, entity);
  // A source named after a preposition (الذي يترأس لجنة بمجلس النواب يدعو، ينتمون إلى الأحزاب في العراق
  // حذروا) was taken from a phrase, not from the subject.
  if (named.some((m) => prepOf(doc, m) !== undefined)) return false;
  // After the cue, the source is its subject only right after it, past titles (دعا وزير الخارجية الأمريكي X),
  // not a name further on (دعت الوزارة المتقدمين … على موقع المركز، هدد أيضا أعضاء الكابيتول هيل).
  const first = named[0]!.first;
  if (first < c.tok) return true;
  const from = firstTokenAtOrAfter(doc.tokens, a.cue.end);
  if (from > first || sentenceOf(doc, first) !== sentenceOf(doc, c.tok)) return false;
  for (let k = from; k < first; k++) {
    const m = doc.mentionAt[k];
    if (!(m && isAdjective(m)) && !TITLES.has(doc.bare[k]!) && !TITLES.has(doc.tokens[k]!.norm) && !PERSON_TITLE.test(doc.tokens[k]!.norm)) return false;
  }
  return true;
}

/** The attribution whose cue covers the candidate's trigger and whose source is a named entity. */
export function cueAttribution(doc: Doc, c: Candidate): Attribution | undefined {
  const t = doc.tokens[c.tok]!;
  return doc.input.attributions.find((a) => a.source.entity !== undefined && a.cue.start < t.end && t.start < a.cue.end);
}

/** Gives each candidate still without an actor whose trigger is a cue of reported speech that cue's source. */
export function cueSpeakerActors(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.actor.length > 0 || c.inverse || c.lemma.inverse || c.passive) continue;
    const a = cueAttribution(doc, c);
    const src = a?.source.entity;
    if (!a || src === undefined || c.recipient.includes(src) || !actingSource(doc, a, c)) continue;
    c.actor = [src];
    c.actorFrom = 'source';
  }
}
