import { formatAttributionsText } from '../attributions/format.js';
import type { AnalysisJson } from '../core/analysis.js';
import { formatEventsText } from '../events/format.js';

function quote(text: string, s: { start: number; end: number }): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ');
}

function indent(block: string): string {
  return block
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n');
}

/** A readable rendering of an analysis, section by section. */
export function formatAnalysisText(a: AnalysisJson): string {
  const lines: string[] = [];
  lines.push(`sentences: ${a.sentences.length}, tokens: ${a.tokens.length}`);
  if (a.entities.length > 0) {
    lines.push('', 'entities:');
    for (const e of a.entities) {
      const kb = e.kb ? ` [${e.kb.id}]` : '';
      lines.push(`  ${e.id} ${e.type} ${e.name}${kb} ×${e.mentions.length}`);
    }
  }
  if (a.attributions.length > 0) {
    lines.push('', 'who said what:');
    lines.push(indent(formatAttributionsText(a)));
  }
  if (a.quantities.length > 0) {
    lines.push('', 'quantities:');
    for (const q of a.quantities) {
      lines.push(`  ${q.kind} ${q.value ?? '?'}${q.unit ? ' ' + q.unit : ''} «${quote(a.text, q)}»`);
    }
  }
  if (a.times.length > 0) {
    lines.push('', 'times:');
    for (const t of a.times) lines.push(`  ${t.value ?? '?'} «${quote(a.text, t)}»`);
  }
  if (a.events.length > 0) {
    lines.push('', 'events:');
    lines.push(indent(formatEventsText(a)));
  }
  if (a.diagnostics && a.diagnostics.length > 0) {
    lines.push('', 'diagnostics:');
    for (const d of a.diagnostics) lines.push(`  ${d.code}${d.stage ? ` (${d.stage})` : ''}: ${d.message}`);
  }
  return lines.join('\n') + '\n';
}
