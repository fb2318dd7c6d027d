import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from './testing.js';

test('surveys, records, maps and video clips carry what بحسب and وفقا لـ attribute', () => {
  for (const [t, source] of [
    ['ويتقدم المرشح في السباق بحسب استطلاعات الرأي الأخيرة.', /^استطلاعات الرأي/],
    ['وبلغ عدد المتقدمين 200 ألف حسب السجلات الرسمية.', /^السجلات الرسمية/],
    ['وسقط اللاعب أرضا بحسب مقطع الفيديو المتداول.', /^مقطع الفيديو/],
  ] as const) {
    const v = attributionViews(t);
    assert.equal(v.length, 1, t);
    assert.match(v[0]?.source ?? '', source, t);
  }
  // Conformity to a plan is not a source.
  assert.deepEqual(attributionViews('وتسير الأعمال حسب الخطة الموضوعة.'), []);
});
