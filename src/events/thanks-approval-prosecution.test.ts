import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

// Words added to the trigger lexicon in 1.61.0: thanks, honouring and admiration shown (SUPPORT),
// passing a law (AGREE), bringing to justice (COERCE),
// and the search for culprits (ACCUSE, an investigation), with the senses their conditions keep out.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'وزارة الصحة' },
    { id: 'e2', type: 'PER', name: 'سالم الحربي' },
  ],
};

test('thanking a party (شكر، نشكر) is SUPPORT; a letter or word of thanks and «شكرا» are not', () => {
  assertEvent('وشكر سالم الحربي وزارة الصحة على جهودها في علاج المصابين.', spec, 'SUPPORT', 'وشكر');
  assertNoEvent('وتسلم المستشفى خطاب شكر من الإدارة.', spec, 'SUPPORT', 'شكر');
  assertNoEvent('وقال المدرب: شكرا لكم جميعا.', spec, 'SUPPORT');
});

test('honouring a party (كرّم، تكريم) is SUPPORT; generosity (كرم الضيافة) is not', () => {
  assertEvent('وكرمت وزارة الصحة سالم الحربي في حفل أقيم أمس.', spec, 'SUPPORT', 'وكرمت');
  assertNoEvent('وأشاد الضيوف بما لقوه من كرم الضيافة.', spec, 'SUPPORT', 'كرم');
});

test('admiration or pleasure shown (أبدى إعجابه، أبدى عدد من الزوار سعادتهم) is SUPPORT', () => {
  assertEvent('وأبدى سالم الحربي إعجابه بما شاهده في المعرض.', spec, 'SUPPORT', 'إعجابه');
  assertEvent('وأبدى عدد من زوار المهرجان سعادتهم بتنظيمه.', spec, 'SUPPORT', 'سعادتهم');
});

test('the search for culprits (البحث والتحري، يجري التحري) is an investigation; a bureau of inquiries is not', () => {
  assertEvent('وباشرت الشرطة عمليات البحث والتحري عن الجناة.', spec, 'ACCUSE', 'والتحري');
  assertNoEvent('وقالت إدارة التحريات بالشرطة إن الموقوفين اعترفوا.', spec, 'ACCUSE', 'التحريات');
});

test('passing a law or a protocol (إقرار القانون) is AGREE; a confession (إقرار بالذنب) is not', () => {
  assertEvent('وتم إقرار القانون بعد جدل طويل في البرلمان.', spec, 'AGREE', 'إقرار');
  assertNoEvent('وتضمن الملف إقرار المتهم بالذنب.', spec, 'AGREE', 'إقرار');
});

test('bringing suspects to justice or referring them (تقديمهم للعدالة، إحالته لجهة الاختصاص) is COERCE', () => {
  assertEvent('وتعمل الأجهزة الأمنية على ضبط الجناة وتقديمهم للعدالة.', spec, 'COERCE', 'وتقديمهم');
  assertEvent('وجرى إيقافه تمهيدا لإحالته لجهة الاختصاص.', spec, 'COERCE', 'لإحالته');
  assertNoEvent('وتواصل وزارة الصحة تقديم الخدمات للمواطنين.', spec, 'COERCE');
});
