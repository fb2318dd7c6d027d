/** The tag set of the tagger: BIO over four coarse types. */
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

export const LABELS = [
  'O',
  'B-PER', 'I-PER',
  'B-LOC', 'I-LOC',
  'B-ORG', 'I-ORG',
  'B-MISC', 'I-MISC',
] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function labelIndex(tag: string): number {
  const i = LABEL_INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown tag ${tag}`);
  return i;
}

/**
 * The label sets a model may be trained with. BIO is what the tagger
 * returns; BILOU (last and unit-length tokens of a name have labels of
 * their own) lets the model learn name endings and one-word names apart,
 * and is decoded back to BIO.
 */
export type LabelScheme = 'bio' | 'bilou';

export const BILOU_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];

export function labelsOf(scheme: LabelScheme): readonly string[] {
  return scheme === 'bilou' ? BILOU_LABELS : LABELS;
}

/** The scheme of a label list (a model's header). */
export function schemeOf(labels: readonly string[]): LabelScheme {
  return labels.some((l) => l.startsWith('U-')) ? 'bilou' : 'bio';
}

/** BIO tags rewritten in a scheme (BILOU: a name's last token L-, a one-token name U-). */
export function encodeTags(tags: readonly string[], scheme: LabelScheme): string[] {
  if (scheme === 'bio') return [...tags];
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const type = t.slice(2);
    const last = tags[i + 1] !== `I-${type}`;
    if (t.startsWith('B-')) return last ? `U-${type}` : t;
    return last ? `L-${type}` : t;
  });
}

/** A label of any scheme as BIO. */
export function toBio(label: string): Label {
  if (label.startsWith('L-')) return `I-${label.slice(2)}` as Label;
  if (label.startsWith('U-')) return `B-${label.slice(2)}` as Label;
  return label as Label;
}

/** True when label `cur` may follow label `prev` (-1 = sentence start) in a label list. */
export function allowedTransitionIn(labels: readonly string[], prev: number, cur: number): boolean {
  const c = labels[cur] as string;
  const p = prev < 0 ? undefined : (labels[prev] as string);
  const open = p !== undefined && (p.startsWith('B-') || p.startsWith('I-'));
  if (c.startsWith('I-') || c.startsWith('L-')) return open && (p as string).slice(2) === c.slice(2);
  // in BILOU a name opened by B- or I- must be closed by L-
  return schemeOf(labels) === 'bio' || !open;
}

/** True when a sentence may end on the label (BILOU: not inside an open name). */
export function allowedAtEnd(labels: readonly string[], cur: number): boolean {
  const c = labels[cur] as string;
  return schemeOf(labels) === 'bio' || !(c.startsWith('B-') || c.startsWith('I-'));
}

/**
 * Maps a tag from one of the training corpora to the tag set: ANERcorp's PERS
 * becomes PER, AQMAR's MIS0–MIS3 become MISC, anything unknown becomes O.
 */
export function coarseTag(tag: string): Label {
  const m = /^([BI])-(.+)$/.exec(tag.trim());
  if (!m) return 'O';
  const bi = m[1] as 'B' | 'I';
  const t = (m[2] as string).toUpperCase();
  let type: NerType | undefined;
  if (t === 'PER' || t === 'PERS') type = 'PER';
  else if (t === 'LOC') type = 'LOC';
  else if (t === 'ORG') type = 'ORG';
  else if (t === 'MISC' || /^MIS/.test(t)) type = 'MISC';
  if (!type) return 'O';
  return `${bi}-${type}` as Label;
}
