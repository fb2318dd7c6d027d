import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A one-word organisation name in ة with a masculine verb (masculine-org-name.ts). */

const club = (t: string) => entitiesBySurface(t, [
  { id: 'e1', type: 'ORG', name: 'الغرافة', forms: ['الغرافة'] },
  { id: 'e2', type: 'PER', name: 'عثمان اليهري', forms: ['عثمان اليهري'] },
]);

test('وقال الغرافة إنه …: the club is the speaker, not the player named before', () => {
  const t = 'انتقل إلى الجيش عثمان اليهري في المقابل. وقال الغرافة إنه ضم المدافع البرازيلي لمدة موسم.';
  assert.deepEqual(attributionViews(t, club(t)), [{ cue: 'وقال', source: 'الغرافة', stance: 'assert' }]);
});

test('وطالب الغرافة …: after a verb of urging the name stays the one urged', () => {
  const t = 'قال عثمان اليهري إن العقد انتهى. وطالب الغرافة بدفع المستحقات المتأخرة.';
  const urged = attributionViews(t, club(t)).find((v) => v.cue === 'وطالب');
  assert.equal(urged?.source, 'عثمان اليهري');
});

test('a feminine noun that is no organisation name still disagrees with a masculine verb', () => {
  const t = 'قال عثمان اليهري إن العقد انتهى. وأكد الإدارة أن الأمر محسوم.';
  const v = attributionViews(t, club(t)).find((x) => x.cue === 'وأكد');
  assert.notEqual(v?.source, 'الإدارة');
});
