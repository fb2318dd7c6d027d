import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A short quoted name between a reporting verb and its own preposition is the subject (quoted-subject.ts). */
const views = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('كشفت "X" عن …: the quoted company is the source, the عن phrase the content', () => {
  const t = 'كشفت "نوفا" عن افتتاح فرع جديد للشركة في مدينة الدمام.';
  const [a] = views(t);
  assert.equal(a?.cue, 'كشفت');
  assert.match(a?.source ?? '', /نوفا/);
  assert.match(a?.content ?? '', /افتتاح فرع جديد/);
});

test('أعلنت «X Y» عن …: a two-word quoted name as well', () => {
  const t = 'أعلنت «مصارف الخليج» عن خطتها لخفض الرسوم على التحويلات.';
  const [a] = views(t);
  assert.match(a?.source ?? '', /مصارف الخليج/);
  assert.match(a?.content ?? '', /خطتها لخفض الرسوم/);
});

test('a quotation not followed by the verb\'s preposition stays what was said', () => {
  const t = 'وقال المدرب: «نحن جاهزون للمباراة».';
  const [a] = views(t);
  assert.equal(a?.source, 'المدرب');
  assert.equal(a?.content, 'نحن جاهزون للمباراة');
});
