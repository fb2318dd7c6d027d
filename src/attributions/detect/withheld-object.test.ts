import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('a noun of information right after a negated verb of withholding is what was withheld; the subject goes on', () => {
  const t = 'أعلنت إدارة النادي أمس تجديد عقد المدافع بعد مفاوضات طويلة، ولم تعلن مدة عقد اللاعب الذي سيغيب عن الفريق.';
  assert.deepEqual(sourceOf(t, 'ولم تعلن'), ['إدارة النادي']);
});

test('a subject written after the negated verb stays the subject', () => {
  assert.deepEqual(sourceOf('ولم تكشف الشركة قيمة الصفقة.', 'ولم تكشف'), ['الشركة']);
});
