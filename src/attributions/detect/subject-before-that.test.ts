import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`);

test('بعد أن أظهرت تحاليل أولية أن …: the noun before أن is the subject, not the main clause\'s speaker', () => {
  const t = 'أعلنت الهيئة أمس أن المصنع سيغلق مؤقتا بعد أن أظهرت تحاليل أولية أن المياه ملوثة.';
  assert.ok(views(t).includes('أظهرت | تحاليل أولية'), views(t).join('\n'));
});
