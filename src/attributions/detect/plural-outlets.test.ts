import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** Plural media with no outlet named are anonymous (plural-outlets.ts). */
const first = (t: string): { source: string; kind: string; content: string } | undefined => {
  const a = attributionsOf(t)[0];
  return a ? { source: spanText(t, a.source), kind: a.source.kind, content: spanText(t, a.content) } : undefined;
};

test('صحف بريطانية: indefinite papers with a nisba are anonymous', () => {
  const t = 'وذكرت صحف بريطانية أن الحكومة تدرس فرض ضرائب جديدة على الوقود.';
  assert.deepEqual(first(t), { source: 'صحف بريطانية', kind: 'anonymous', content: 'الحكومة تدرس فرض ضرائب جديدة على الوقود' });
});

test('الصحف الألمانية and وكالات الأنباء العالمية: definite plurals, no one outlet, anonymous', () => {
  assert.equal(first('وأكدت الصحف الألمانية أن المفاوضات مع النادي بلغت مراحل متقدمة.')?.kind, 'anonymous');
  assert.equal(first('وقالت وكالات الأنباء العالمية إن الزلزال خلف عشرات القتلى.')?.kind, 'anonymous');
});

test('وأفادت وسائل إعلام إسرائيلية بأن …: إعلام completes وسائل, it is not the content', () => {
  const t = 'وأفادت وسائل إعلام إسرائيلية بأن الجيش استدعى قوات الاحتياط.';
  assert.deepEqual(first(t), { source: 'وسائل إعلام إسرائيلية', kind: 'anonymous', content: 'الجيش استدعى قوات الاحتياط' });
});

test('وكالات الأمم المتحدة is a body, not the press: left to the other rules', () => {
  const t = 'وقالت وكالات الأمم المتحدة إن المساعدات لم تصل إلى المدينة.';
  assert.equal(first(t)?.kind, 'named');
});
