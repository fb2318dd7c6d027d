import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'روسيا', forms: ['adj:روسية'] },
    { id: 'e2', type: 'GPE', name: 'إدلب' },
    { id: 'e3', type: 'ORG', name: 'جبهة النصرة' },
  ],
};

test('a single aircraft named by its state\'s nisba stands for the state that flies it', () => {
  const t1 = 'وقتل خمسة مسلحين في غارة نفذتها طائرة روسية قرب إدلب.';
  const e1 = eventsIn(t1, spec);
  assert.deepEqual(eventOn(e1, t1, 'ASSAULT', 'غارة')?.actor, ['e1'], show(t1, e1));
  const t2 = 'وقصفت طائرة روسية مواقع جبهة النصرة في إدلب.';
  const e2 = eventsIn(t2, spec);
  assert.deepEqual(eventOn(e2, t2, 'ASSAULT', 'وقصفت')?.actor, ['e1'], show(t2, e2));
});

test('aircraft counted in the dual before the verb stand for the state named by their nisba', () => {
  const duals: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'روسيا', forms: ['adj:روسيتان', 'adj:روسيتين'] },
      { id: 'e3', type: 'ORG', name: 'جبهة النصرة' },
    ],
  };
  const t1 = 'وذكر المرصد أن مقاتلتين روسيتين قصفتا مواقع جبهة النصرة شمال المدينة.';
  const e1 = eventsIn(t1, duals);
  assert.deepEqual(eventOn(e1, t1, 'ASSAULT', 'قصفتا')?.actor, ['e1'], show(t1, e1));
  const t2 = 'وقال شهود إن مروحيتين روسيتين هاجمتا قافلة لجبهة النصرة.';
  const e2 = eventsIn(t2, duals);
  assert.deepEqual(eventOn(e2, t2, 'ASSAULT', 'هاجمتا')?.actor, ['e1'], show(t2, e2));
});

test('an occupation named by its state\'s nisba is the state that occupies', () => {
  const occ: LayerSpec = { entities: [{ id: 'il', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيلي'] }] };
  const t = 'وأوضح البيان أن الاحتلال الإسرائيلي يواصل هدم المنازل في القرية.';
  const e = eventsIn(t, occ);
  assert.deepEqual(eventOn(e, t, 'COERCE', 'هدم')?.actor, ['il'], show(t, e));
});
