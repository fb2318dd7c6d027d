/**
 * The rule-based PLOVER event extractor over one document. The stages run in
 * order over a shared `Doc` (extract/context.ts): candidates from the trigger
 * lexicon, their arguments, their circumstances, actor fallbacks, then the
 * filters and merges that decide which become events.
 */
import type { IsnadEvent, Span } from '../core/types.js';
import { triggerLexicon, type TriggerLexicon } from './lexicon.js';
import { fallbackActors } from './extract/actors.js';
import { headAnaphorSubjects } from './extract/head-anaphor.js';
import { ownCountrySubjects } from './extract/own-country.js';
import { plainSubjects } from './extract/plain-subject.js';
import { firstPersonSpeakers } from './extract/first-person-speaker.js';
import { backedParties } from './extract/backed-party.js';
import { findArguments } from './extract/arguments.js';
import { findCandidates } from './extract/candidates.js';
import { addCircumstances } from './extract/circumstances.js';
import { buildDoc } from './extract/context.js';
import { filterAndMerge } from './extract/filters.js';
import { frameArguments } from './extract/frames.js';
import { receptionHosts } from './extract/reception-host.js';
import { attendanceActors, attendanceHosts, setAsideAttendance } from './extract/attendance.js';
import { reportedTopicsWithoutReporter } from './extract/reported-topic.js';
import { placesNotDoers } from './extract/place-genitive.js';
import { ownersOfTargets } from './extract/target-owner.js';
import { membersAsObjects } from './extract/member-object.js';
import { victimParties } from './extract/victim-party.js';
import { victimsOfToll } from './extract/victims-of-toll.js';
import { agreedAfterTalks } from './extract/agreed-after-talks.js';
import { woundedWithKilled } from './extract/injury-toll.js';
import { patronActors } from './extract/patronage.js';
import type { EventInput } from './extract/types.js';

export type { EventInput } from './extract/types.js';
export { firstTokenAtOrAfter, tokensOfSpan } from './extract/words.js';

/** The extractor over one document. */
export function extractEvents(input: EventInput, lex: TriggerLexicon = triggerLexicon()): IsnadEvent[] {
  const doc = buildDoc(input, lex);
  const { tokens } = doc;
  findCandidates(doc);
  setAsideAttendance(doc);
  findArguments(doc);
  frameArguments(doc);
  receptionHosts(doc);
  addCircumstances(doc);
  headAnaphorSubjects(doc);
  fallbackActors(doc);
  firstPersonSpeakers(doc);
  ownCountrySubjects(doc);
  plainSubjects(doc);
  backedParties(doc);
  attendanceActors(doc);
  const kept = filterAndMerge(doc);
  reportedTopicsWithoutReporter(doc, kept);
  placesNotDoers(kept);
  ownersOfTargets(doc, kept);
  membersAsObjects(doc, kept);
  victimParties(doc, kept);
  victimsOfToll(doc, kept);
  agreedAfterTalks(doc, kept);
  woundedWithKilled(doc, kept);
  patronActors(doc, kept);
  attendanceHosts(doc, kept);

  return kept.map((c, n): IsnadEvent => {
    const t = tokens[c.tok]!;
    const ev: IsnadEvent = {
      id: `v${n + 1}`,
      type: c.type,
      trigger: { start: t.start, end: t.end },
      actor: c.actor,
      // A party never acts on itself here: a recipient the actor already names is dropped.
      recipient: c.recipient.filter((id) => !c.actor.includes(id)),
      negated: c.negated,
    };
    if (c.mode !== undefined) ev.mode = c.mode;
    if (c.location !== undefined) ev.location = c.location;
    if (c.time !== undefined) ev.time = c.time;
    if (c.attribution !== undefined) ev.attribution = c.attribution;
    if (c.quantities.length > 0) ev.quantities = c.quantities;
    if (c.future) ev.future = true;
    if (c.conditional) ev.conditional = true;
    return ev;
  });
}

export type { Span };
