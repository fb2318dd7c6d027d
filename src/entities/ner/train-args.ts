import { DEFAULT_SETTINGS, type TrainSettings } from './trainer.js';

/** Command-line options of the training and experiment scripts. */
export function parseArgsWithOut(argv: string[]): { settings: TrainSettings; out: string | undefined } {
  const s: TrainSettings = structuredClone(DEFAULT_SETTINGS);
  s.holdout = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i] ?? '';
    if (a === '--holdout') s.holdout = true;
    else if (a === '--epochs') s.epochs = Number(next());
    else if (a === '--order') s.order = Number(next()) === 1 ? 1 : 2;
    else if (a === '--bits') s.bits = Number(next());
    else if (a === '--seed') s.seed = Number(next());
    else if (a === '--min-count') s.minCount = Number(next());
    else if (a === '--ensemble') s.ensemble = Number(next());
    else if (a === '--margin') s.margin = Number(next());
    else if (a === '--stack') s.stack = true;
    else if (a === '--bilou') s.scheme = 'bilou';
    else if (a === '--bio') s.scheme = 'bio';
    else if (a === '--augment') s.augment = true;
    else if (a === '--no-augment') s.augment = false;
    else if (a === '--no-wikifane') s.wikifane = false;
    else if (a === '--gaz-parts') s.features.gazParts = true;
    else if (a === '--ngrams') s.features.ngrams = true;
    else if (a === '--name-lm') s.features.nameLM = true;
    else if (a === '--auto-lexicon') s.features.autoLexicon = true;
    else if (a === '--no-auto-lexicon') s.features.autoLexicon = false;
    else if (a === '--o-penalty') s.oPenalty = Number(next());
    else if (a === '--dropout') s.dropout = Number(next());
    else if (a === '--context') s.features.context = true;
    else if (a === '--oov-context') s.features.oovContext = true;
    else if (a === '--cluster-context') s.features.clusterContext = true;
    else if (a === '--gaz-context') s.features.gazContext = true;
    else if (a === '--pre-context') s.features.preContext = true;
    else if (a === '--pre-suffix') s.features.preSuffix = true;
    else if (a === '--no-context') s.features.context = false;
    else if (a === '--no-stack') s.stack = false;
    else if (a.startsWith('--wikifane')) {
      s.wikifane = true;
      const f = a.split('=')[1];
      if (f !== undefined) s.wikifaneFraction = Number(f);
    } else if (a === '--no-gaz') s.features.gazetteer = false;
    else if (a === '--no-clusters') s.features.clusters = false;
    else if (a === '--no-bigrams') s.features.bigrams = false;
    else if (a === '--no-lexicon') s.features.lexicon = false;
    else if (a === '--bigrams') s.features.bigrams = true;
    else if (a === '--out') out = next();
    else throw new Error(`unknown option ${a}`);
  }
  return { settings: s, out };
}


export function parseTrainArgs(argv: string[]): TrainSettings {
  const { settings, out } = parseArgsWithOut(argv);
  if (out) throw new Error('--out is not an option here');
  return settings;
}
