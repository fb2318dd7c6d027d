import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec = (content: string): LayerSpec => ({
  entities: [
    { id: 'e1', type: 'GPE', name: 'فرنسا', forms: ['adj:الفرنسي'] },
    { id: 'e2', type: 'PER', name: 'لوران فابيوس' },
    { id: 'e3', type: 'ORG', name: 'الحكومة اللبنانية' },
    { id: 'e4', type: 'ORG', name: 'الاستخبارات الغربية' },
  ],
  attributions: [{ id: 'a1', cue: 'أكد', source: 'وزير الخارجية الفرنسي لوران فابيوس', sourceEntity: 'e2', content }],
});

test('«his country» as the subject of what a minister says is his state, named by the nisba of his title', () => {
  const t = 'أكد وزير الخارجية الفرنسي لوران فابيوس أن بلاده تدعم الحكومة اللبنانية في مواجهة الأزمة.';
  const events = eventsIn(t, spec('بلاده'));
  const e = eventOn(events, t, 'SUPPORT', 'تدعم');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});

test('«his country» after the verb of another subject is its object, not the doer', () => {
  const t = 'أكد وزير الخارجية الفرنسي لوران فابيوس أن الاستخبارات الغربية ساعدت بلاده على إحباط هجمات.';
  const events = eventsIn(t, spec('الاستخبارات'));
  const e = eventOn(events, t, 'AID', 'ساعدت');
  assert.ok(e, show(t, events));
  assert.ok(!e.actor.includes('e1'), show(t, events));
});
