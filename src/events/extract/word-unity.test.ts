import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'p1', type: 'PER', name: 'عادل الجبير' },
    { id: 'g1', type: 'GPE', name: 'السعودية', forms: ['adj:السعودي'] },
  ],
};

test('«اجتماع الكلمة» is the unity of the community, no meeting', () => {
  assertNoEvent('وحث خطيب المسجد الحرام المسلمين على اجتماع الكلمة ووحدة الصف.', spec, 'CONSULT');
  assertNoEvent('وقال المفتي إن هذه الأحداث لن تزيدنا إلا قوة وثباتا واجتماع كلمة.', spec, 'CONSULT');
  assertNoEvent('وحذر من الفرقة وعدم اجتماع كلمتهم في وجه الإرهاب.', spec, 'CONSULT');
  // A speech given at a meeting leaves the meeting.
  assertEvent('وألقى وزير الخارجية السعودي عادل الجبير في الاجتماع كلمة أكد فيها موقف بلاده.', spec, 'CONSULT', 'الاجتماع');
});
