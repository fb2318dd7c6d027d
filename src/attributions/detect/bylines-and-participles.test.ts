import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);

test('a byline (name – outlet on a line of its own) is never the speaker of a later subjectless verb', () => {
  const t = 'سلمى الراشد – صحيفة الخبر\nعبرت الكاتبة المعروفة هدى سالم عن فرحتها بالجائزة، وقالت لـ«الخبر»: أنا فخورة بهذا التكريم.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سلمى الراشد', forms: ['سلمى الراشد'] }]);
  const src = sourceOf(t, 'وقالت', ents);
  assert.equal(src.length, 1);
  assert.notEqual(src[0], 'سلمى الراشد');
  assert.match(src[0] as string, /هدى سالم/);
  // A dateline with a hyphen (place-outlet) is no speaker either.
  const u = 'الرياض - واس\nاجتمع المدير العام سعد الحربي بالموظفين أمس، وأكد أن العمل مستمر.';
  const ents2 = entitiesBySurface(u, [{ id: 'r', type: 'GPE', name: 'الرياض', forms: ['الرياض'] }]);
  assert.deepEqual(sourceOf(u, 'وأكد', ents2).filter((s) => s === 'الرياض'), []);
});

test('a person named earlier in the text, not in a byline, still speaks for a subjectless verb', () => {
  const t = 'زار الأمير فهد بن سالم المستشفى – صباح أمس – مع عدد من المسؤولين في المنطقة.\nوقال إن الخدمات ممتازة.';
  const ents = entitiesBySurface(t, [{ id: 'f', type: 'PER', name: 'فهد بن سالم', forms: ['فهد بن سالم'] }]);
  assert.deepEqual(sourceOf(t, 'وقال', ents), ['فهد بن سالم']);
});

test('a participle goes on with a titled person named after a verb that reported nothing (بعث الممثل «X» …، طالبا)', () => {
  const t = 'أعلن الاتحاد نتائج البطولة أمس.\nبعث المدرب «سامي نادر» برسالة إلى اللاعبين بعد المباراة، مطالبا إياهم بالتركيز في المباراة المقبلة.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سامي نادر', forms: ['سامي نادر'] }]);
  const src = sourceOf(t, 'مطالبا', ents);
  assert.equal(src.length, 1);
  assert.match(src[0] as string, /سامي نادر/);
  // After a relay that opens the sentence, the verb with the titled name comes later in it.
  const u = 'أعلن الاتحاد نتائج البطولة أمس.\nوفقا لصحيفة الخبر «اليومية» بعث المدرب «سامي نادر» برسالة إلى اللاعبين، مطالبا إياهم بالتركيز.';
  const ents2 = entitiesBySurface(u, [{ id: 's', type: 'PER', name: 'سامي نادر', forms: ['سامي نادر'] }]);
  const src2 = sourceOf(u, 'مطالبا', ents2);
  assert.equal(src2.length, 1);
  assert.match(src2[0] as string, /سامي نادر/);
});

test('after a fronted «on her part» the clause opens with its verb: its subject goes on in the participle', () => {
  const t = 'وقع النادي مع اللاعب أمس.\nمن جهتها، قدمت إدارة النادي شكرها لرئيس نادي الوحدة خالد سعيد على تعاونه، مبينة أن ذلك يدل على حسن العلاقات.';
  const ents = entitiesBySurface(t, [
    { id: 'k', type: 'PER', name: 'خالد سعيد', forms: ['خالد سعيد'] }, { id: 'i', type: 'ORG', name: 'إدارة النادي', forms: ['إدارة النادي'] },
  ]);
  assert.deepEqual(sourceOf(t, 'مبينة', ents), ['إدارة النادي']);
});
