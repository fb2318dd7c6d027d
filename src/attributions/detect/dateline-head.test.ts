import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A dateline whose dash is a tatweel (سبق ـ أبها:) is no speaker before a colon (dateline-head.ts). */
const views = (t: string, forms: string[]): { cue: string; source: string }[] =>
  attributionViews(t, entitiesBySurface(t, forms.map((f, k) => ({ id: `e${k}`, type: 'LOC', name: f, forms: [f] }))));
const colonCues = (t: string, forms: string[]): string[] => views(t, forms).filter((x) => x.cue === ':').map((x) => x.source);

test('سبق ـ أبها: … — the outlet and the place, not a speaker', () => {
  const t = 'سبق ـ أبها: افتتح أمير منطقة عسير مهرجان الصيف في مدينة أبها مساء أمس.';
  assert.deepEqual(colonCues(t, ['أبها']), []);
});

test('عكاظ ــ جدة: … and a later subjectless وأضاف does not fall back on the dateline', () => {
  const t = 'عكاظ ــ جدة: افتتح مدير الجامعة الدكتور خالد العمري المعرض السنوي للكتاب. وأضاف أن المعرض يستمر أسبوعا.';
  assert.deepEqual(colonCues(t, ['جدة']), []);
  const added = views(t, ['جدة']).find((x) => x.cue === 'وأضاف');
  assert.ok(!added || !/عكاظ|جدة/.test(added.source), `وأضاف took ${added?.source}`);
});

test('واس ـ الرياض: … in the agency\'s style', () => {
  const t = 'واس ـ الرياض: وصل إلى الرياض أمس وفد تجاري من كوريا الجنوبية في زيارة تستمر ثلاثة أيام.';
  assert.deepEqual(colonCues(t, ['الرياض']), []);
});

test('a named speaker before a colon without a dash is still one', () => {
  const t = 'عادل الجبير: المملكة لن تتهاون مع الإرهاب.';
  assert.equal(colonCues(t, ['عادل الجبير']).length, 1);
});
