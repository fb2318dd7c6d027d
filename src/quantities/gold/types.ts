import type { QuantityKind } from '../../core/types.js';

/** A gold quantity: offsets into the excerpt text. */
export interface GoldQuantity {
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  value: number | null;
  unit: string | null;
}

export interface GoldTime {
  start: number;
  end: number;
  text: string;
  value: string | null;
}

/** One excerpt of an article: `offset` is where `text` begins in the article. */
export interface GoldExcerpt {
  id: string;
  date: string;
  source: string;
  offset: number;
  text: string;
  quantities: GoldQuantity[];
  times: GoldTime[];
}

export interface GoldSet {
  set: string;
  corpus: string;
  excerpts: GoldExcerpt[];
}
