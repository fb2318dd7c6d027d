/**
 * Development experiments: trains with the given options on ANERcorp-train
 * minus one 10% slice and scores that slice, for two slices (A = the last
 * 10%, the dev split; B = the 10% from 40% to 50%).
 *
 *   tsx src/entities/ner/experiment.ts [train options] [--split a|b|ab] [--errors FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TaggedSentence } from './conll.js';
import { score } from './evaluate.js';
import { scoreInWindows } from './document.js';
import { SpanScorer } from './metrics.js';
import { tagTokens, type Tagger } from './tagger.js';
import { FeatureExtractor } from './features.js';
import { buildGazetteer, GAZ_CATEGORIES, parseList, type GazCategory } from './gazetteer.js';
import { readDataFile } from '../../resources/data-files.js';
import { parseClusters, parseLexicon } from './resources.js';
import { parseTrainArgs } from './train-args.js';
import { anercorpAll, loadResources, newsCorpusFile, readWikifane, train } from './trainer.js';
import { corpusSentences } from './auto-lexicon.js';
import { trainWithAutoLexicon } from './auto-lexicon-train.js';

function main(): void {
  const argv = process.argv.slice(2);
  let split = 'abc';
  let errors: string | undefined;
  let clustersPath: string | undefined;
  let lexiconPath: string | undefined;
  let gazOff: string[] = [];
  let penalties: number[] = [];
  let autolexDocs = Infinity;
  // document mode: sentences tagged together (as `ner --conll` does), also with gazetteer names filled in (--fill)
  let windows: number[] = [];
  let fill = false;
  const byPenalty = new Map<number, number[]>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--split') split = argv[++i] ?? 'ab';
    else if (argv[i] === '--errors') errors = argv[++i];
    else if (argv[i] === '--clusters') clustersPath = argv[++i];
    else if (argv[i] === '--penalties') penalties = (argv[++i] ?? '0').split(',').map(Number);
    else if (argv[i] === '--gaz-off') gazOff = (argv[++i] ?? '').split(',');
    else if (argv[i] === '--lexicon') lexiconPath = argv[++i];
    else if (argv[i] === '--autolex-docs') autolexDocs = Number(argv[++i]);
    else if (argv[i] === '--windows') windows = (argv[++i] ?? '30').split(',').map(Number);
    else if (argv[i] === '--fill') fill = true;
    else rest.push(argv[i] as string);
  }
  const settings = parseTrainArgs(rest);
  const all = anercorpAll();
  const n = all.length;
  const slices: [string, number, number][] = [];
  if (split.includes('a')) slices.push(['A', Math.floor(n * 0.9), n]);
  if (split.includes('b')) slices.push(['B', Math.floor(n * 0.4), Math.floor(n * 0.5)]);
  if (split.includes('c')) slices.push(['C', Math.floor(n * 0.7), Math.floor(n * 0.8)]);
  const res = loadResources(settings.features);
  if (gazOff.length > 0 && res.gazetteer) {
    const lists: Partial<Record<GazCategory, string[]>> = {};
    for (const cat of GAZ_CATEGORIES) {
      if (!gazOff.includes(cat)) lists[cat] = parseList(readDataFile(`ner/gazetteer/${cat}.txt`).toString('utf8'));
    }
    res.gazetteer = buildGazetteer(lists);
  }
  if (clustersPath) res.clusters = parseClusters(readFileSync(clustersPath, 'utf8'));
  if (lexiconPath) res.lexicon = parseLexicon(readFileSync(lexiconPath, 'utf8'));
  const extra = settings.wikifane ? readWikifane() : [];
  const corpus = settings.features.autoLexicon ? corpusSentences(newsCorpusFile(), autolexDocs) : [];
  const line: string[] = [];
  let sum = 0;
  for (const [name, a, b] of slices) {
    const t0 = Date.now();
    const tr = [...all.slice(0, a), ...all.slice(b)];
    const dev = all.slice(a, b);
    let model;
    let sliceRes = res;
    if (settings.features.autoLexicon) {
      const r = trainWithAutoLexicon({ ...settings, holdout: true }, tr, extra, res, corpus, { log: (m) => console.error(m) });
      model = r.model;
      sliceRes = { ...res, autoLexicon: r.lexicon };
    } else model = train({ ...settings, holdout: true }, tr, extra, res);
    const tagger: Tagger = { model, features: new FeatureExtractor(settings.bits, settings.features, sliceRes) };
    for (const pen of penalties) {
      model.header.oPenalty = pen;
      const f = score((w) => tagTokens(w, tagger), dev).micro().f1;
      const d = scoreInWindows(dev, { tagger }).scorer;
      const arr = byPenalty.get(pen) ?? [];
      arr.push(100 * f, 100 * d.micro().f1);
      byPenalty.set(pen, arr);
    }
    model.header.oPenalty = settings.oPenalty ?? 0;
    for (const win of windows) {
      for (const f of fill ? [false, true] : [false]) {
        const d = scoreInWindows(dev, { tagger, window: win, fill: f }).scorer;
        console.error(`  ${name} window ${win}${f ? ' (fill)' : ''}: doc F1 ${(100 * d.micro().f1).toFixed(2)}`);
      }
    }
    const sc = score((w) => tagTokens(w, tagger), dev);
    const { scorer: doc, tags: dtags } = scoreInWindows(dev, { tagger });
    const m = sc.micro();
    sum += m.f1;
    const md = doc.micro();
    const types = [...sc.byType.entries()].sort().map(([t, c]) => `${t} ${(100 * SpanScorer.prf(c).f1).toFixed(1)}`).join(' ');
    line.push(`${name}: F1 ${(100 * m.f1).toFixed(2)} (P ${(100 * m.precision).toFixed(1)} R ${(100 * m.recall).toFixed(1)}; ${types}) doc ${(100 * md.f1).toFixed(2)} [${((Date.now() - t0) / 1000).toFixed(0)}s]`);
    console.error(line[line.length - 1]);
    if (errors) {
      const out: string[] = [];
      dev.forEach((s: TaggedSentence, si) => {
        const p = tagTokens(s.words, tagger);
        s.words.forEach((w, i) => out.push(`${w}\t${s.tags[i]}\t${p[i]}\t${dtags[si]?.[i] ?? ''}${s.tags[i] !== p[i] ? '\t***' : ''}`));
        out.push('');
      });
      writeFileSync(`${errors}.${name}.tsv`, out.join('\n'));
    }
  }
  for (const [pen, fs] of byPenalty) console.log(`  penalty ${pen}: ${fs.map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`${argv.join(' ')} :: mean ${((100 * sum) / slices.length).toFixed(2)} :: ${line.join(' | ')}`);
}

main();
