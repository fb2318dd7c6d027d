import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const cuesOf = (t: string): string[] => attributionsOf(t).map((a) => spanText(t, a.cue));

test('بقوله is the cue when the subject is written before the verb and its object', () => {
  const t = 'الكاتب سالم العتيبي وصف تلك الليلة بقوله: «كانت أجمل ليالي المهرجان».';
  const people = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] }]);
  assert.deepEqual(attributionsOf(t, people).map((a) => spanText(t, a.cue)), ['بقوله']);
});

test('بقوله is the cue when the subject after the verb opens with a title', () => {
  assert.deepEqual(cuesOf('وعلق مدرب الفريق الإسباني خوان لوبيز المباراة الودية بقوله: «أنا راض عن اللاعبين».'), ['بقوله']);
});

test('a demonstrative alone after the verb still keeps the verb as the cue', () => {
  assert.deepEqual(cuesOf('الرئيس وصف ذلك بقوله إن القرار تاريخي.').map((c) => c.length > 0), [true]);
  assert.notDeepEqual(cuesOf('الرئيس وصف ذلك بقوله إن القرار تاريخي.'), ['بقوله']);
});
