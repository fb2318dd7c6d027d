/**
 * Word-level accuracy of the clitic segmenter against UD Arabic-PUD
 * (../shared/data/segment/ud-arabic-pud.conllu).
 *
 * A surface word is a run of syntactic words glued by SpaceAfter=No, with
 * punctuation split off first. UD does not split the article ال, so it is
 * merged back into its stem before comparing. A word is right when the cut
 * points of the split are exactly those of UD. Only all-Arabic words count.
 *
 * The weights of the segmenter were tuned on the even-numbered sentences
 * (dev); the odd-numbered ones are held out and reported apart.
 *
 * Usage: npm run eval:segment [-- --errors N] [-- --file PATH]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalise, normaliseString } from '../text/normalise/normalise.js';
import { segmentWord, type SegmentPiece } from '../text/segment/clitics.js';

export interface GoldWord {
  sentence: number;
  surface: string;
  pieces: string[];
}

const DEFAULT_FILE = fileURLToPath(new URL('../../../shared/data/segment/ud-arabic-pud.conllu', import.meta.url));
const ARABIC_WORD = /^[\u0621-\u063A\u0640-\u0652\u0670]+$/;

/** Surface words of a CoNLL-U file, punctuation split off. */
export function readGoldWords(conllu: string): GoldWord[] {
  const out: GoldWord[] = [];
  let sentence = -1;
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push({ sentence, surface: run.join(''), pieces: run });
    run = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# sent_id')) {
      flush();
      sentence++;
      continue;
    }
    if (line === '' || line.startsWith('#')) {
      flush();
      continue;
    }
    const f = line.split('\t');
    const id = f[0] ?? '';
    if (id.includes('-') || id.includes('.')) continue;
    const form = f[1] ?? '';
    const upos = f[3] ?? '';
    const misc = f[9] ?? '';
    if (upos === 'PUNCT') flush();
    else run.push(form);
    if (!misc.split('|').includes('SpaceAfter=No')) flush();
  }
  flush();
  return out;
}

/** Cut points of a segmentation with the article merged into its stem. */
export function cutsOf(pieces: readonly SegmentPiece[]): number[] {
  const cuts: number[] = [];
  let prev: SegmentPiece | undefined;
  let afterArticle = false;
  for (const p of pieces) {
    const isArticle = p.role === 'proclitic' && p.form === 'ال';
    if (prev && !afterArticle) {
      const at = p.start < prev.end ? prev.start + prev.form.length : p.start;
      if (cuts[cuts.length - 1] !== at && at > 0) cuts.push(at);
    }
    afterArticle = isArticle;
    prev = p;
  }
  return cuts;
}

export interface EvalCounts {
  words: number;
  right: number;
  withClitic: number;
  rightWithClitic: number;
}

export interface EvalResult {
  dev: EvalCounts;
  heldOut: EvalCounts;
  skipped: number;
  errors: string[];
}

export function evaluate(
  gold: GoldWord[],
  segment: (norm: string, finalTaa: boolean) => readonly SegmentPiece[] = segmentWord,
  maxErrors = 0,
): EvalResult {
  const mk = (): EvalCounts => ({ words: 0, right: 0, withClitic: 0, rightWithClitic: 0 });
  const res: EvalResult = { dev: mk(), heldOut: mk(), skipped: 0, errors: [] };
  for (const g of gold) {
    if (!g.pieces.every((p) => ARABIC_WORD.test(p))) continue;
    const view = normalise(g.surface);
    const norm = view.text;
    const goldNorm = g.pieces.map((p) => normaliseString(p)).filter((p) => p.length > 0);
    if (norm.length === 0 || goldNorm.join('') !== norm) {
      res.skipped++;
      continue;
    }
    const goldCuts: number[] = [];
    let at = 0;
    for (let i = 0; i < goldNorm.length - 1; i++) {
      at += (goldNorm[i] as string).length;
      goldCuts.push(at);
    }
    const lastOrig = g.surface.charAt(view.startMap[norm.length - 1] as number);
    const pieces = segment(norm, lastOrig === 'ة');
    const cuts = cutsOf(pieces);
    const ok = cuts.length === goldCuts.length && cuts.every((c, i) => c === goldCuts[i]);
    const bucket = g.sentence % 2 === 0 ? res.dev : res.heldOut;
    bucket.words++;
    if (ok) bucket.right++;
    if (goldCuts.length > 0) {
      bucket.withClitic++;
      if (ok) bucket.rightWithClitic++;
    }
    if (!ok && res.errors.length < maxErrors) {
      const ours = [0, ...cuts, norm.length].slice(1).map((e, i, a) => norm.slice(i === 0 ? 0 : (a[i - 1] as number), e));
      res.errors.push(`${g.surface}\tgold ${goldNorm.join('+')}\tours ${ours.join('+')}`);
    }
  }
  return res;
}

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`;
}

function report(name: string, c: EvalCounts): void {
  console.log(
    `${name.padEnd(22)} words ${String(c.words).padStart(6)}  accuracy ${pct(c.right, c.words).padStart(7)}` +
      `   with clitic ${String(c.withClitic).padStart(5)}  accuracy ${pct(c.rightWithClitic, c.withClitic).padStart(7)}`,
  );
}

function main(): void {
  const argv = process.argv.slice(2);
  const fi = argv.indexOf('--file');
  const file = fi >= 0 && argv[fi + 1] ? (argv[fi + 1] as string) : DEFAULT_FILE;
  const ei = argv.indexOf('--errors');
  const maxErrors = ei >= 0 ? Number(argv[ei + 1] ?? 50) : 0;
  if (!existsSync(file)) {
    console.log(`eval:segment: skipped, ${file} is absent (UD Arabic-PUD, see ../shared/data/README.md)`);
    return;
  }
  const gold = readGoldWords(readFileSync(file, 'utf8'));
  const r = evaluate(gold, segmentWord, maxErrors);
  const all: EvalCounts = {
    words: r.dev.words + r.heldOut.words,
    right: r.dev.right + r.heldOut.right,
    withClitic: r.dev.withClitic + r.heldOut.withClitic,
    rightWithClitic: r.dev.rightWithClitic + r.heldOut.rightWithClitic,
  };
  console.log('Clitic segmentation, word-level accuracy against UD Arabic-PUD (article ال merged into the stem)');
  report('all Arabic words', all);
  report('dev (even sentences)', r.dev);
  report('held-out (odd)', r.heldOut);
  if (r.skipped) console.log(`(${r.skipped} words skipped: UD forms do not spell the surface word)`);
  for (const e of r.errors) console.log(e);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
