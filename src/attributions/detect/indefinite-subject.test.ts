import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const views = (t: string): { cue: string; source: string; kind: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), kind: a.source.kind }));

test('an indefinite text or person right before the verb is its unnamed subject', () => {
  const t = 'وكتب على الجدار نداء أخير يقول إن الحي باق.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'يقول'), [{ cue: 'يقول', source: 'نداء أخير', kind: 'anonymous' }]);
  const u = 'وتجمع أمام المبنى أمس شاب يطالب بإعادة راتبه المتأخر.';
  assert.deepEqual(views(u).filter((x) => x.cue === 'يطالب'), [{ cue: 'يطالب', source: 'شاب', kind: 'anonymous' }]);
  // رأي is spelled like the verb رأى.
  const w = 'وهناك رأي آخر يقول إن المشروع متأخر عن موعده.';
  assert.equal(views(w).find((x) => x.cue === 'يقول')?.source, 'رأي آخر');
});

test('a verb with its own subject after it, or one that does not agree, is not the indefinite noun\'s', () => {
  const t = 'وهو ثالث ضابط تعلن الوزارة وفاته هذا الشهر.';
  assert.equal(views(t).find((x) => x.cue === 'تعلن')?.source, 'الوزارة');
  // A noun in construct (جهات تمويل) is no noun with its adjective: it names no speaker here.
  const u = 'ولا بد من موافقة جهات تمويل تؤكد جدوى المشروع.';
  assert.equal(views(u).filter((x) => x.cue === 'تؤكد' && x.source === 'جهات تمويل').length, 0);
});
