import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.source));

test('a plural verb with no subject takes the quantity of people before it, not the singular subject', () => {
  const t = 'وأثار القرار غضب عدد من المزارعين في المنطقة، حيث طالبوا الوزارة بتعويضهم عن الخسائر.';
  assert.deepEqual(sourceOf(t, 'طالبوا'), ['عدد من المزارعين']);
});

test('a plural verb after a single named speaker goes back to the plural phrase before it', () => {
  const t = 'وقال مدير التعليم سعد الناصر إن الدراسة ستتأجل. ولقي القرار انتقاد عدد كبير من المعلمين، حيث أكدوا أنه جاء مفاجئا.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سعد الناصر', forms: ['سعد الناصر'] }]);
  assert.deepEqual(sourceOf(t, 'أكدوا', ents), ['عدد كبير من المعلمين']);
});

test('a plural verb with an object pronoun (وصفوه: the alif of وا drops) is a cue with the plural subject', () => {
  const t = 'وألقى المشرعون المعارضون كلمات حادة في جلسة الوزير خالد العمر تنتقد ما وصفوه بالتسرع في إقرار الميزانية.';
  const ents = entitiesBySurface(t, [{ id: 'k', type: 'PER', name: 'خالد العمر', forms: ['خالد العمر'] }]);
  assert.deepEqual(sourceOf(t, 'وصفوه', ents), ['المشرعون المعارضون']);
});

test('the subject of a relative clause on another noun is not taken, nor is «as they say» given a speaker', () => {
  const t = 'زار عدد من المشرفين يتقدمهم مدير الإدارة سامي العمري المعرض، واطلعوا على الأعمال التي أنجزها المتدربون، وقالوا إن المستوى مميز.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سامي العمري', forms: ['سامي العمري'] }]);
  assert.ok(!sourceOf(t, 'وقالوا', ents).includes('المتدربون'));
  const u = 'وتحدث الباحثون الألمان عن التجربة، والحقيقة كما يقولون تحتاج إلى وقت أطول.';
  assert.deepEqual(sourceOf(u, 'يقولون'), []);
});
