import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

function mentions(text: string): string[] {
  return analyse({ text }).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
}

test('a name that begins with ف keeps it (it is no conjunction)', () => {
  const found = mentions('قال المدرب فيران سوريانو إن الفريق جاهز. وقالت فاطمة الزهراء كذا.');
  assert.ok(found.includes('فيران سوريانو'), found.join(' | '));
  assert.ok(found.some((m) => m.startsWith('فاطمة')), found.join(' | '));
});

test('a conjunction glued to a name stays outside the mention', () => {
  const found = mentions('قال سيرغي شويغو كذا. والتقى حفتر وشويغو أمس. وقال وليد جنبلاط كذا.');
  assert.ok(found.includes('شويغو'), found.join(' | '));
  assert.ok(!found.includes('وشويغو'), found.join(' | '));
  assert.ok(found.some((m) => m.startsWith('وليد')), 'وليد is a name, not و + ليد');
});
