import type { AnalysisJson } from '../core/analysis.js';
import type { Attribution } from '../core/types.js';

const STANCE_LABEL: Record<Attribution['stance'], string> = {
  assert: 'assert',
  deny: 'deny',
  allege: 'allege',
  none: 'none',
};

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function sourceLabel(a: Attribution, analysis: AnalysisJson): string {
  const s = a.source;
  const entity = s.entity !== undefined ? analysis.entities.find((e) => e.id === s.entity) : undefined;
  const surface = s.start !== undefined && s.end !== undefined ? oneLine(analysis.text.slice(s.start, s.end)) : undefined;
  let label = entity?.name ?? surface ?? '?';
  if (entity && surface && surface !== entity.name) label += ` (${surface})`;
  if (s.kind !== 'named') label += ` [${s.kind}${s.description ? `: ${oneLine(s.description)}` : ''}]`;
  return label;
}

/**
 * A readable view of who said what: one line per attribution,
 * `source —[stance]→ «content»`, with relayed attributions indented under
 * the attribution they reached the reader through.
 */
export function formatAttributionsText(analysis: AnalysisJson): string {
  const list = analysis.attributions;
  if (list.length === 0) return 'no attributions\n';
  const ids = new Set(list.map((a) => a.id));
  const children = new Map<string, Attribution[]>();
  const roots: Attribution[] = [];
  for (const a of list) {
    if (a.via !== undefined && ids.has(a.via) && a.via !== a.id) {
      const c = children.get(a.via) ?? [];
      c.push(a);
      children.set(a.via, c);
    } else roots.push(a);
  }
  const lines: string[] = [];
  const seen = new Set<string>();
  const write = (a: Attribution, depth: number) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    const cue = oneLine(analysis.text.slice(a.cue.start, a.cue.end));
    const content = oneLine(analysis.text.slice(a.content.start, a.content.end));
    const indent = depth === 0 ? '' : `${'  '.repeat(depth - 1)}  └ `;
    lines.push(`${indent}${a.id} ${sourceLabel(a, analysis)} —[${STANCE_LABEL[a.stance]}: ${cue}]→ «${content}»`);
    for (const c of children.get(a.id) ?? []) write(c, depth + 1);
  };
  for (const a of roots) write(a, 0);
  // Anything in a cycle of via links is still shown.
  for (const a of list) write(a, 0);
  return `${lines.join('\n')}\n`;
}
