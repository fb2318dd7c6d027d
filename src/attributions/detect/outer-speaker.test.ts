import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A subjectless cue after a nested report goes on with the outer speaker (outer-speaker.ts). */

const ents = (t: string) => entitiesBySurface(t, [
  { id: 'e1', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] },
]);

test('أفاد X أن «البيان» كشف عن …. وأكد: the outer speaker goes on', () => {
  const t = 'أفاد وكيل الوزارة سالم العتيبي، أن «البيان الختامي» كشف عن اتفاق الطرفين على خطة عمل مشتركة. وأكد أن التنسيق بين الجانبين ضروري في المرحلة المقبلة.';
  const views = attributionViews(t, ents(t));
  const kashf = views.find((x) => x.cue === 'كشف');
  const akkad = views.find((x) => x.cue === 'وأكد');
  assert.match(kashf?.source ?? '', /البيان الختامي/);
  assert.match(akkad?.source ?? '', /سالم العتيبي/);
});

test('a report that is not nested keeps the last speaker', () => {
  const t = 'أفاد سالم العتيبي أن الخطة جاهزة. وقال مدير المشروع إن العمل سيبدأ قريبا. وأكد أن التمويل متوفر.';
  const views = attributionViews(t, ents(t));
  const akkad = views.find((x) => x.cue === 'وأكد');
  assert.match(akkad?.source ?? '', /مدير المشروع/);
});
