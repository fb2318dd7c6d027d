import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** عبّر عن تطلعه إلى أن …: the aspiration's إلى أن opens the content, not "until" (aspiration.ts). */
const view = (t: string, cue: string): { source: string } | undefined => attributionViews(t).find((x) => x.cue === cue);

test('وعبر X عن تطلع بلاده إلى أن …: the speaker alone is the source', () => {
  const t = 'وعبر وزير الخارجية عن تطلع بلاده إلى أن تسهم الزيارة في تعزيز التعاون بين البلدين.';
  assert.equal(view(t, 'وعبر')?.source, 'وزير الخارجية');
});

test('وأعرب X عن تطلعه إلى أن …: with the pronoun on the noun', () => {
  const t = 'وأعرب رئيس الاتحاد عن تطلعه إلى أن يحقق المنتخب نتائج أفضل في البطولة المقبلة.';
  assert.equal(view(t, 'وأعرب')?.source, 'رئيس الاتحاد');
});

test('عن تطلعات المملكة إلى أن …: a long owner before إلى أن', () => {
  const t = 'وعبرت الوزارة عن تطلعات المملكة العربية السعودية إلى أن تشهد المرحلة المقبلة مزيدا من الاستثمارات.';
  assert.equal(view(t, 'وعبرت')?.source, 'الوزارة');
});
