/**
 * The drafts: how a cue adds one, how a pending relay is settled, and the final
 * filter and numbering into attributions.
 */
import type { Attribution } from '../../core/types.js';
import type { Detection } from './context.js';
import { isQuoteOpen, norm, span } from './lookups.js';
import type { Draft } from './types.js';
import { contentFrom, firstTokenAt } from './content.js';
import { takeQuotedAlias } from './quoted-alias.js';

/** Adds a draft; `speaker` says whether a later cue without a subject (وأضاف) may take its source. */
export function emit(cx: Detection, d: Omit<Draft, 'key' | 'speaker'>, speaker = true): Draft {
  // A report inside another speaker's words (بلاغا يفيد بـ… inside a quotation) does not
  // become the speaker of the subjectless verbs after that quotation.
  const inner = speaker && cx.drafts.some((o) => o.speaker && o.content.start <= d.cue.start && d.cue.start < o.content.end
    && o.cue.end <= d.cue.start);
  const full: Draft = { key: cx.nextKey++, speaker: speaker && !inner, ...d };
  cx.drafts.push(full);
  return full;
}

/** A relay whose verb gave no attribution keeps the clause after it as content. */
export function settleRelay(cx: Detection): void {
  if (!cx.pendingRelay) return;
  const { key, at } = cx.pendingRelay;
  cx.pendingRelay = undefined;
  const relay = cx.drafts.find((d) => d.key === key);
  if (relay) {
    const [a, b] = contentFrom(cx, at, false);
    relay.content = span(cx, a, b);
  }
}

// «امتنع عن الإدلاء بأي تعليق …»، «فأنا أقسم إنني …»: a cue that opens a quotation, or follows
// a first-person pronoun in it, with no subject written after it, is the quoted speaker's own
// words, not a new report (gold/GUIDELINE.md, the ninth set).
function firstPersonInQuote(cx: Detection, d: Draft): boolean {
  const c = firstTokenAt(cx, d.cue.start);
  if (c >= cx.tokenCount || (d.source.start !== undefined && d.source.start > d.cue.start)) return false;
  if (!cx.drafts.some((o) => o !== d && o.content.start <= d.cue.start && d.cue.start < o.content.end && o.cue.end <= d.cue.start)) return false;
  return isQuoteOpen(cx, c - 1) !== undefined || /^[وف]?(انا|نحن)$/.test(norm(cx, c - 1));
}

/** Drops the cues that are a quoted speaker's own words (see `firstPersonInQuote`). */
export function dropQuotedSpeakersOwnWords(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (firstPersonInQuote(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}

/** The drafts as attributions, numbered in the order of their cues, with their chains (via) as ids. */
export function numberedAttributions(cx: Detection): Attribution[] {
  // Ids follow the order of the cues.
  cx.drafts.sort((x, y) => x.cue.start - y.cue.start || x.key - y.key);
  const idOf = new Map<number, string>();
  cx.drafts.forEach((d, k) => idOf.set(d.key, `a${k + 1}`));
  // وزارة الدفاع الأمريكية «البنتاغون»: the quoted short name is part of the source.
  for (const d of cx.drafts) takeQuotedAlias(cx, d);
  return cx.drafts.map((d) => {
    const source: Attribution['source'] = { kind: d.source.kind };
    if (d.source.entity !== undefined) source.entity = d.source.entity;
    if (d.source.start !== undefined && d.source.end !== undefined) {
      source.start = d.source.start;
      source.end = d.source.end;
    }
    if (d.source.description !== undefined) source.description = d.source.description;
    const a: Attribution = { id: idOf.get(d.key) as string, cue: d.cue, source, content: d.content, stance: d.stance };
    if (d.viaKey !== undefined) {
      const via = idOf.get(d.viaKey);
      if (via !== undefined) a.via = via;
    }
    return a;
  });
}
