import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from './testing.js';

const contentOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.content));

test('describing something as a quality (وصفه بـ …) is an attribution of its speaker', () => {
  const t = 'أدان وزير الإعلام الاعتداء على الصحفيين، ووصفه بالعمل الهمجي.';
  const v = attributionViews(t).filter((x) => x.cue === 'ووصفه');
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^وزير الإعلام/);
  assert.deepEqual(contentOf(t, 'ووصفه'), ['بالعمل الهمجي']);
  const u = 'وقال المدرب إن الفريق قدم مباراة جيدة. ووصفها بـ«الأصعب هذا الموسم».';
  assert.deepEqual(attributionViews(u).filter((x) => x.cue === 'ووصفها'), [{ cue: 'ووصفها', source: 'المدرب', stance: 'assert' }]);
});

test('a relative التي وصفها takes the speaker of its sentence, never the dateline word before it', () => {
  const t = 'الرياض 3 محرم 1437 هـ واس\n طالب وزير الصحة خالد الفالح المواطنين بالحذر من الأمراض الموسمية، التي وصفها بالخطيرة.';
  const ents = entitiesBySurface(t, [
    { id: 'w', type: 'ORG', name: 'واس', forms: ['واس'] },
    { id: 'f', type: 'PER', name: 'خالد الفالح', forms: ['خالد الفالح'] },
  ]);
  const v = attributionViews(t, ents).filter((x) => x.cue === 'وصفها');
  assert.equal(v.length, 1);
  assert.notEqual(v[0]?.source, 'واس');
  assert.match(v[0]?.source ?? '', /الفالح/);
});

test('a speaker before a bare وصف describes; the verbal noun وصف inside a clause does not', () => {
  const named = 'فينغر وصف مواطنه الشاب بـ«الموهوب».';
  const e2 = entitiesBySurface(named, [{ id: 'w', type: 'PER', name: 'فينغر', forms: ['فينغر'] }]);
  assert.deepEqual(attributionViews(named, e2), [{ cue: 'وصف', source: 'فينغر', stance: 'assert' }]);
  const t = 'وقبل المباراة، وصف المدرب خصمه بالأقوى في المجموعة.';
  const v = attributionViews(t);
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^المدرب/);
  assert.deepEqual(attributionViews('ومن الصعب وصف المكان بكلمات قليلة.'), []);
  assert.deepEqual(attributionViews('واستغرب المواطن وصف المذيع للأطفال بالمزعجين.'), []);
});

test('a word written with ة (وصفة) is a noun, never a verb with its object pronoun', () => {
  assert.deepEqual(attributionViews('وهذه وصفة سهلة بالدجاج والأرز لأربعة أشخاص.'), []);
  assert.deepEqual(attributionViews('وصفة غنية بالبروتين: كوب عدس وملعقة زيت.'), []);
});

test('after a verb that takes an object, an accusative plural is that object, not the speaker', () => {
  const t = 'وأكد الشيخ أن ما حدث جريمة نكراء. ووصف الإرهابيين ومن يدعمهم بالجهلة.';
  assert.deepEqual(attributionViews(t).filter((x) => x.cue === 'ووصف'), [{ cue: 'ووصف', source: 'الشيخ', stance: 'assert' }]);
});

test('ب with a place or باسم before the complement is part of the frame, not the content', () => {
  assert.deepEqual(contentOf('وأبلغ المقيم القادم بمحافظة جدة عن اختفاء سيارته من أمام منزله.', 'وأبلغ'), ['عن اختفاء سيارته من أمام منزله']);
  assert.deepEqual(contentOf('وقد وصفته المتحدثة باسم الهلال الأحمر بـ"الناجي الوحيد".', 'وصفته'), ['بـ"الناجي الوحيد"']);
});

test('a name that begins with ب right after a verb taking an object is its subject or object, not the complement', () => {
  const t = 'واتهمت النيابة العامة بوليفيا تشافيز بارتكاب مخالفات مالية.';
  const ents = entitiesBySurface(t, [{ id: 'b', type: 'PER', name: 'بوليفيا تشافيز', forms: ['بوليفيا تشافيز'] }]);
  assert.deepEqual(contentOf(t, 'واتهمت', ents), ['بارتكاب مخالفات مالية']);
});
