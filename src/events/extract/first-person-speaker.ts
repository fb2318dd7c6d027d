/**
 * «وقال مدير الشرطة: "ألقينا القبض عليه …، وقد وجهنا اتهامات ضده"»: a verb in the perfect of the
 * first person (ألقينا، وجهنا، طلبتُ) inside what a party is reported to say tells the speaker's own
 * act. The clause names no subject, so the earlier stages leave the act without a doer, and a pronoun
 * object (عليه) may even have been resolved to the speaker himself. The imperfect (ندين، نطالب) is
 * handled with the verb's arguments (subjects.ts: firstPerson); this pass covers the perfect, where
 * the suffix نا or the vowelled تُ marks the person.
 */
import { firstTokenAtOrAfter } from './words.js';
import { sourceEntity } from './mentions.js';
import { speakerBeforeQuote } from './reporting.js';
import type { Doc } from './context.js';
import type { Candidate } from './types.js';

/** «ألقينا، وجهنا، فقد نفذنا»: the perfect with the suffix of «we» (not «علينا»، «لدينا»). */
const WE_PERFECT = /^(و|ف)?.{2,}(ينا|[^يو]نا)$/;
/** «طلبتُ»: the perfect of «I», told from «she» (طلبتْ) only by its vowel. */
const SINGULAR = /تُ$/;
/** Prepositions and particles that end in نا and are no verbs. */
const NOT_VERBS = /^(و|ف)?(علينا|لدينا|الينا|بيننا|عندنا|لنا|بنا|منا|عنا|معنا|انا|اننا|لكننا|لاننا|هنا|هناك|ايضا)$/;

/** The token of the verb that tells c in the first person: its own verb or a support verb right before the noun. */
function firstPersonVerb(doc: Doc, c: Candidate): number {
  const { tokens, input } = doc;
  // A verb the lexicon knows may open with ا (ألقينا، أجرينا); a word before a noun must not be a noun with ال.
  const isWe = (k: number, known = false): boolean => {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || NOT_VERBS.test(t.norm)) return false;
    // «طلبتُ»: only the vowel tells the first person singular from the feminine (طلبتْ).
    const raw = input.text.slice(t.start, t.end);
    if (SINGULAR.test(raw)) return true;
    return WE_PERFECT.test(t.norm) && (known || !/^(ال|وال|بال|لل)/.test(t.norm));
  };
  if (c.reading.pos === 'verb') return !c.reading.imperfect && isWe(c.tok, true) ? c.tok : -1;
  if (c.verbAt >= 0 && c.verbAt !== c.tok) return isWe(c.verbAt, true) ? c.verbAt : -1;
  // «ألقينا القبض»، «وجهنا شكاوى»: the support verb right before the event noun.
  if (c.tok > 0 && (c.reading.proclitics === '' || c.reading.proclitics === 'ال') && isWe(c.tok - 1)) return c.tok - 1;
  return -1;
}

/** The speaker of the attribution or quote candidate c stands in. */
function speakerOf(doc: Doc, c: Candidate): string | undefined {
  const { input, tokens } = doc;
  if (c.attribution !== undefined) {
    const a = input.attributions.find((x) => x.id === c.attribution);
    if (a && firstTokenAtOrAfter(tokens, a.content.start) <= c.tok) {
      const src = a.source.entity ?? sourceEntity(doc, a);
      if (src) return src;
    }
  }
  return speakerBeforeQuote(doc, c.tok);
}

/** Gives a first-person act in reported speech its speaker as the doer. */
export function firstPersonSpeakers(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.lemma.inverse || c.passive) continue;
    const v = firstPersonVerb(doc, c);
    if (v < 0) continue;
    // A party named after a verb in نا may be its subject (هاجمنا الحوثيون «the Houthis attacked us»);
    // after «طلبتُ» it can only be the object (طلبتُ من زوجي …).
    const singular = SINGULAR.test(doc.input.text.slice(doc.tokens[v]!.start, doc.tokens[v]!.end));
    // A doer carried over from the clause before (لقد وضعت تركيا …، ومنعنا …) may be the body the
    // speaker speaks for, which the guideline prefers to the speaker: kept.
    if (c.actor.length > 0 && !(c.actorFrom === 'syntax' && singular)) continue;
    const speaker = speakerOf(doc, c);
    if (!speaker) continue;
    if (c.actorFrom === 'syntax' && c.recipient.length === 0) c.recipient = c.actor.filter((id) => id !== speaker);
    c.actor = [speaker];
    c.actorFrom = 'source';
    // «ألقينا القبض عليه»: the pronoun is a third party, never the one who speaks.
    c.recipient = c.recipient.filter((id) => id !== speaker);
  }
}
