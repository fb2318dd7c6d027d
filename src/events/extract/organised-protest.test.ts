import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('a protest noun after «تنظيم» (organising) is a PROTEST', () => {
  assertEvent('وتولت لجنة من الطلاب تنظيم المظاهرات الأسبوعية أمام مبنى الجامعة.', {}, 'PROTEST', 'المظاهرات');
  assertEvent('وأعلنت النقابة أمس تنظيم الاعتصامات في المصانع الكبرى.', {}, 'PROTEST', 'الاعتصامات');
});

test('«تنظيم» before a party name stays the name of the party', () => {
  assertNoEvent('وقال المسؤول إن عناصر تنظيم الدولة انسحبوا من القرية.', {}, 'PROTEST');
});
