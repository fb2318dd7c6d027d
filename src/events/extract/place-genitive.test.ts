import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../extract.js';
import { buildLayers, describeEvents as show, eventOn } from '../testing.js';

const entities = [
  { id: 'e1', type: 'LOC' as const, name: 'وادي السلام' },
  { id: 'e2', type: 'GPE' as const, name: 'بلدة الصفا' },
  { id: 'e3', type: 'GPE' as const, name: 'النرويج' },
];

/** The events of t with e2 linked as a town of a state and e3 as a state. */
function run(t: string) {
  const layers = buildLayers(t, { entities });
  for (const e of layers.entities) {
    if (e.id === 'e2') e.kb = { id: 'gpe:XY-safa' };
    if (e.id === 'e3') e.kb = { id: 'gpe:NO' };
  }
  return extractEvents(layers);
}

test('a place named in the genitive of a battle is where it is fought, not who fights', () => {
  const t = 'وتجددت أمس معارك وادي السلام بعد هدوء قصير.';
  const events = run(t);
  const e = eventOn(events, t, 'ASSAULT', 'معارك');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});

test('a town of a state named in the genitive of a meeting is its place, not a party to it', () => {
  const t = 'وانتهى أمس لقاء بلدة الصفا دون نتائج تذكر.';
  const events = run(t);
  const e = eventOn(events, t, 'CONSULT', 'لقاء');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});

test('a state in the genitive of an event noun is still its doer', () => {
  const t = 'وأثارت تهديدات النرويج قلق المراقبين.';
  const events = run(t);
  const e = eventOn(events, t, 'THREATEN', 'تهديدات');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e3'], show(t, events));
});

test('an attack named by its town stays an event of its own, with no doer', () => {
  const t = 'وقصفت النرويج مواقع المسلحين ردا على هجوم بلدة الصفا الدامي.';
  const events = run(t);
  const e = eventOn(events, t, 'ASSAULT', 'هجوم');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});
