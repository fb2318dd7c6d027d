/**
 * A learned chooser of event arguments. For each event found by the rules
 * (src/events/extract.ts) the entity mentions of the trigger's sentence, the
 * source of the attribution that reports the event and the parties the rules
 * chose are candidates; two logistic models score each candidate as actor and
 * as recipient over general features (position to the trigger, the
 * preposition before the candidate, entity type, event type, the rules'
 * choice, the trigger word and the words at and around the candidate…). The best candidate over the threshold fills the role; none over
 * it leaves the role empty. Weights: data/events/args-model.json, trained by
 * `npm run train:events` (src/events/train-args.ts).
 */
import type { Entity, EntityMention, IsnadEvent } from '../core/types.js';
import { optionalWeights } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { firstTokenAtOrAfter, tokensOfSpan, type EventInput } from './extract.js';
import { inPlacePhrase } from './place-phrase.js';

export type Role = 'actor' | 'recipient';

export interface ArgWeights {
  version: number;
  /** rank: a softmax over the candidates and «none»; binary: a logistic score per candidate over a threshold. */
  mode: 'rank' | 'binary';
  actor: Record<string, number>;
  recipient: Record<string, number>;
  threshold: Record<Role, number>;
  /** How far the model's best candidate must score above the rules' choice to replace it. */
  margin?: number;
  /** Only fill a role the rules left empty. */
  fillOnly?: boolean;
  /** The roles the model chooses (the rules keep the others); all when absent. */
  roles?: Role[];
}

export interface ArgCandidate {
  /** The entity id; '' for the «no such party» candidate. */
  entity: string;
  features: string[];
}

const BOUNDARY = new Set(['،', ',', '؛', ';', '.', ':', '!', '?', '؟', '(', ')', '-', '–', '—', '«', '»', '"']);
const CLAUSE_WORDS = new Set(['و', 'ثم', 'بينما', 'حيث', 'فيما', 'كما', 'لكن', 'ولكن', 'اذ', 'بعدما', 'عندما', 'حين', 'ان', 'بان', 'وان']);
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
const PREPS = new Set(['علي', 'ضد', 'مع', 'الي', 'من', 'عن', 'في', 'بين', 'لدي', 'تجاه', 'نحو', 'بحق', 'عبر']);
const PASSIVE_AUX = new Set(['تم', 'يتم', 'سيتم', 'وتم', 'ويتم', 'جري', 'يجري']);


const bucket = (d: number) => (d <= 1 ? '1' : d <= 2 ? '2' : d <= 3 ? '3' : d <= 5 ? '4-5' : d <= 8 ? '6-8' : d <= 12 ? '9-12' : '13+');
const stripConj = (w: string) => w.replace(/^(و|ف)(?=..)/, '');

interface MentionAt {
  entity: Entity;
  mention: EntityMention;
  first: number;
  last: number;
}

/** Precomputed views of one document for building candidates. */
export class ArgContext {
  readonly mentions: MentionAt[] = [];
  private readonly sentenceFirst = new Map<number, number>();
  /** The first mention (in `mentions` order) starting at each token. */
  private readonly startingAt: (MentionAt | undefined)[];

  constructor(readonly input: EventInput) {
    const { tokens } = input;
    tokens.forEach((t, i) => {
      if (!this.sentenceFirst.has(t.sentence)) this.sentenceFirst.set(t.sentence, i);
    });
    for (const entity of input.entities) {
      for (const mention of entity.mentions) {
        const at = tokensOfSpan(tokens, mention);
        if (at) this.mentions.push({ entity, mention, first: at.first, last: at.last });
      }
    }
    this.mentions.sort((a, b) => a.first - b.first || b.last - a.last);
    this.startingAt = new Array<MentionAt | undefined>(tokens.length);
    for (const m of this.mentions) this.startingAt[m.first] ??= m;
  }

  tokenAt(offset: number): number {
    const { tokens } = this.input;
    const i = firstTokenAtOrAfter(tokens, offset);
    return i < tokens.length ? i : tokens.length - 1;
  }

  isSentenceStart(i: number): boolean {
    const t = this.input.tokens[i]!;
    const f = this.sentenceFirst.get(t.sentence) ?? i;
    if (f === i) return true;
    return i - f === 1 && /^(و|ف)$/.test(this.input.tokens[f]!.norm);
  }

  /** The preposition marking a mention: a proclitic ب/ل on its first word or a separate word before it. */
  prepOf(m: MentionAt): { near: string; within3: string } {
    const { tokens, text } = this.input;
    const t = tokens[m.first]!;
    let near = 'none';
    if (m.mention.start > t.start) {
      const pre = normaliseString(text.slice(t.start, m.mention.start));
      if (/ب/.test(pre)) near = 'ب';
      else if (/ل/.test(pre)) near = 'ل';
    } else if (t.segments) {
      for (const s of t.segments) if (s.role === 'proclitic' && (s.form === 'ب' || s.form === 'ل')) near = s.form;
    } else if (/^(و|ف)?لل/.test(t.norm)) near = 'ل';
    let within3 = near;
    const j = m.first - 1;
    if (near === 'none' && j >= 0 && tokens[j]!.sentence === t.sentence) {
      const w = stripConj(tokens[j]!.norm);
      if (PREPS.has(w)) near = w;
      else if (w === 'قبل' && j > 0 && tokens[j - 1]!.norm.endsWith('من')) near = 'من_قبل';
      else if ((w === 'يد' || w === 'ايدي') && j > 0 && tokens[j - 1]!.norm.endsWith('علي')) near = 'علي_يد';
      else if (/^(بيد|بايدي)$/.test(w)) near = 'علي_يد';
      within3 = near;
      if (near === 'none') {
        for (let k = j - 1; k >= 0 && m.first - k <= 3 && tokens[k]!.sentence === t.sentence; k--) {
          if (this.mentionStartingAt(k) || BOUNDARY.has(tokens[k]!.norm)) break;
          const wk = stripConj(tokens[k]!.norm);
          if (PREPS.has(wk)) {
            within3 = wk;
            break;
          }
          if (/^(لل|بال)/.test(wk)) {
            within3 = wk.startsWith('ل') ? 'ل' : 'ب';
            break;
          }
          if (wk === 'قبل' || wk === 'يد') {
            within3 = wk === 'قبل' ? 'من_قبل' : 'علي_يد';
            break;
          }
        }
      }
    }
    return { near, within3 };
  }

  /** Whether a mention is the place of a phrase of place (place-phrase.ts). */
  placePhrase(m: MentionAt): boolean {
    const span = (x: MentionAt) => ({ first: x.first, last: x.last, entityType: x.entity.type });
    return inPlacePhrase(this.input.tokens, span(m), (k) => {
      const e = this.mentions.find((x) => x.last === k);
      return e && span(e);
    });
  }

  mentionStartingAt(k: number): MentionAt | undefined {
    return this.startingAt[k];
  }

  /** Candidates for the arguments of one event (features per mention or party). */
  candidates(ev: IsnadEvent, others: readonly IsnadEvent[] = []): ArgCandidate[] {
    const { tokens, text } = this.input;
    const trig = this.tokenAt(ev.trigger.start);
    const tt = tokens[trig]!;
    const sentence = tt.sentence;
    const trigSurface = text.slice(ev.trigger.start, ev.trigger.end).replace(/[\u0640]/g, '');
    const nominal = /^(و|ف)?(ب|ل)?(ال|لل)/.test(tt.norm) || /(ة|\u064b|\u064c|\u064d)$/.test(trigSurface) || /(ات|ه)$/.test(tt.norm);
    const pos = nominal ? 'noun' : 'verb';
    const passiveAux = [trig - 1, trig - 2].some((k) => k >= 0 && PASSIVE_AUX.has(tokens[k]!.norm));
    const relBefore = trig > 0 && RELATIVES.has(tokens[trig - 1]!.norm);
    const ruleA = new Set(ev.actor);
    const ruleR = new Set(ev.recipient);
    const attrib = ev.attribution !== undefined ? this.input.attributions.find((a) => a.id === ev.attribution) : undefined;
    const source = attrib?.source.entity ?? this.sourceEntity(attrib?.source.start, attrib?.source.end);
    const base = [`type=${ev.type}`, `pos=${pos}`];
    if (passiveAux) base.push('passiveAux');
    const out: ArgCandidate[] = [];
    const inSentence = this.mentions.filter((m) => tokens[m.first]!.sentence === sentence && (m.last < trig || m.first > trig));
    const seen = new Set<string>();
    let firstAfter = true;
    let placeParties = 0;
    let nearestBefore: MentionAt | undefined;
    for (const m of inSentence) if (m.last < trig) nearestBefore = m;
    let agentMarked = false;
    for (const m of inSentence) {
      if (m.first > trig) {
        const p = this.prepOf(m).near;
        if (p === 'من_قبل' || p === 'علي_يد') agentMarked = true;
      }
    }
    if (agentMarked) base.push('agentMarked');
    const discourse = this.discourse(ev, others, sentence, trig, inSentence);
    // words: the trigger without its article, and the words at and around each candidate
    const trigKey = `trig=${stripConj(tt.norm).replace(/^(ب|ل)?ال/, '')}`;
    const sentenceFirst = this.sentenceFirst.get(sentence) ?? trig;
    for (const m of inSentence) {
      // A party inside a phrase of place (بالعاصمة الجزائرية، في مدن الضفة الغربية) is no argument, unless the rules chose it.
      // It still counts among the parties the sentence names (none+n) and as the first one after the trigger.
      if (!ruleA.has(m.entity.id) && !ruleR.has(m.entity.id) && this.placePhrase(m)) {
        placeParties++;
        if (m.first > trig) firstAfter = false;
        continue;
      }
      const after = m.first > trig;
      const dir = after ? 'after' : 'before';
      const dist = after ? m.first - trig : trig - m.last;
      const lo = after ? trig + 1 : m.last + 1;
      const hi = after ? m.first : trig;
      let clause = true;
      let between = 0;
      let relBetween = false;
      let mentionsBetween = 0;
      for (let k = lo; k < hi; k++) {
        const w = tokens[k]!.norm;
        if (BOUNDARY.has(w) || CLAUSE_WORDS.has(w)) clause = false;
        if (RELATIVES.has(w)) relBetween = true;
        if (this.mentionStartingAt(k)) mentionsBetween++;
        else if (tokens[k]!.kind === 'word') between++;
      }
      const { near, within3 } = this.prepOf(m);
      const kind = m.mention.kind ?? 'name';
      const etype = m.entity.type;
      const sector = m.entity.kb?.sector ?? 'nokb';
      const f = [
        ...base,
        `dir=${dir}`, `dist=${dir}:${bucket(dist)}`, `clause=${clause}`, `dir+clause=${dir}:${clause}`,
        `prep=${near}`, `prep3=${within3}`, `dir+prep=${dir}:${near}`, `type+prep=${ev.type}:${near}`, `pos+prep=${pos}:${near}`,
        `etype=${etype}`, `sector=${sector}`, `kind=${kind}`, `type+etype=${ev.type}:${etype}`, `dir+etype=${dir}:${etype}`,
        `pos+dir=${pos}:${dir}`, `type+dir=${ev.type}:${dir}`, `gap=${dir}:${bucket(between)}`, `mbetween=${dir}:${Math.min(mentionsBetween, 2)}`,
        `rule=${ruleA.has(m.entity.id) ? 'A' : ''}${ruleR.has(m.entity.id) ? 'R' : ''}`,
      ];
      if (after && firstAfter) f.push('firstAfter', `firstAfter+pos=${pos}:${near}`, `firstAfter+pos+prep=${pos}:${near}`);
      if (after && between === 0 && mentionsBetween === 0) f.push(`adjacent+pos=${pos}`, `adjacent+prep=${near}`);
      if (!after && m === nearestBefore) f.push('nearestBefore', `nearestBefore+prep=${near}`, `nearestBefore+clause=${clause}`);
      if (this.isSentenceStart(m.first)) f.push('sentenceInitial');
      if (relBetween) f.push(`relBetween=${dir}`);
      if (relBefore && !after) f.push('relClauseTrigger');
      if (passiveAux || agentMarked) f.push(`passive+dir+prep=${dir}:${near}`);
      if (m.entity.id === source) f.push('isSource', `isSource+dir=${dir}`);
      // the subject of a sentence-initial verb (وأحكمت المقاومة … بعد معارك)
      const early = m.first - sentenceFirst;
      if (!after && (early === 1 || (early === 2 && /^(و|ف)$/.test(tokens[sentenceFirst]!.norm)))) f.push('earlySubject', `earlySubject+pos=${pos}`);
      f.push(`${trigKey}:${dir}`, `${trigKey}:${etype}`, `cw=${stripConj(tokens[m.first]!.norm)}:${dir}`);
      if (m.last + 1 < tokens.length && tokens[m.last + 1]!.sentence === sentence) f.push(`nw=${stripConj(tokens[m.last + 1]!.norm)}:${dir}`);
      if (m.first > 0 && tokens[m.first - 1]!.sentence === sentence) f.push(`pw=${stripConj(tokens[m.first - 1]!.norm)}:${dir}`);
      const ra = ruleA.has(m.entity.id);
      const rr = ruleR.has(m.entity.id);
      if (ra) f.push(`ruleA+type=${ev.type}`, `ruleA+pos=${pos}`, `ruleA+dir=${dir}`);
      if (rr) f.push(`ruleR+type=${ev.type}`, `ruleR+pos=${pos}`, `ruleR+prep=${near}`);
      discourse.features(m.entity.id, f, pos);
      if (after) firstAfter = false;
      out.push({ entity: m.entity.id, features: f });
      seen.add(m.entity.id);
    }
    // The parties of the sentences just before, for a doer named earlier (pro-drop, a report's topic).
    for (const m of discourse.earlier) {
      if (seen.has(m.entity.id)) continue;
      seen.add(m.entity.id);
      const etype = m.entity.type;
      const back = sentence - tokens[m.first]!.sentence;
      const f = [...base, 'earlier', `earlier=${back}`, `earlier+pos=${pos}`, `earlier+type=${ev.type}`, `etype=${etype}`, `type+etype=${ev.type}:${etype}`,
        `earlier+etype=${etype}`, `earlier+kind=${m.mention.kind ?? 'name'}`, `earlier+hasBefore=${discourse.hasBefore}`, `earlier+pos+hasBefore=${pos}:${discourse.hasBefore}`];
      if (this.isSentenceStart(m.first) || (m.first > 0 && this.isSentenceStart(m.first - 1))) f.push('earlier+initial');
      if (m.entity.id === source) f.push('isSource', 'isSource+earlier');
      discourse.features(m.entity.id, f, pos, 'earlier+');
      out.push({ entity: m.entity.id, features: f });
    }
    // The attribution's source and the rules' parties from outside the sentence.
    const outside = new Set<string>([...ev.actor, ...ev.recipient]);
    if (source !== undefined) outside.add(source);
    for (const id of outside) {
      if (seen.has(id)) continue;
      const e = this.input.entities.find((x) => x.id === id);
      const etype = e?.type ?? 'none';
      const f = [...base, 'outside', `etype=${etype}`, `type+etype=${ev.type}:${etype}`,
        `rule=${ruleA.has(id) ? 'A' : ''}${ruleR.has(id) ? 'R' : ''}`];
      if (id === source) f.push('isSource', 'isSource+outside', `isSource+pos=${pos}`, `isSource+type=${ev.type}`);
      if (ruleA.has(id)) f.push(`ruleA+type=${ev.type}`, `ruleA+pos=${pos}`, 'ruleA+outside');
      if (ruleR.has(id)) f.push(`ruleR+type=${ev.type}`, `ruleR+pos=${pos}`, 'ruleR+outside');
      out.push({ entity: id, features: f });
    }
    out.push({
      entity: '',
      features: ['none', `none+type=${ev.type}`, `none+pos=${pos}`, `none+ruleA=${ev.actor.length > 0}`, `none+ruleR=${ev.recipient.length > 0}`,
        `none+source=${source !== undefined}`, `none+passive=${passiveAux || agentMarked}`, `none+n=${Math.min(out.length + placeParties, 4)}`],
    });
    return out;
  }

  /**
   * What the text before the trigger says about each party: the doer of the
   * nearest earlier event (a report keeps its actor from sentence to sentence),
   * how often the party is named, and the parties of the two sentences before.
   */
  private discourse(ev: IsnadEvent, others: readonly IsnadEvent[], sentence: number, trig: number, inSentence: readonly MentionAt[]) {
    const { tokens } = this.input;
    let prev: IsnadEvent | undefined;
    for (const o of others) {
      if (o === ev || o.trigger.start >= ev.trigger.start || o.actor.length === 0) continue;
      const s = tokens[this.tokenAt(o.trigger.start)]!.sentence;
      if (sentence - s > 2) continue;
      if (!prev || o.trigger.start > prev.trigger.start) prev = o;
    }
    const prevBack = prev ? sentence - tokens[this.tokenAt(prev.trigger.start)]!.sentence : -1;
    const prevActors = new Set(prev?.actor ?? []);
    const counts = this.mentionCounts();
    const hasBefore = inSentence.some((m) => m.last < trig && m.mention.kind !== 'adjective');
    const earlier = this.mentions.filter((m) => {
      const s = tokens[m.first]!.sentence;
      return s < sentence && sentence - s <= 2 && m.mention.kind !== 'adjective' && m.entity.type !== 'MISC';
    }).reverse();
    return {
      earlier,
      hasBefore,
      features(id: string, f: string[], pos: string, prefix = ''): void {
        if (prevActors.has(id)) f.push(`${prefix}prevActor`, `${prefix}prevActor=${prevBack}`, `${prefix}prevActor+pos=${pos}`, `${prefix}prevActor+type=${ev.type}`);
        const n = counts.get(id) ?? 0;
        f.push(`${prefix}freq=${n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : '5+'}`);
        if (n >= 2 && counts.top === id) f.push(`${prefix}topParty`);
      },
    };
  }

  private counts?: Map<string, number> & { top?: string };

  /** Mentions per party in the document, and the party named most often. */
  private mentionCounts(): Map<string, number> & { top?: string } {
    if (this.counts) return this.counts;
    const counts: Map<string, number> & { top?: string } = new Map();
    let best = 0;
    for (const m of this.mentions) {
      const n = (counts.get(m.entity.id) ?? 0) + 1;
      counts.set(m.entity.id, n);
      if (n > best) {
        best = n;
        counts.top = m.entity.id;
      }
    }
    return (this.counts = counts);
  }

  private sourceEntity(s: number | undefined, e: number | undefined): string | undefined {
    if (s === undefined || e === undefined) return undefined;
    const inSpan = this.mentions.filter((m) => m.mention.start >= s && m.mention.end <= e && m.mention.kind !== 'adjective');
    return inSpan[inSpan.length - 1]?.entity.id;
  }
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function scoreFeatures(w: Record<string, number>, features: readonly string[]): number {
  let s = w['bias'] ?? 0;
  for (const f of features) s += w[f] ?? 0;
  return s;
}

/**
 * The best entity per role from scored candidates; the recipient is never the
 * actor. With the rules' choice given, the model overrides it only when its
 * best candidate scores `margin` above the rules' one.
 */
export function decode(cands: readonly ArgCandidate[], w: ArgWeights, rules?: { actor: string[]; recipient: string[] }): { actor?: string; recipient?: string } {
  return decodeWith(() => cands, w, rules, (role, features) => scoreFeatures(w[role], features));
}

/** The weights of one role as a map, for scoring many candidates with weights that no longer change. */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();

function weightMap(w: Record<string, number>): Map<string, number> {
  let m = weightMaps.get(w);
  if (!m) {
    m = new Map(Object.entries(w));
    weightMaps.set(w, m);
  }
  return m;
}

/** `scoreFeatures` over a map of the same weights: the same sum, in the same order. */
function scoreWithMap(w: Map<string, number>, features: readonly string[]): number {
  let s = w.get('bias') ?? 0;
  for (const f of features) s += w.get(f) ?? 0;
  return s;
}

/** `decode` with the candidates built only when a role is scored, and a scorer given. */
function decodeWith(
  candidates: () => readonly ArgCandidate[],
  w: ArgWeights,
  rules: { actor: string[]; recipient: string[] } | undefined,
  score: (role: Role, features: readonly string[]) => number,
): { actor?: string; recipient?: string } {
  const margin = w.margin ?? 0;
  const best = (role: Role, exclude?: string): string | undefined => {
    let top: { id: string; s: number } | undefined;
    let topParty: { id: string; s: number } | undefined;
    let ruleScore = -Infinity;
    const ruleIds = rules?.[role] ?? [];
    // The rules keep this role whatever the scores.
    if (rules && ((w.fillOnly && ruleIds.length > 0) || (w.roles && !w.roles.includes(role)))) return ruleIds.find((id) => id !== exclude) ?? undefined;
    for (const c of candidates()) {
      if (c.entity === exclude || (c.entity === '' && w.mode === 'binary')) continue;
      const s = score(role, c.features);
      if (!top || s > top.s) top = { id: c.entity, s };
      if (c.entity !== '' && (!topParty || s > topParty.s)) topParty = { id: c.entity, s };
      if (c.entity === '' ? ruleIds.length === 0 : ruleIds.includes(c.entity)) ruleScore = Math.max(ruleScore, s);
    }
    // A role the rules left empty takes the best party scoring at least `margin`
    // above «none»; a negative margin lets a party just below «none» in.
    if (rules && ruleIds.length === 0 && w.mode === 'rank') return topParty && topParty.s - ruleScore >= margin ? topParty.id : undefined;
    if (rules && top && top.s - ruleScore < margin) return ruleIds.find((id) => id !== exclude) ?? undefined;
    if (!top || top.id === '') return undefined;
    return w.mode === 'rank' || sigmoid(top.s) >= w.threshold[role] ? top.id : undefined;
  };
  const actor = best('actor');
  const recipient = best('recipient', actor);
  return { ...(actor !== undefined && { actor }), ...(recipient !== undefined && { recipient }) };
}

/**
 * Events with their actor and recipient chosen by the model. A chosen party
 * that the rules also chose keeps the rules' coordinated set (X و Y).
 */
export function rerankArguments(input: EventInput, events: readonly IsnadEvent[], w: ArgWeights): IsnadEvent[] {
  if (events.length === 0) return [...events];
  let ctx: ArgContext | undefined;
  // The weights are fixed here: look them up in maps built once per weights object.
  const actorWeights = weightMap(w.actor);
  const recipientWeights = weightMap(w.recipient);
  const score = (role: Role, features: readonly string[]) => scoreWithMap(role === 'actor' ? actorWeights : recipientWeights, features);
  return events.map((ev) => {
    let cands: readonly ArgCandidate[] | undefined;
    const candidates = () => (cands ??= (ctx ??= new ArgContext(input)).candidates(ev, events));
    const { actor, recipient } = decodeWith(candidates, w, ev, score);
    const pick = (id: string | undefined, rules: string[]) => (id === undefined ? [] : rules.includes(id) ? [...rules] : [id]);
    const a = pick(actor, ev.actor);
    const r = pick(recipient, ev.recipient).filter((id) => !a.includes(id));
    return { ...ev, actor: a, recipient: r };
  });
}

export const ARG_MODEL_FILE = 'events/args-model.json';

const argModel = optionalWeights<ArgWeights>(ARG_MODEL_FILE);

/** The committed weights, or undefined when the file is absent. */
export const argWeights = argModel.load;

/** Turns the model off (the rules' arguments stay), for comparisons and training; returns the previous setting. */
export const setArgModelEnabled = argModel.setEnabled;

/** The weights in use: undefined when turned off or absent. */
export const activeArgWeights = argModel.active;
