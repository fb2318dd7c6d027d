import type { TaggedSentence } from './conll.js';
import { FeatureExtractor, type FeatureResources, type Lexicon } from './features.js';
import type { LinearModel } from './model.js';
import { buildAutoLexicon, type AutoLexiconOptions, AUTO_LEXICON_DEFAULTS } from './auto-lexicon.js';
import { tagWith, train, type TrainSettings } from './trainer.js';

export interface AutoLexiconTraining {
  model: LinearModel;
  /** The lexicon of the first pass trained on all the main data: the one to tag with. */
  lexicon: Lexicon;
}

/**
 * Trains with a learned name lexicon (settings.features.autoLexicon):
 * first passes (one seed, main data only, no lexicon of their own) tag the
 * raw corpus; the main data is cut into `folds` contiguous parts, and each
 * part's sentences see the lexicon of a first pass that was not trained on
 * them, so the lexicon is as reliable in training as on new text. The extra
 * domain and new text see the lexicon of the first pass over all the main data.
 */
export function trainWithAutoLexicon(
  settings: TrainSettings,
  main: TaggedSentence[],
  extra: TaggedSentence[],
  res: FeatureResources,
  corpus: readonly (readonly string[])[],
  opts: { folds?: number; lexicon?: AutoLexiconOptions; log?: (s: string) => void; clustersName?: string } = {},
): AutoLexiconTraining {
  const log = opts.log ?? (() => {});
  const folds = Math.max(2, opts.folds ?? 2);
  const firstSettings: TrainSettings = { ...settings, ensemble: 1, features: { ...settings.features, autoLexicon: false } };
  const plainFx = new FeatureExtractor(settings.bits, firstSettings.features, res);
  const lexiconOf = (data: TaggedSentence[]): Lexicon => {
    const m = train(firstSettings, data, [], res);
    return buildAutoLexicon((words) => tagWith(m, plainFx, words), corpus, opts.lexicon ?? AUTO_LEXICON_DEFAULTS);
  };
  const size = Math.ceil(main.length / folds);
  const foldFx: FeatureExtractor[] = [];
  for (let f = 0; f < folds; f++) {
    const lex = lexiconOf([...main.slice(0, f * size), ...main.slice((f + 1) * size)]);
    foldFx.push(new FeatureExtractor(settings.bits, settings.features, { ...res, autoLexicon: lex }));
    log(`learned lexicon ${f + 1}/${folds}: ${lex.size} words`);
  }
  const lexicon = lexiconOf(main);
  log(`learned lexicon (all): ${lexicon.size} words`);
  const model = train(settings, main, extra, { ...res, autoLexicon: lexicon }, log, opts.clustersName, undefined, (i) => foldFx[Math.floor(i / size)] as FeatureExtractor);
  return { model, lexicon };
}
