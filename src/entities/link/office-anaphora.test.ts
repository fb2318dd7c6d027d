import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

test('a definite office said again alone is the one person introduced with it, not one of two holders', () => {
  const text = 'زار مفتي الأردن الشيخ سالم الحربي المدينة أمس. وندد المفتي بالهجمات على المدنيين.';
  const es = analyse(text, [['سالم الحربي', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'سالم الحربي')), ['سالم الحربي', 'المفتي']);
  const two = 'وصل المحافظ سالم الحربي والمحافظ خالد العتيبي إلى المدينة. وانتقد المحافظ تأخر المشروع.';
  const es2 = analyse(two, [['سالم الحربي', 'PER'], ['خالد العتيبي', 'PER']]);
  assert.deepEqual(surfaces(two, find(es2, 'سالم الحربي')), ['سالم الحربي']);
  assert.deepEqual(surfaces(two, find(es2, 'خالد العتيبي')), ['خالد العتيبي']);
});

test('an office in construct with what it governs is the one person who holds it, not with another complement', () => {
  const text = 'افتتح مدير المركز الدكتور سالم الحربي المعرض. وانتقد مدير المركز تأخر الجهات في الرد.';
  const es = analyse(text, [['سالم الحربي', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'سالم الحربي')), ['سالم الحربي', 'مدير المركز']);
  const other = 'افتتح مدير المركز الدكتور سالم الحربي المعرض. وانتقد مدير الشرطة التأخر، وقال نائب المدير إن العمل مستمر.';
  const es2 = analyse(other, [['سالم الحربي', 'PER']]);
  assert.deepEqual(surfaces(other, find(es2, 'سالم الحربي')), ['سالم الحربي']);
});

test('رئيس in construct names the head of that body only', () => {
  const text = 'التقى رئيس الوزراء خالد العتيبي بالسفير فهد السالم. وقال مصدر إن رئيس الوزراء انتقد التقرير.';
  const es = analyse(text, [['خالد العتيبي', 'PER'], ['فهد السالم', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'خالد العتيبي')), ['خالد العتيبي', 'رئيس الوزراء']);
  assert.deepEqual(surfaces(text, find(es, 'فهد السالم')), ['فهد السالم']);
});

test('an office with the body after ل is the holder of that body’s office, not of another body’s or an assistant’s', () => {
  const text = 'قال الأمين العام للمنظمة الدولية سالم الحربي إن الوضع خطير. واستقبل الأمين العام للمنظمة الدولية الوفد، '
    + 'ثم التقى الأمين العام لجامعة الشعوب الوفد. وقالت مساعدة الأمين العام إن العمل مستمر.';
  const es = analyse(text, [['سالم الحربي', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'سالم الحربي')), ['سالم الحربي', 'الأمين العام']);
});
