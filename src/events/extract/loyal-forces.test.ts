import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'o1', type: 'ORG', name: 'جماعة الحوثي', forms: ['الحوثيين'] },
    { id: 'p1', type: 'PER', name: 'علي عبد الله صالح' },
    { id: 'g1', type: 'GPE', name: 'تعز' },
  ],
};

function at(text: string, trigger: string) {
  return extractEvents(buildLayers(text, spec)).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
}

test('forces loyal to a named person coordinated with a party (والقوات الموالية للرئيس السابق X) add X to the actors', () => {
  const t = 'قصفت جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح أحياء مدينة تعز بالمدفعية.';
  const e = at(t, 'قصفت');
  assert.equal(e?.type, 'ASSAULT');
  assert.deepEqual(e?.actor, ['o1', 'p1']);
  assert.ok(!e?.recipient.includes('p1'));
});

test('forces loyal to a pronoun (والقوات الموالية لهم) add no one', () => {
  const t = 'قصفت جماعة الحوثي والقوات الموالية لهم أحياء مدينة تعز بالمدفعية.';
  assert.deepEqual(at(t, 'قصفت')?.actor, ['o1']);
});
