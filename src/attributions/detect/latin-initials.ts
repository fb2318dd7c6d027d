/**
 * Latin initials spelled out in Arabic letters inside a name: جون دي. روكفلر، لورا ايه. كولانجيلو،
 * بنك إيه.إن.زد، شركة اس.بي أنجل. The tokenizer cuts the dot off as punctuation, and the
 * detector reads a dot as the end of the subject, so the speaker's name broke off at its
 * initial and the cue found no content (إن of إيه.إن.زد even read as a complementizer). Where
 * the segmenter kept the sentence going past the dot, the detector reads each initial with its
 * dot (and a run of initials glued by dots) as one word of the name.
 */
import type { Token } from '../../core/types.js';

/**
 * The names of the Latin letters as Arabic news spells them, in normal form (إيه → ايه).
 * Single letters (د. for دكتور, م. for مهندس) are titles, read elsewhere, and في (V) is the
 * preposition: neither is here.
 */
const LETTER_NAMES = new Set([
  'ايه', 'بي', 'سي', 'دي', 'اي', 'اف', 'جي', 'اتش', 'جيه', 'كيه', 'كي', 'ام', 'ان', 'او', 'كيو', 'ار', 'اس', 'تي', 'يو',
  'دبليو', 'اكس', 'واي', 'زد',
]);

const isLetterName = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && LETTER_NAMES.has(t.norm);
const isDot = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.norm === '.';

/** The index one past a run of initials opening at i (ايه. | اس.بي | ايه.ان.زد), or i when none opens there. */
function initialsEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  let dots = 0;
  while (isLetterName(tokens[k])) {
    const t = tokens[k] as Token;
    const dot = tokens[k + 1];
    if (!isDot(dot) || (dot as Token).start !== t.end) break;
    dots++;
    k += 2;
    // اس.بي: another letter glued to the dot continues the run.
    const next = tokens[k];
    if (!(isLetterName(next) && (next as Token).start === (dot as Token).end)) break;
    if (!isDot(tokens[k + 1])) k++;
  }
  if (dots === 0) return i;
  // The segmenter must have read the dot as no sentence end: a word of the same sentence follows.
  const last = tokens[k - 1] as Token;
  const after = tokens[k];
  return after !== undefined && after.sentence === last.sentence && (tokens[i] as Token).sentence === last.sentence ? k : i;
}

/** The tokens as the detector reads them: each run of initials with its dots as one word. */
export function withInitialsJoined(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const e = isLetterName(tokens[i]) ? initialsEnd(tokens, i) : i;
    if (e <= i + 1) {
      out?.push(tokens[i] as Token);
      continue;
    }
    out ??= tokens.slice(0, i);
    const first = tokens[i] as Token;
    const last = tokens[e - 1] as Token;
    // The written run (ايه.ان.زد) as its normal form: no word list holds it, so it reads as a name.
    out.push({ ...first, end: last.end, norm: text.slice(first.start, last.end).replace(/[إأآ]/g, 'ا') });
    i = e - 1;
  }
  return out ?? tokens;
}
