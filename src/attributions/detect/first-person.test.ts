import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const cues = (t: string): string[] => attributionsOf(t, entitiesBySurface(t, [])).map((a) => spanText(t, a.cue));

test('a verb in ت with the first person\'s noun after it (أعلنت قراري) is the first person, no report', () => {
  assert.ok(!cues('وكتب: «حين أعلنت قراري هذا لزميلاتي بكين كثيرا».').includes('أعلنت'));
});

test('a name in ي with what was said after it, or a name in ى (ليلى), is still the subject', () => {
  const t = 'وأعلنت هيونداي أن مبيعاتها ارتفعت في الربع الأخير.';
  assert.ok(cues(t).includes('وأعلنت'));
  assert.ok(cues('ولفت معالي مدير عام المؤسسة إلى أن الكمية بلغت ألف طن.').includes('ولفت'));
  const u = 'وقالت ليلى إن الحفل تأجل إلى الأسبوع المقبل.';
  assert.ok(cues(u).includes('وقالت'));
});
