import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const kindOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): { source: string; kind: string }[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), kind: a.source.kind }));

test('a woman known only as the mother of her son (أم + one name) is an anonymous source', () => {
  const t = 'وقالت «أم سعد» إن السوق يحتاج إلى دعم.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سعد', forms: ['سعد'] }]);
  assert.deepEqual(kindOf(t, 'وقالت', ents).map((s) => s.kind), ['anonymous']);
  const u = 'وذكرت أم فهد أن الأسعار ارتفعت.';
  assert.deepEqual(kindOf(u, 'وذكرت'), [{ source: 'أم فهد', kind: 'anonymous' }]);
});

test('a woman with her own name after the kunya stays named (negative case)', () => {
  const t = 'وقالت أم سعد فاطمة العلي إن السوق يحتاج إلى دعم.';
  const ents = entitiesBySurface(t, [{ id: 'f', type: 'PER', name: 'فاطمة العلي', forms: ['فاطمة العلي'] }]);
  assert.deepEqual(kindOf(t, 'وقالت', ents).map((s) => s.kind), ['named']);
});
