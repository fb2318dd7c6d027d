import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from './testing.js';

/** The one attribution of a sentence: its source and the first word of its content. */
function single(t: string, ents: Parameters<typeof entitiesBySurface>[1] = []): { source: string; content: string; stance: string } {
  const a = attributionsOf(t, entitiesBySurface(t, ents));
  assert.equal(a.length, 1, `${t}: ${a.length} attributions`);
  return { source: spanText(t, a[0]!.source), content: spanText(t, a[0]!.content), stance: a[0]!.stance };
}

test('the occurrence or the truth of something, confirmed or denied, is the object that stands for what was said', () => {
  const a = single('وأكدت هيئة الطيران وقوع خلل فني في المحرك.', [{ id: 'o1', type: 'ORG', name: 'هيئة الطيران', forms: ['هيئة الطيران'] }]);
  assert.ok(a.source.includes('هيئة الطيران'), a.source);
  assert.ok(a.content.startsWith('وقوع'), a.content);
  const b = single('ونفى المتحدث الرسمي صحة الخبر المتداول عن إغلاق الفرع.');
  assert.ok(b.source.includes('المتحدث'), b.source);
  assert.ok(b.content.startsWith('صحة'), b.content);
  assert.equal(b.stance, 'deny');
});

test('a verbal noun of the shape افتعال from a root in ل (التزام) is an object, not a definite word of the subject', () => {
  const a = single('وأكدت الشركة التزامها بتسليم المشروع في موعده.');
  assert.ok(a.source.includes('الشركة'), a.source);
  assert.ok(a.content.startsWith('التزامها'), a.content);
  const b = single('وأكد المدير التزام الإدارة بتطبيق المعايير الجديدة.');
  assert.ok(b.source.includes('المدير'), b.source);
  assert.ok(b.content.startsWith('التزام'), b.content);
});

test('a relative ما after an unnamed source, or after a frame phrase that follows it, is what was denied', () => {
  const a = single('نفى مصدر مطلع ما تم تداوله عن زيادة الرسوم.');
  assert.ok(a.source.includes('مصدر'), a.source);
  assert.ok(a.content.startsWith('ما تم'), a.content);
  assert.equal(a.stance, 'deny');
  const b = single('نفى مسؤول في البلدية ما تردد عن إغلاق السوق الشعبي.');
  assert.ok(b.source.includes('مسؤول'), b.source);
  assert.ok(b.content.startsWith('ما تردد'), b.content);
});

test('past an apposition between commas after the subject, a nominal object stands for what was said', () => {
  const a = single('وأكد المتحدث باسم البلدية، المهندس سامي الفهد، أهمية التزام السكان بمواعيد جمع النفايات.');
  assert.ok(a.source.includes('المتحدث'), a.source);
  assert.ok(a.content.startsWith('أهمية'), a.content);
});
