import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

/** علم X أن with an outlet's correspondent for subject: his report, an unnamed source (learned-by-staff.ts). */

const place = (t: string, name: string): Entity[] => entitiesBySurface(t, [{ id: 'l1', type: 'LOC', name, forms: [name] }]);

test('وعلم مراسل الأناضول أن …: the correspondent learned it, an unnamed source', () => {
  const t = 'وعلم مراسل الأناضول أن قوات الأمن اعتقلت خمسة أشخاص في المدينة.';
  const a = attributionsOf(t, place(t, 'الأناضول'));
  assert.equal(a.length, 1);
  assert.equal(spanText(t, a[0]?.cue ?? {}), 'وعلم');
  assert.equal(spanText(t, a[0]?.source ?? {}), 'مراسل الأناضول');
  assert.equal(a[0]?.source.kind, 'anonymous');
  assert.equal(spanText(t, a[0]?.content ?? {}), 'قوات الأمن اعتقلت خمسة أشخاص في المدينة');
});

test('وعلم مراسل الجزيرة من مصادر أن …، وعلمت مراسلة «العربية» من مصادر: the informants via the correspondent', () => {
  for (const t of [
    'وعلم مراسل الجزيرة من مصادر محلية أن الغارات استهدفت سوقا شعبيا.',
    'وعلمت مراسلة «العربية» من مصادر أمنية أن المشتبه به سلم نفسه للشرطة.',
  ]) {
    const a = attributionsOf(t, entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'الجزيرة', forms: ['الجزيرة'] }]));
    assert.equal(a.length, 2, t);
    assert.equal(a[0]?.source.kind, 'anonymous', t);
    assert.ok(spanText(t, a[0]?.source ?? {}).startsWith('مراسل'), t);
    assert.equal(spanText(t, a[1]?.source ?? {}).startsWith('مصادر'), true, t);
    assert.equal(a[1]?.via, a[0]?.id, t);
  }
});

test('رفع علم المملكة، وعلم أن …، علم الاجتماع: the noun and the impersonal passive are no cue', () => {
  assert.deepEqual(attributionViews('ورفع علم المملكة على المبنى في حفل رسمي أمس.'), []);
  assert.deepEqual(attributionViews('وعلم أن الاجتماع سيعقد يوم الخميس المقبل.'), []);
  assert.deepEqual(attributionViews('وعلم الاجتماع يدرس سلوك الجماعات البشرية.'), []);
});
