import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from './testing.js';

test('a passive auxiliary (تم) is never a subject: the participle after it keeps the speaker', () => {
  const t = 'وأشارت الصحيفة إلى أن المتهم فر من السجن بعد أن تم كشف هويته، مؤكدة أن الشرطة تلاحقه.';
  const v = attributionViews(t, entitiesBySurface(t, [])).filter((x) => x.cue === 'مؤكدة');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'الصحيفة');
});

test('a subject before the verb does not reach back across a clause conjunction (بعدما، في حين)', () => {
  const t1 = 'وكان الأعلى سعرا بعدما أعلنت الشركة أن أرباحها تضاعفت.';
  const v1 = attributionViews(t1, entitiesBySurface(t1, []));
  assert.equal(v1.length, 1);
  assert.equal(v1[0]?.source, 'الشركة');
  const t2 = 'وأوضح التقرير أنه إيجابي في حين قال خبراء إن الخطر قائم.';
  const v2 = attributionViews(t2, entitiesBySurface(t2, [])).filter((x) => x.cue === 'قال');
  assert.equal(v2.length, 1);
  assert.equal(v2[0]?.source, 'خبراء');
});

test('after a conjunction of time inside the clause, the verb has the main clause\'s subject', () => {
  const t1 = 'أحسن وزير الصحة حينما نفى الشائعة، وأكد أن المستشفيات تعمل بشكل طبيعي.';
  const v1 = attributionViews(t1, entitiesBySurface(t1, [])).filter((x) => x.cue === 'وأكد');
  assert.equal(v1.length, 1);
  assert.equal(v1[0]?.source, 'وزير الصحة');
  const t2 = 'ويبدو أن المسؤولين عندما أعلنوا استعدادهم للحوار كانوا جادين.';
  const v2 = attributionViews(t2, entitiesBySurface(t2, [])).filter((x) => x.cue === 'أعلنوا');
  assert.equal(v2.length, 1);
  assert.equal(v2[0]?.source, 'المسؤولين');
});

test('a pronoun on the verb resuming the relative makes the noun before it the object, not the speaker', () => {
  const t = 'وقال الوزير إن الوثيقة الختامية التي وصفها بأنها تاريخية ستوقع غدا.';
  const v = attributionViews(t, entitiesBySurface(t, [])).filter((x) => x.cue === 'وصفها');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'الوزير');
});
