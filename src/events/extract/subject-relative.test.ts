import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'o1', type: 'ORG', name: 'التحالف' },
    { id: 'g1', type: 'GPE', name: 'الإمارات' },
    { id: 'o2', type: 'ORG', name: 'الحوثيين' },
  ],
};

function at(text: string, trigger: string) {
  return extractEvents(buildLayers(text, spec)).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
}

test('the subject of a relative clause after the main subject (التحالف الذي تقوده الإمارات) is not the object', () => {
  const t = 'قصف التحالف الذي تقوده الإمارات مخازن للحوثيين قرب الساحل.';
  const e = at(t, 'قصف');
  assert.equal(e?.type, 'ASSAULT');
  assert.deepEqual(e?.actor, ['o1']);
  assert.ok(!e?.recipient.includes('g1'));
});
