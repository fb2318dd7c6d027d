import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

test('an attack named as the time of a threat («إثر الهجوم») is an event of its own, as after «عقب»', () => {
  const t = 'وتصاعدت التهديدات التي واجهتها المدينة إثر الهجوم الواسع للتنظيم على أطرافها.';
  const events = extractEvents(buildLayers(t, { entities: [{ id: 'e1', type: 'ORG', name: 'التنظيم' }] }));
  const shown = events.map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)}`);
  assert.ok(shown.includes('ASSAULT الهجوم'), shown.join(' / '));
});
