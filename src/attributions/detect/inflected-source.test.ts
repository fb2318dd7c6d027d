import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A dual, a sound plural or a demonstrative before a source head after a prepositional cue (inflected-source.ts). */
const views = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('ووفقا للمصدرين …: the dual of مصدر names the source', () => {
  const t = 'ووفقا للمصدرين اللذين حضرا الاجتماع، فإن الحزب اختار رئيسا جديدا.';
  const [a] = views(t);
  assert.equal(a?.cue, 'ووفقا');
  assert.match(a?.source ?? '', /مصدرين/);
  assert.match(a?.content ?? '', /الحزب اختار رئيسا جديدا/);
});

test('طبقا لتلك التقارير: a demonstrative before the head', () => {
  const t = 'ويفكر المدرب في الاستقالة طبقا لتلك التقارير.';
  const [a] = views(t);
  assert.equal(a?.cue, 'طبقا');
  assert.match(a?.source ?? '', /تلك التقارير/);
});

test('وفق مستشارين …: the sound plural of a title', () => {
  const t = 'وارتفعت تكاليف الإنتاج وفق مستشارين ماليين من شركة كبرى.';
  const [a] = views(t);
  assert.equal(a?.cue, 'وفق');
  assert.match(a?.source ?? '', /مستشارين ماليين/);
});

test('conformity to rules after a demonstrative names no source', () => {
  assert.equal(views('وتم توزيع المساعدات وفقا لتلك الشروط.').length, 0);
});
