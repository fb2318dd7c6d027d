import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`);

test('تنشط الفرق والمجموعات …، مؤكدين أن …، لافتين إلى أن …: the subject of the clause the participles hang on', () => {
  const t = 'تنشط الفرق والمجموعات التطوعية في منطقة الباحة بشكل ملحوظ، مؤكدين أن العمل التطوعي تطور، لافتين إلى أن الجهات تسعى لاستقطاب المتطوعين.';
  assert.deepEqual(views(t), [
    'مؤكدين | الفرق والمجموعات التطوعية | assert',
    'لافتين | الفرق والمجموعات التطوعية | assert',
  ]);
});

test('يعمل الموظفون بجد، مؤكدين أن …: a sound plural subject', () => {
  assert.deepEqual(views('يعمل الموظفون في المستشفى بجد، مؤكدين أن العمل تطور.'), ['مؤكدين | الموظفون | assert']);
});

test('يعمل الموظف بجد، مؤكدين أن …: a single subject does not take a plural participle', () => {
  assert.deepEqual(views('يعمل الموظف في المستشفى بجد، مؤكدين أن العمل تطور.'), []);
});
