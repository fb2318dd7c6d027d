import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { analyse, find } from './testing.js';

function descriptions(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).filter((m) => m.kind === 'description').map((m) => text.slice(m.start, m.end));
}

test('a masculine description followed by a feminine or plural definite word: that word is its object', () => {
  const text = 'انتقد المجلس الوطني الفلسطيني قرار الاحتلال. ودعا المجلس الحكومة إلى التحرك. وطالب المجلس النقابات بالإضراب.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:pnc')), ['المجلس', 'المجلس']);
});

test('a masculine description followed by a masculine definite word is still another body (المجلس الأعلى)', () => {
  const text = 'انتقد المجلس الوطني الفلسطيني قرار الاحتلال. ورد المجلس الأعلى على البيان.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:pnc')), []);
});
