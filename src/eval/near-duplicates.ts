/**
 * Near-duplicate excerpts: the corpus repeats stories (the same wire copy
 * under several ids, lightly edited), so a held-out excerpt can be a
 * near-copy of one the system was developed on even when its article id is
 * new. A held-out figure over such copies overstates how the system does on
 * unseen text; the evaluations can leave them out (`--novel`).
 *
 * An excerpt is a near-duplicate of an indexed one when at least half of its
 * word 5-grams occur in it (containment, not Jaccard: a short excerpt taken
 * from a longer copy still counts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Share of an excerpt's 5-grams found in one indexed text from which it counts as a near-duplicate. */
export const NEAR_DUPLICATE_SHARE = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;

/** The word n-grams of a text, words joined by a space. */
export function wordShingles(text: string, n = 5): Set<string> {
  const words = text.match(WORD) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** An index of texts, each under a key (an article id), answering how much of a new text one of them contains. */
export class NearDuplicateIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly keys: string[] = [];

  add(key: string, text: string): void {
    const doc = this.keys.length;
    this.keys.push(key);
    for (const s of wordShingles(text)) {
      const list = this.postings.get(s);
      if (list) list.push(doc);
      else this.postings.set(s, [doc]);
    }
  }

  /**
   * The largest share of the text's 5-grams that one indexed text holds, and
   * that text's key; texts indexed under `ignoreKey` (the excerpt's own
   * article) do not count.
   */
  closest(text: string, ignoreKey?: string): { share: number; key?: string } {
    const shingles = wordShingles(text);
    if (shingles.size === 0) return { share: 0 };
    const hits = new Map<number, number>();
    for (const s of shingles) {
      for (const doc of this.postings.get(s) ?? []) {
        if (this.keys[doc] !== ignoreKey) hits.set(doc, (hits.get(doc) ?? 0) + 1);
      }
    }
    let best = 0;
    let bestDoc = -1;
    for (const [doc, n] of hits) if (n > best) { best = n; bestDoc = doc; }
    return bestDoc < 0 ? { share: 0 } : { share: best / shingles.size, key: this.keys[bestDoc] };
  }

  isNearDuplicate(text: string, ignoreKey?: string): boolean {
    return this.closest(text, ignoreKey).share >= NEAR_DUPLICATE_SHARE;
  }
}

/**
 * Every development excerpt of both annotated tasks (attribution sets
 * `dev*.json` and `test.json`, event parts `dev*.json`): what the system has
 * been developed on, whichever task a held-out set belongs to.
 */
export function developmentIndex(): NearDuplicateIndex {
  const index = new NearDuplicateIndex();
  const attributions = fileURLToPath(new URL('../attributions/gold/', import.meta.url));
  for (const name of readdirSync(attributions)) {
    if (!/^(dev\d*|test)\.json$/.test(name)) continue;
    const excerpts = JSON.parse(readFileSync(attributions + name, 'utf8')) as { id: string; text: string }[];
    for (const e of excerpts) index.add(e.id, e.text);
  }
  const events = fileURLToPath(new URL('../events/gold/', import.meta.url));
  for (const name of readdirSync(events)) {
    if (!/^dev[-\w]*\.json$/.test(name)) continue;
    const part = JSON.parse(readFileSync(events + name, 'utf8')) as { excerpts: { article: string; text: string }[] };
    for (const e of part.excerpts) index.add(e.article, e.text);
  }
  return index;
}

/**
 * The excerpts of a set that are not near-copies of development excerpts;
 * says on stdout which were left out and what they copy.
 */
export function novelOnly<T extends { text: string }>(set: string, excerpts: T[], articleOf: (e: T) => string, index: NearDuplicateIndex): T[] {
  const kept: T[] = [];
  const left: string[] = [];
  for (const e of excerpts) {
    const near = index.closest(e.text, articleOf(e));
    if (near.share >= NEAR_DUPLICATE_SHARE) left.push(`${articleOf(e)}≈${near.key ?? '?'}`);
    else kept.push(e);
  }
  console.log(`${set}: novel excerpts only, ${kept.length} of ${excerpts.length} (near-copies of development excerpts left out: ${left.join(', ') || 'none'})`);
  return kept;
}
