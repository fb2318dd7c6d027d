import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A participle with its subject written after it (participle-then-subject.ts). */

test('موضحاً المتحدث الأمني أن …: the title after the participle is the speaker', () => {
  const v = attributionViews('وضبطت الدوريات المتهم في الحي. موضحاً المتحدث الأمني أنه أحيل إلى النيابة.');
  assert.deepEqual(v, [{ cue: 'موضحاً', source: 'المتحدث الأمني', stance: 'assert' }]);
});

test('a title closed by a comma before أن', () => {
  const v = attributionViews('ونفذت الإدارة تجربة إخلاء في المبنى. مبيناً مدير الإدارة، أن التجربة نجحت.');
  assert.deepEqual(v, [{ cue: 'مبيناً', source: 'مدير الإدارة', stance: 'assert' }]);
});

test('a participle with its object after it keeps the speaker before', () => {
  const v = attributionViews('وقال الوزير إن المشروع تأخر، مؤكدا الحرص على إنجازه قريبا.');
  assert.equal(v[1]?.source, 'الوزير');
});

test('an honorific with ه and the one urged after the participle are not its subject', () => {
  const v = attributionViews('وقال الأمير إن الحادث أليم، مؤكداً سموه أن الوطن سيبقى آمنا.');
  assert.equal(v[1]?.source, 'الأمير');
  const w = attributionViews('واحتج مئات المزارعين أمام الوزارة، مطالبين وزير الزراعة بأن يعوضهم عن الخسائر.');
  assert.ok(w.every((a) => !a.source.startsWith('وزير')), JSON.stringify(w));
});
