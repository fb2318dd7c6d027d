import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

const typesOf = (t: string) => extractEvents(buildLayers(t, { entities: [{ id: 'e1', type: 'GPE', name: 'الكويت' }] }))
  .map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)}`);

test('backing that is relief or humanitarian help is AID', () => {
  const t = 'وأشار إلى أن الكويت تواصل دعم النازحين في المجال الإغاثي منذ بداية الأزمة.';
  assert.ok(typesOf(t).includes('AID دعم'), typesOf(t).join(' / '));
  const u = 'وتواصل الكويت الدعم السخي لتوفير الإغاثة للمتضررين من الفيضانات.';
  assert.ok(typesOf(u).includes('AID الدعم'), typesOf(u).join(' / '));
});

test('backing with no word of relief or of material help stays SUPPORT', () => {
  const t = 'وأكدت الكويت دعم جهود السلام في المنطقة.';
  assert.ok(typesOf(t).includes('SUPPORT دعم'), typesOf(t).join(' / '));
});
