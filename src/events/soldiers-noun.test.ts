import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'تنظيم داعش', forms: ['داعش', 'التنظيم'] },
    { id: 'e2', type: 'PER', name: 'الملك فاروق', forms: ['الملك'] },
    { id: 'e3', type: 'GPE', name: 'العراق' },
  ],
};

test('the noun «soldiers» (جند، جنده) is no recruiting', () => {
  assertNoEvent('ووصلت إلى المعبر ناقلة جند محملة بالذخيرة.', spec, 'MOBILIZE', 'جند');
  assertNoEvent('وكان القائد يسير في الساحة يحيط به جنده.', spec, 'MOBILIZE', 'جنده');
  assertNoEvent('وأمر الملك جنده بحراسة القصر.', spec, 'MOBILIZE', 'جنده');
  assertNoEvent('وأعلن التنظيم أن جند الخلافة سيطروا على القرية.', spec, 'MOBILIZE', 'جند');
  assertNoEvent('وأسفر الانفجار عن مقتل ثلاثة مدنيين وجند في العراق.', spec, 'MOBILIZE', 'وجند');
});

test('the verb «to recruit» stays MOBILIZE', () => {
  assertEvent('وجند تنظيم داعش مئات الشبان في العراق.', spec, 'MOBILIZE', 'وجند');
  assertEvent('وتحدث التقرير عن عشرين طفلا جندهم تنظيم داعش في العراق.', spec, 'MOBILIZE', 'جندهم');
  assertEvent('وقد جند التنظيم عشرات المقاتلين.', spec, 'MOBILIZE', 'جند');
});

test('a verb joined by و after another verb stays the verb', () => {
  assertEvent('وتوعد بملاحقة كل من خطط وجند وحرض على الهجوم.', spec, 'MOBILIZE', 'وجند');
});
