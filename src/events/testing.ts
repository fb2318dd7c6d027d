/**
 * Builds the layers the events stage reads from plain strings, for tests and
 * for the evaluation when the other stages are not used: tokens and sentences
 * come from the real segmenter; entities, attributions, quantities and times
 * from forms given by hand and found in the text.
 */
import assert from 'node:assert/strict';
import type {
  Attribution, Entity, EntityMention, EntityType, IsnadEvent, MentionKind, Quantity, QuantityKind, Span, Stance, TimeExpr, Token,
} from '../core/types.js';
import { normalise, normaliseString, toOriginal, type NormalisedText } from '../text/normalise/normalise.js';
import { segmentText } from '../text/segment/segment-text.js';
import { extractEvents, type EventInput } from './extract.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms to find (the name is always one); `adj:` marks an adjective form. */
  forms?: string[];
}

export interface AttributionSpec {
  id: string;
  cue: string;
  /** Source text; the entity whose mention falls in it is the source entity. */
  source?: string;
  sourceEntity?: string;
  /** The content: from this string to the end of the sentence, or `contentEnd`. */
  content: string;
  contentEnd?: string;
  stance?: Stance;
  /** Which occurrence of the cue (0-based). */
  nth?: number;
}

export interface LayerSpec {
  entities?: EntitySpec[];
  attributions?: AttributionSpec[];
  quantities?: { text: string; kind: QuantityKind; value: number | null; unit: string | null }[];
  times?: { text: string; value: string | null }[];
}

const PROCLITICS = /^(و|ف)?(ب|ل|ك)?(ال)?$/;
const WORD = /[\u0621-\u064a0-9A-Za-z]/;

/** Every occurrence of a normalised form at word starts, allowing proclitics before it. */
export function findForm(view: NormalisedText, form: string): Span[] {
  const f = normaliseString(form);
  const out: Span[] = [];
  const t = view.text;
  let from = 0;
  for (;;) {
    const k = t.indexOf(f, from);
    if (k < 0) break;
    from = k + 1;
    let w = k;
    while (w > 0 && WORD.test(t.charAt(w - 1))) w--;
    const prefix = t.slice(w, k);
    if (!PROCLITICS.test(prefix)) continue;
    const endOk = k + f.length >= t.length || !WORD.test(t.charAt(k + f.length)) || /^(ه|ها|هم|ي|ان|ين|ات)\b/.test(t.slice(k + f.length, k + f.length + 3));
    if (!endOk) continue;
    out.push(toOriginal(view, k, k + f.length));
  }
  return out;
}

export interface BuiltLayers extends EventInput {
  tokens: Token[];
  entities: Entity[];
  attributions: Attribution[];
  quantities: Quantity[];
  times: TimeExpr[];
  sentences: Span[];
  view: NormalisedText;
}

/** Tokens from the real segmenter plus hand-given layers. */
export function buildLayers(text: string, spec: LayerSpec = {}): BuiltLayers {
  const seg = segmentText(text);
  const view = seg.normalised;
  const tokens: Token[] = seg.tokens;
  const entities: Entity[] = [];
  const claimed: Span[] = [];
  // Longer forms first, so «قوات الكرامة» is not also «الكرامة».
  const allForms: { e: EntitySpec; form: string; kind?: MentionKind }[] = [];
  for (const e of spec.entities ?? []) {
    allForms.push({ e, form: e.name });
    for (const f of e.forms ?? []) {
      if (f.startsWith('adj:')) allForms.push({ e, form: f.slice(4), kind: 'adjective' });
      else allForms.push({ e, form: f });
    }
  }
  allForms.sort((a, b) => normaliseString(b.form).length - normaliseString(a.form).length);
  const byId = new Map<string, Entity>();
  for (const e of spec.entities ?? []) {
    const ent: Entity = { id: e.id, type: e.type, name: e.name, mentions: [] };
    byId.set(e.id, ent);
    entities.push(ent);
  }
  for (const { e, form, kind } of allForms) {
    for (const s of findForm(view, form)) {
      if (claimed.some((c) => c.start < s.end && s.start < c.end)) continue;
      claimed.push(s);
      const m: EntityMention = { start: s.start, end: s.end };
      if (kind) m.kind = kind;
      byId.get(e.id)!.mentions.push(m);
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  const found = entities.filter((e) => e.mentions.length > 0);

  const attributions: Attribution[] = [];
  for (const a of spec.attributions ?? []) {
    const cue = findForm(view, a.cue)[a.nth ?? 0];
    if (!cue) throw new Error(`cue not found: ${a.cue}`);
    const content = findForm(view, a.content).find((s) => s.start >= cue.end);
    if (!content) throw new Error(`content not found: ${a.content}`);
    let end: number;
    if (a.contentEnd) {
      const ce = findForm(view, a.contentEnd).find((s) => s.start >= content.start);
      if (!ce) throw new Error(`content end not found: ${a.contentEnd}`);
      end = ce.end;
    } else {
      const tok = tokens.find((t) => t.start >= content.start);
      const sentence = seg.sentences[tok?.sentence ?? 0]!;
      end = sentence.end;
    }
    const att: Attribution = {
      id: a.id,
      cue,
      source: { kind: a.source ? 'named' : 'outlet' },
      content: { start: content.start, end },
      stance: a.stance ?? 'assert',
    };
    if (a.source) {
      const src = findForm(view, a.source).find((s) => Math.abs(s.start - cue.start) < 80);
      if (src) {
        att.source.start = src.start;
        att.source.end = src.end;
      }
    }
    if (a.sourceEntity) att.source.entity = a.sourceEntity;
    attributions.push(att);
  }
  const quantities: Quantity[] = [];
  for (const q of spec.quantities ?? []) {
    for (const s of findForm(view, q.text)) quantities.push({ ...s, kind: q.kind, value: q.value, unit: q.unit });
  }
  quantities.sort((a, b) => a.start - b.start);
  const times: TimeExpr[] = [];
  for (const t of spec.times ?? []) for (const s of findForm(view, t.text)) times.push({ ...s, value: t.value });
  times.sort((a, b) => a.start - b.start);
  return { text, tokens, sentences: seg.sentences, entities: found, attributions, quantities, times, view };
}

export { normalise };

/** The events the extractor finds in a text whose other layers a spec gives. */
export function eventsIn(text: string, spec: LayerSpec = {}): IsnadEvent[] {
  return extractEvents(buildLayers(text, spec));
}

/** The trigger of an event as written. */
const triggerOf = (text: string, e: IsnadEvent) => text.slice(e.trigger.start, e.trigger.end);

/** Each event as «TYPE trigger». */
export function typedTriggers(text: string, events: readonly IsnadEvent[]): string[] {
  return events.map((e) => `${e.type} ${triggerOf(text, e)}`);
}

/** The events with their parties, «TYPE trigger [actors]→[recipients]; …», for assertion messages. */
export function describeEvents(text: string, events: readonly IsnadEvent[]): string {
  return events.map((e) => `${e.type} ${triggerOf(text, e)} [${e.actor.join(',')}]→[${e.recipient.join(',')}]`).join('; ');
}

/** The event of a type on a trigger word (any trigger when none is given). */
export function eventOn(events: readonly IsnadEvent[], text: string, type: string, trigger?: string): IsnadEvent | undefined {
  return events.find((e) => e.type === type && (trigger === undefined || triggerOf(text, e) === trigger));
}

/** The actor and recipient of the event of a type on a trigger word, asserting that there is one. */
export function partiesOf(text: string, spec: LayerSpec, type: string, trigger: string): { actor: string[]; recipient: string[] } {
  const evs = eventsIn(text, spec);
  const e = eventOn(evs, text, type, trigger);
  assert.ok(e, `missing ${type} ${trigger}: ${describeEvents(text, evs)}`);
  return { actor: e.actor, recipient: e.recipient };
}

/** Asserts that the text has an event of a type on a trigger word, listing the events found when it has not. */
export function assertEvent(text: string, spec: LayerSpec, type: string, trigger: string): void {
  const events = eventsIn(text, spec);
  assert.ok(eventOn(events, text, type, trigger), `${text} → ${typedTriggers(text, events).join('; ')}`);
}

/** Asserts that the text has no event of a type (on a trigger word, when one is given). */
export function assertNoEvent(text: string, spec: LayerSpec, type: string, trigger?: string): void {
  const events = eventsIn(text, spec);
  assert.ok(!eventOn(events, text, type, trigger), `${text} → ${typedTriggers(text, events).join('; ')}`);
}

/**
 * Assertions over one entity layer: `has` / `hasNot` check that a sentence gives (or does not give)
 * an event of the type on the trigger, and name the events found when they fail.
 */
export function triggerAsserts(spec: LayerSpec): {
  has: (text: string, type: string, trigger: string) => void;
  hasNot: (text: string, type: string, trigger: string) => void;
} {
  const check = (text: string, type: string, trigger: string, want: boolean) => {
    const events = eventsIn(text, spec);
    assert.equal(eventOn(events, text, type, trigger) !== undefined, want, `${text} → ${typedTriggers(text, events).join('; ')}`);
  };
  return {
    has: (text, type, trigger) => check(text, type, trigger, true),
    hasNot: (text, type, trigger) => check(text, type, trigger, false),
  };
}
