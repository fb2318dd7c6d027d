import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** One short phrase before بـ after وصف is the thing described (described-object.ts). */

const ents = (t: string) => entitiesBySurface(t, [{ id: 'e1', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] }]);

test('ووصف المنتدى بأنه …: the speaker before goes on', () => {
  const t = 'وأعلن وكيل الوزارة سالم العتيبي النتائج في الرياض ووصف المنتدى بأنه "خطوة مهمة للقطاع".';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'ووصف');
  assert.match(v?.source ?? '', /سالم العتيبي/);
});

test('وصف X الهجوم بأنه …: a named subject before the object stays', () => {
  const t = 'ووصف سالم العتيبي الهجوم بأنه عمل جبان لا يمت للدين بصلة.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'ووصف');
  assert.equal(v?.source, 'سالم العتيبي');
});

test('وصف المتحدث الهجوم بأنه …: a title opens the subject', () => {
  const t = 'ووصف المتحدث باسم الشرطة الهجوم بأنه عمل إرهابي.';
  const v = attributionViews(t).find((x) => x.cue === 'ووصف');
  assert.match(v?.source ?? '', /المتحدث/);
});
