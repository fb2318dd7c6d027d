export { attributionsStage } from './stage.js';
export { detectAttributions, type AttributionInput } from './detect.js';
export { formatAttributionsText } from './format.js';
export { cueLexicon, buildLexicon, type CueLexicon } from './lexicon.js';
