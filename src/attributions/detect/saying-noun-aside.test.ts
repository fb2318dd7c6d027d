import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** بقوله/بالقول past a quoted subject or an aside between dashes (saying-noun.ts). */

test('وتصف "سارة" … بقولها إن …: a quoted subject is right after the verb, the noun takes the cue', () => {
  const t = 'وتصف "سارة" التي أصيبت في الحادث ما جرى لها بقولها إنها تعرضت لهجوم مفاجئ.';
  assert.deepEqual(attributionViews(t), [{ cue: 'بقولها', source: 'سارة', stance: 'assert' }]);
});

test('ومضت المصادر بالقول – في وقت لاحق – إن …: an aside between dashes before the words', () => {
  const t = 'ومضت المصادر بالقول – في وقت لاحق من مساء أمس – إن اتفاقا تم بين الطرفين.';
  assert.deepEqual(attributionViews(t).map((v) => [v.cue, v.source]), [['بالقول', 'المصادر']]);
});
