/**
 * Speed of the clitic segmenter on news text (../shared/data/corpus):
 * segmentWord over every Arabic word (cached per form, as in the pipeline),
 * over each distinct form once (uncached), and normalise + tokenise +
 * segment of whole articles.
 *
 * Usage: npx tsx src/eval/segment-speed.ts [--docs N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalise } from '../text/normalise/normalise.js';
import { createSegmenter, loadStemLexicon, segmentsOf, segmentWord } from '../text/segment/clitics.js';
import { segmentNormalised } from '../text/segment/segment-text.js';

const CORPUS = fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));
const WORD = /[\u0621-\u063A\u0641-\u064A]+/g;

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`segment-speed: skipped, ${CORPUS} is absent`);
    return;
  }
  const argv = process.argv.slice(2);
  const di = argv.indexOf('--docs');
  const maxDocs = di >= 0 ? Number(argv[di + 1]) : 2000;
  const texts: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (texts.length >= maxDocs) break;
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  loadStemLexicon();
  const words: string[] = [];
  for (const t of texts) for (const m of normalise(t).text.matchAll(WORD)) words.push(m[0]);
  const forms = [...new Set(words)];

  // Uncached: every distinct form once, on a fresh segmenter.
  const fresh = createSegmenter(loadStemLexicon());
  let t0 = process.hrtime.bigint();
  for (const f of forms) fresh.segment(f);
  let sec = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`distinct forms, uncached: ${forms.length} in ${sec.toFixed(2)} s = ${Math.round(forms.length / sec)} words/s`);

  // Running text, cached per form (first pass warms the cache, as a long run does).
  for (const w of words) segmentWord(w);
  t0 = process.hrtime.bigint();
  let n = 0;
  for (const w of words) n += segmentWord(w).length;
  sec = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`running words, cached: ${words.length} in ${sec.toFixed(3)} s = ${Math.round(words.length / sec)} words/s (${n} pieces)`);

  // normalise + tokenise + segment of whole articles (cache already warm).
  let tokens = 0;
  t0 = process.hrtime.bigint();
  for (const t of texts) {
    const view = normalise(t);
    const seg = segmentNormalised(view);
    tokens += seg.tokens.length;
    // Segments of every Arabic word, mapped to original offsets (as Token.segments).
    for (const m of view.text.matchAll(WORD)) {
      const start = m.index ?? 0;
      segmentsOf(view, start, start + m[0].length);
    }
  }
  sec = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`normalise + tokenise + segment: ${tokens} tokens in ${sec.toFixed(2)} s = ${Math.round(tokens / sec)} tokens/s`);
}

main();
