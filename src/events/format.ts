import type { AnalysisJson } from '../core/analysis.js';

/**
 * One line per event: `TYPE actor → recipient @place (time) [negated] «trigger»`,
 * with the mode, future, conditional and reporting source when known.
 */
export function formatEventsText(a: AnalysisJson): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  const list = (ids: string[]) => (ids.length > 0 ? ids.map(name).join(' + ') : '?');
  const lines: string[] = [];
  for (const ev of a.events) {
    let line = `${ev.id} ${ev.type}`;
    if (ev.mode) line += `/${ev.mode}`;
    line += ` ${list(ev.actor)} → ${list(ev.recipient)}`;
    if (ev.location !== undefined) line += ` @${name(ev.location)}`;
    if (ev.time !== undefined) {
      const t = a.times[ev.time];
      if (t) line += ` (${t.value ?? a.text.slice(t.start, t.end).replace(/\s+/g, ' ')})`;
    }
    if (ev.quantities && ev.quantities.length > 0) {
      const qs = ev.quantities.map((i) => a.quantities[i]).filter((q) => q !== undefined)
        .map((q) => `${q.value ?? '?'}${q.unit ? ' ' + q.unit : ''}`);
      if (qs.length > 0) line += ` {${qs.join(', ')}}`;
    }
    const flags: string[] = [];
    if (ev.negated) flags.push('negated');
    if (ev.future) flags.push('future');
    if (ev.conditional) flags.push('conditional');
    if (flags.length > 0) line += ` [${flags.join(', ')}]`;
    if (ev.attribution !== undefined) {
      const at = a.attributions.find((x) => x.id === ev.attribution);
      const src = at?.source.entity !== undefined ? name(at.source.entity)
        : at?.source.start !== undefined && at.source.end !== undefined ? a.text.slice(at.source.start, at.source.end) : at?.source.kind;
      line += ` according to ${src ?? ev.attribution}`;
    }
    line += ` «${a.text.slice(ev.trigger.start, ev.trigger.end)}»`;
    lines.push(line);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
