/**
 * A small deterministic analyser for tests of the store and ingest: a tiny
 * gazetteer for entities, a few reporting cues for attributions, a few event
 * triggers. It yields contract-shaped AnalysisJson with real offsets.
 */
import { ANALYSIS_SCHEMA, type AnalysisJson, type AnalysisToken } from '../../core/analysis.js';
import type {
  Attribution, DocumentInput, Entity, EntityType, IsnadEvent, PloverType, Quantity, Span, Stance, TimeExpr,
} from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';

interface GazEntry {
  forms: string[];
  type: EntityType;
  name: string;
  kb?: string;
}

export const FAKE_GAZETTEER: readonly GazEntry[] = [
  { forms: ['خليفة حفتر', 'حفتر'], type: 'PER', name: 'خليفة حفتر', kb: 'Q5345' },
  { forms: ['روسيا', 'موسكو'], type: 'GPE', name: 'روسيا', kb: 'Q159' },
  { forms: ['ليبيا'], type: 'GPE', name: 'ليبيا', kb: 'Q1016' },
  { forms: ['الكرملين'], type: 'ORG', name: 'الكرملين' },
  { forms: ['فاغنر'], type: 'ORG', name: 'فاغنر' },
  { forms: ['السراج'], type: 'PER', name: 'فائز السراج' },
];

const CUES: Record<string, Stance> = { 'قال': 'assert', 'أكد': 'assert', 'نفى': 'deny', 'نفت': 'deny', 'زعم': 'allege' };
const TRIGGERS: Record<string, PloverType> = { 'هاجم': 'ASSAULT', 'دعم': 'SUPPORT', 'طالب': 'REQUEST', 'التقى': 'CONSULT' };

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  let i = text.indexOf(needle);
  while (i >= 0) {
    out.push(i);
    i = text.indexOf(needle, i + needle.length);
  }
  return out;
}

export function fakeAnalyse(input: DocumentInput): AnalysisJson {
  const text = input.text;
  if (text.includes('@@BOOM@@')) throw new Error('analyser failure (test marker)');
  const tokens: AnalysisToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{N}]/gu)) {
    const kind = /^\p{N}+$/u.test(m[0]) ? 'number' : /^\p{L}/u.test(m[0]) ? (/[a-z]/i.test(m[0]) ? 'latin' : 'word') : 'punct';
    tokens.push({ start: m.index, end: m.index + m[0].length, kind, norm: normaliseString(m[0]) });
  }
  const sentences: Span[] = [];
  let s = 0;
  for (const m of text.matchAll(/[.!؟?\n]/g)) {
    if (m.index + 1 > s && text.slice(s, m.index + 1).trim() !== '') sentences.push({ start: s, end: m.index + 1 });
    s = m.index + 1;
  }
  if (text.slice(s).trim() !== '') sentences.push({ start: s, end: text.length });

  const entities: Entity[] = [];
  const taken: Span[] = [];
  for (const g of FAKE_GAZETTEER) {
    const mentions: Span[] = [];
    for (const f of g.forms) {
      for (const at of findAll(text, f)) {
        const span = { start: at, end: at + f.length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        mentions.push(span);
      }
    }
    if (mentions.length === 0) continue;
    mentions.sort((a, b) => a.start - b.start);
    const e: Entity = { id: `e${entities.length + 1}`, type: g.type, name: g.name, mentions };
    if (g.kb !== undefined) e.kb = { id: g.kb };
    if (g.type === 'PER' && text.includes('المشير')) e.roles = ['مشير'];
    entities.push(e);
  }
  const mentionOwners = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })));

  const attributions: Attribution[] = [];
  const events: IsnadEvent[] = [];
  for (const sent of sentences) {
    const st = text.slice(sent.start, sent.end);
    for (const [cue, stance] of Object.entries(CUES)) {
      for (const at of findAll(st, cue)) {
        const cueSpan = { start: sent.start + at, end: sent.start + at + cue.length };
        const src = mentionOwners.find((m) => m.start >= cueSpan.end && m.start <= cueSpan.end + 12)
          ?? [...mentionOwners].reverse().find((m) => m.end <= cueSpan.start && m.start >= sent.start);
        const contentStart = src && src.start > cueSpan.end ? src.end : cueSpan.end;
        const content = { start: Math.min(contentStart + 1, sent.end), end: sent.end };
        attributions.push({
          id: `a${attributions.length + 1}`,
          cue: cueSpan,
          source: src ? { entity: src.id, start: src.start, end: src.end, kind: 'named' } : { kind: 'anonymous', description: 'مصادر' },
          content,
          stance,
        });
      }
    }
    for (const [trig, type] of Object.entries(TRIGGERS)) {
      for (const at of findAll(st, trig)) {
        const span = { start: sent.start + at, end: sent.start + at + trig.length };
        const inSentence = mentionOwners.filter((m) => m.start >= sent.start && m.end <= sent.end);
        const next = inSentence.find((m) => m.start >= span.end && m.start <= span.end + 3);
        const actor = next ?? [...inSentence].reverse().find((m) => m.end <= span.start);
        const recipient = inSentence.find((m) => m.start >= (actor && actor.start > span.end ? actor.end : span.end) && m !== actor
          && m.start <= (actor && actor.start > span.end ? actor.end : span.end) + 12);
        events.push({
          id: `v${events.length + 1}`, type, trigger: span,
          actor: actor ? [actor.id] : [], recipient: recipient ? [recipient.id] : [],
          negated: st.includes('لم '),
        });
      }
    }
  }
  const quantities: Quantity[] = tokens.filter((t) => t.kind === 'number')
    .map((t) => ({ start: t.start, end: t.end, kind: 'count', value: Number(t.norm), unit: null }));
  const times: TimeExpr[] = [];
  for (const at of findAll(text, 'أمس')) {
    times.push({ start: at, end: at + 3, value: input.date ?? null });
  }
  const out: AnalysisJson = {
    schema: ANALYSIS_SCHEMA, text, sentences, tokens, entities, attributions, quantities, times, events,
  };
  if (input.id !== undefined) out.id = input.id;
  if (input.date !== undefined) out.date = input.date;
  if (input.source !== undefined) out.source = input.source;
  if (input.title !== undefined) out.title = input.title;
  if (input.url !== undefined) out.url = input.url;
  return out;
}
