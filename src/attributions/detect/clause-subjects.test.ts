import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.source));

test('a participle after غير أن / لكن and a verb that reports nothing takes the new subject, not the last speaker', () => {
  const t = 'وقال البنك الدولي إن القواعد الجديدة خطوة كبرى، غير أن منظمات غير حكومية سارعت إلى انتقاد الإجراءات، مؤكدة أنها عودة إلى الخلف.';
  assert.deepEqual(sourceOf(t, 'مؤكدة'), ['منظمات غير حكومية']);
  const u = 'ووافقت البلدية على بناء السوق في عام 2014 لكن سكان الحي اعترضوا على القرار قائلين إن السوق يهدد الحديقة.';
  assert.deepEqual(sourceOf(u, 'قائلين'), ['سكان الحي']);
});

test('a participle in a sentence opened by فقد takes the subject after the verb, not a name after a preposition', () => {
  const t = 'وجاءت الجلسة متوترة. فقد غضب رئيس البرلمان سامي الحربي من وزير المالية خالد العمر خلال الجلسة، فصرخ فيه قائلا "اجلس يا رجل".';
  const ents = entitiesBySurface(t, [
    { id: 's', type: 'PER', name: 'سامي الحربي', forms: ['سامي الحربي'] },
    { id: 'k', type: 'PER', name: 'خالد العمر', forms: ['خالد العمر'] },
  ]);
  assert.deepEqual(sourceOf(t, 'قائلا', ents), ['سامي الحربي']);
});

test('the noun a resumptive فيه/فيها after the verb points back to is where it was said, not the speaker', () => {
  const t = 'وخرج المدرب بتصريح قال فيه إن الفريق سيعود أقوى.';
  assert.deepEqual(sourceOf(t, 'قال'), ['المدرب']);
  const u = 'نشر تنظيم "داعش" في العراق، شريط فيديو يؤكد فيه سيطرته على المدينة.';
  const ents = entitiesBySurface(u, [{ id: 'd', type: 'ORG', name: 'داعش', forms: ['داعش'] }]);
  assert.deepEqual(sourceOf(u, 'يؤكد', ents), ['داعش']);
  // A name before the verb is the owner of the message and speaks.
  const v = 'وجاءت رسالة من المواطن سعد العتيبي يقول فيها إن الطريق خطير.';
  const e2 = entitiesBySurface(v, [{ id: 's', type: 'PER', name: 'سعد العتيبي', forms: ['سعد العتيبي'] }]);
  assert.deepEqual(sourceOf(v, 'يقول', e2), ['سعد العتيبي']);
});
