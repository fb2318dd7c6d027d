import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../../core/types.js';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const run = (text: string, spec: LayerSpec) => extractEvents(buildLayers(text, spec));
const at = (text: string, events: IsnadEvent[], trigger: string) => events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
const roles = (e: IsnadEvent | undefined) => [e?.actor, e?.recipient];

test('the body whose seat hosts a reception (بمقر وزارة الخارجية) is the place, not the one received', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'p1', type: 'PER', name: 'سامح شكري' },
      { id: 'p2', type: 'PER', name: 'ناصر جودة' },
      { id: 'o1', type: 'ORG', name: 'وزارة الخارجية' },
      { id: 'o2', type: 'ORG', name: 'الأمم المتحدة' },
      { id: 'g1', type: 'GPE', name: 'القاهرة' },
    ],
  };
  const t1 = 'استقبل وزير الخارجية سامح شكري، اليوم بمقر وزارة الخارجية في القاهرة، نظيره ناصر جودة.';
  assert.deepEqual(roles(at(t1, run(t1, spec), 'استقبل')), [['p1'], ['p2']]);
  const t2 = 'والتقى سامح شكري في مقر الأمم المتحدة بنيويورك نظيره ناصر جودة.';
  assert.deepEqual(roles(at(t2, run(t2, spec), 'والتقى')), [['p1'], ['p2']]);
});

test('a capital described by its state\'s nisba before its name is the place of talks, not a party to them', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'g1', type: 'GPE', name: 'أديس أبابا' },
      { id: 'g2', type: 'GPE', name: 'إثيوبيا', forms: ['adj:الإثيوبية'] },
      { id: 'g3', type: 'GPE', name: 'جنوب السودان' },
      { id: 'o1', type: 'ORG', name: 'المعارضة المسلحة' },
      { id: 'g4', type: 'GPE', name: 'الدوحة' },
      { id: 'g5', type: 'GPE', name: 'قطر', forms: ['adj:القطرية'] },
      { id: 'g6', type: 'GPE', name: 'أفغانستان', forms: ['adj:الأفغانية'] },
      { id: 'o2', type: 'ORG', name: 'حركة طالبان' },
    ],
  };
  const t1 = 'بدأت في العاصمة الإثيوبية أديس أبابا المحادثات بين حكومة جنوب السودان والمعارضة المسلحة.';
  assert.deepEqual(roles(at(t1, run(t1, spec), 'المحادثات')), [['g3'], ['o1']]);
  const t2 = 'وانطلقت بالعاصمة القطرية الدوحة أمس المفاوضات بين الحكومة الأفغانية وحركة طالبان.';
  const e2 = at(t2, run(t2, spec), 'المفاوضات');
  assert.ok(!e2?.actor.includes('g4') && !e2?.actor.includes('g5'), JSON.stringify(e2?.actor));
});
