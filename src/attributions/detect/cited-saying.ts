/**
 * A citation by the verbal noun قول with no verb of saying: the noun governs its speaker and the
 * words follow it after a colon or in quotation marks. The gold annotates these as reports
 * (GUIDELINE.md: scripture and God as speakers are sources; a poet's quoted verse is his):
 *   - قول + the speaker's noun phrase: «ومن ذلك قول الشاعر فلان: …»، «وتناسوا قول المولى عز وجل: "…"».
 *   - قوله/قولها with a blessing or a short «in such a piece» phrase: «في قوله تعالى "…"»،
 *     «وقوله في قصيدة أخرى: …»; the speaker is the one named before (ربنا، the poet).
 *   - a run of them: «قوله تعالى "…" وقوله "…"» — each is the same speaker's.
 * بقوله after a verb (بين ذلك X بقوله) and بالقول stay with saying-noun.ts; على حد قول with the
 * prepositional cues.
 */
import type { Token } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { closingQuote, isPunct, isQuoteOpen, norm, sentenceEnd, sentenceStart, span, tok, verbAt } from './lookups.js';
import { COLONS } from './word-sets.js';
import type { Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { previousSpeaker } from './subjects.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';

/** قول + a speaker (the construct state): وقول، فقول. */
const CONSTRUCT = /^[وف]?قول$/;
/** قوله، وقولها، لقوله, and بقوله only before a blessing (بقوله تعالى). */
const POSSESSED = /^[وف]?ل?قول(ه|ها|هم|هما)$/;
const POSSESSED_B = /^[وف]?بقول(ه|ها)$/;
const n = (s: string): string => normaliseString(s);
/** Blessings after the name of God, then after the Prophet's, as normalised word sequences. */
const DIVINE = ['تعالى', 'سبحانه وتعالى', 'سبحانه', 'عز وجل', 'جل وعلا', 'جل جلاله', 'تبارك وتعالى'].map((b) => b.split(' ').map(n));
const PROPHETIC = ['صلى الله عليه وسلم', 'عليه الصلاة والسلام', 'عليه السلام', 'ﷺ'].map((b) => b.split(' ').map(n));
/** First words after قول that open no speaker (قول إلى قول، على قول إلا …). */
const NOT_SPEAKER = new Set(['الى', 'إلى', 'الا', 'إلا', 'في', 'من', 'على', 'عن', 'ما', 'لا', 'ان', 'أن', 'إن', 'هذا', 'ذلك', 'هذه', 'كل', 'واحد'].map(n));
/** Words naming God, the speaker of a verse: the nearest before قوله تعالى is its source. */
const GOD = new Set(['الله', 'ربنا', 'ربكم', 'ربك', 'ربه', 'المولى', 'الخالق', 'الخالق', 'سبحانه'].map(n));
/** Nouns of a speaker's words: في كلام فلان قوله: … — the name after them is the speaker. */
const WORDS_OF = new Set(['كلام', 'حديث', 'مقال', 'مقالة', 'قصيدة', 'شعر', 'رسالة'].map(n));
/** How many words the speaker's phrase or the «in such a piece» phrase may take. */
const MAX_WORDS = 8;

/** Length of the blessing at k from the list, or 0. */
function blessingAt(cx: Detection, k: number, list: string[][]): number {
  for (const b of list) if (b.every((w, x) => norm(cx, k + x) === w)) return b.length;
  return 0;
}

/** Where the words open after token k (a colon, then maybe a quotation; or a quotation), or -1. */
function wordsAt(cx: Detection, k: number, se: number): number {
  if (k >= se) return -1;
  if (COLONS.has(norm(cx, k))) return k + 1 < se ? k + 1 : -1;
  return isQuoteOpen(cx, k) ? k : -1;
}

/** The last قول citation drafted, when its words end right before token i (…» وقوله «…»). */
function runBefore(cx: Detection, i: number): Source | undefined {
  const prev = tok(cx, i - 1);
  if (!prev) return undefined;
  const last = cx.drafts[cx.drafts.length - 1];
  if (!last || !/قول/.test(cx.text.slice(last.cue.start, last.cue.end))) return undefined;
  return last.content.end <= prev.end && prev.end - last.content.end <= 2 ? { ...last.source } : undefined;
}

/** في كلام الكاتب فلان قوله: the speaker whose words the noun before قوله names. */
function ownerBefore(cx: Detection, i: number): Source | undefined {
  for (let k = i - 2; k >= Math.max(sentenceStart(cx, i), i - 4); k--) {
    if (WORDS_OF.has(norm(cx, k).replace(/^(و|ف)?(ب|ل|في)?/, ''))) return analyseNP(cx, k + 1, i);
  }
  return undefined;
}

/** The nearest word naming God before i, in its sentence or the one before. */
function godBefore(cx: Detection, i: number): Source | undefined {
  const from = sentenceStart(cx, Math.max(0, sentenceStart(cx, i) - 1));
  for (let k = i - 1; k >= from; k--) {
    if (GOD.has(norm(cx, k))) {
      const t = tok(cx, k) as Token;
      return { kind: 'named', start: t.start, end: t.end };
    }
  }
  return undefined;
}

/** A citation by قول at i; returns the last token taken, or i. */
export function citedSayingCue(cx: Detection, i: number): number {
  const w = norm(cx, i);
  if (!w.includes('قول') || cx.consumed[i]) return i;
  const construct = CONSTRUCT.test(w);
  const possessedB = POSSESSED_B.test(w);
  if (!construct && !possessedB && !POSSESSED.test(w)) return i;
  const noun = tok(cx, i) as Token;
  if (cx.drafts.some((d) => (d.cue.start <= noun.start && noun.start < d.cue.end) || (d.content.start <= noun.start && noun.start < d.content.end))) return i;
  const se = sentenceEnd(cx, i);
  let source: Source;
  let cs = -1;
  let scripture = false;
  if (construct) {
    // قول الشاعر فلان: …، قول المولى عز وجل: "…": the speaker runs to the colon or the quotation.
    if (NOT_SPEAKER.has(norm(cx, i + 1)) || tok(cx, i + 1)?.kind !== 'word' || verbAt(cx, i + 1)) return i;
    let e = i + 1;
    while (e < se && e - i <= MAX_WORDS && tok(cx, e)?.kind === 'word' && !verbAt(cx, e)) e++;
    cs = wordsAt(cx, e, se);
    if (cs < 0) return i;
    const np = analyseNP(cx, i + 1, e);
    if (!np) return i;
    source = np;
    scripture = GOD.has(norm(cx, i + 1)) || /^(الرسول|النبي)$/.test(norm(cx, i + 1));
  } else {
    let k = i + 1;
    const divine = blessingAt(cx, k, DIVINE);
    const b = divine || blessingAt(cx, k, PROPHETIC);
    k += b;
    scripture = b > 0;
    if (possessedB && b === 0) return i;
    // وقوله في قصيدة بعنوان (الطريق): …: a short phrase naming the piece before the colon.
    if (b === 0 && norm(cx, k) === n('في')) {
      let e = k + 1;
      while (e < se && e - k <= MAX_WORDS && !COLONS.has(norm(cx, e)) && !verbAt(cx, e) && !(isPunct(cx, e) && !/^[()]$/.test(norm(cx, e)))) e++;
      k = e;
    }
    cs = wordsAt(cx, k, se);
    if (cs < 0) return i;
    // With no speaker found (a poet named paragraphs before) the citation is left out.
    const found = runBefore(cx, i) ?? (divine > 0 ? godBefore(cx, i) ?? { kind: 'named' } : b > 0 ? { kind: 'named' } : ownerBefore(cx, i) ?? previousSpeaker(cx, i));
    if (!found) return i;
    source = found;
  }
  // A quotation left unclosed in its sentence ("… المحبة).) would run on over later reports.
  const close = closingQuote(cx, cs, cx.tokenCount);
  const [a, z] = isQuoteOpen(cx, cs) && close > sentenceEnd(cx, cs) ? [cs + 1, sentenceEnd(cx, cs)] : contentFrom(cx, cs, false);
  if (z <= a) return i;
  emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, a, z), stance: 'assert' }, false);
  // The scan goes on inside the words, as after a verb: a report nested in them is its own
  // (GUIDELINE.md); not inside a verse or a hadith, whose words are no news report.
  return scripture || norm(cx, cs) === '{' ? Math.max(i, Math.min(z, cx.tokenCount) - 1) : Math.max(i, a - 1);
}
