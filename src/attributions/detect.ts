/**
 * The rule-based attribution detector over one document. The stages run in
 * order over a shared `Detection` (detect/context.ts): the scan over the tokens,
 * in which each kind of cue adds its drafts (detect/scan.ts), the reports
 * resumed by a pronoun, the pending relay, the filter of a quoted speaker's own
 * words, and the numbering into attributions (detect/drafts.ts).
 */
import type { Attribution } from '../core/types.js';
import { cueLexicon, type CueLexicon } from './lexicon.js';
import { activeSourceWeights, rechooseSources } from './source-model.js';
import { resumptiveReports } from './detect/clause-cues.js';
import { createContext } from './detect/context.js';
import { splitVerbFromName } from './detect/verb-before-name.js';
import { dropQuotedSpeakersOwnWords, numberedAttributions, settleRelay } from './detect/drafts.js';
import { scanCues } from './detect/scan.js';
import { sayingNounTakesCue } from './detect/saying-noun.js';
import { dropUntextedStipulations } from './detect/text-subject.js';
import { dropEventSubjects } from './detect/event-subject.js';
import { dropThingSubjects } from './detect/thing-subject.js';
import { dropApprovals } from './detect/approved-object.js';
import { dropUnfoundFindings } from './detect/finding-subject.js';
import { dropUnagreedViews } from './detect/agreed-view.js';
import { noticeSubjects } from './detect/notice-subject.js';
import { dropUnfitComplaints } from './detect/complaint-cue.js';
import { relayClauses } from './detect/relay-clause.js';
import { carrySpeakerOverThings } from './detect/speaker-fit.js';
import { moveCueToCameIn } from './detect/came-in-text.js';
import type { AttributionInput } from './detect/types.js';

export type { AttributionInput } from './detect/types.js';

/**
 * Finds who said what in one document: reporting cues, their source, the
 * reported content, the stance, and chains (via). One pass over the tokens;
 * every look-up is a Map/Set look-up and every look-ahead is bounded.
 */
export function detectAttributions(input: AttributionInput, lex: CueLexicon = cueLexicon()): Attribution[] {
  const cx = createContext(input, lex);
  splitVerbFromName(cx);
  scanCues(cx);
  relayClauses(cx);
  resumptiveReports(cx);
  settleRelay(cx);
  dropQuotedSpeakersOwnWords(cx);
  sayingNounTakesCue(cx);
  dropUntextedStipulations(cx);
  dropEventSubjects(cx);
  dropThingSubjects(cx);
  dropApprovals(cx);
  dropUnfoundFindings(cx);
  dropUnagreedViews(cx);
  noticeSubjects(cx);
  dropUnfitComplaints(cx);
  carrySpeakerOverThings(cx);
  moveCueToCameIn(cx);
  const out = numberedAttributions(cx);
  const w = activeSourceWeights();
  return w ? rechooseSources(input, out, lex, w) : out;
}
