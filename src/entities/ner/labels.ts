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

/** True when label `cur` may follow label `prev` (-1 = sentence start) in BIO. */
export function allowedTransition(prev: number, cur: number): boolean {
  const c = LABELS[cur] as string;
  if (!c.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = LABELS[prev] as string;
  return p !== 'O' && p.slice(2) === c.slice(2);
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
