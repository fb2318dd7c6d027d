/** The entity and the actors it appears with (cytoscape, loaded on demand). */
import { useEffect, useRef } from 'preact/hooks';
import type { EntityRef } from '../api';
import { navigate } from '../router';

const COLOURS: Record<string, string> = { PER: '#2563eb', ORG: '#d97706', GPE: '#059669', LOC: '#0d9488', MISC: '#7c3aed' };

export function Network({ centre, neighbours }: { centre: EntityRef; neighbours: (EntityRef & { count: number })[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const max = Math.max(1, ...neighbours.map((n) => n.count));
      const inst = cytoscape({
        container: box.current,
        elements: [
          { data: { id: centre.id, label: centre.name, type: centre.type, size: 70 } },
          ...neighbours.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, size: 30 + 30 * (n.count / max) } })),
          ...neighbours.map((n) => ({ data: { id: `${centre.id}-${n.id}`, source: centre.id, target: n.id, w: 1 + 7 * (n.count / max), count: n.count } })),
        ],
        layout: { name: 'concentric', concentric: (node) => (node.id() === centre.id ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 18, animate: false },
        style: [
          {
            selector: 'node',
            style: {
              'background-color': (n) => COLOURS[n.data('type') as string] ?? '#64748b',
              label: 'data(label)',
              width: 'data(size)',
              height: 'data(size)',
              'font-family': 'Noto Naskh Arabic, serif',
              'font-size': 22,
              'min-zoomed-font-size': 6,
              color: '#1e293b',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
              'text-background-padding': '2px',
            },
          },
          { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1', 'curve-style': 'straight' } },
        ],
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
      });
      inst.on('tap', 'node', (ev) => {
        const id = ev.target.id() as string;
        if (id !== centre.id) navigate(`/entity/${id}`);
      });
      cy = inst;
    });
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [centre.id, neighbours.map((n) => n.id).join(',')]);
  if (neighbours.length === 0) return <p class="muted">لا تظهر معه كيانات أخرى بعد.</p>;
  return <div class="network" ref={box} data-testid="network" aria-label="شبكة الكيانات المتزامنة" />;
}
