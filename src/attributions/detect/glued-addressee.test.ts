import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`);

test('وقال للصحفيين إن …: the addressee glued to ل is not the speaker; the one before goes on', () => {
  const t = 'أعلن الوزير خالد أن الخطة جاهزة. وقال للصحفيين إن الوضع مستقر.';
  assert.ok(views(t).includes('وقال | الوزير خالد'), views(t).join('\n'));
});

test('وأكد للمراسلين الأجانب أن …: an adjective after the addressee still leaves no subject written', () => {
  const t = 'صرح المتحدث باسم الهيئة أن الطريق سيفتح غدا. وأكد للمراسلين الأجانب أن الأعمال انتهت.';
  const v = views(t).find((x) => x.startsWith('وأكد'));
  assert.ok(v !== undefined && !v.includes('للمراسلين'), views(t).join('\n'));
});
