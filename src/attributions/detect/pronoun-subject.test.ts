import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A detached pronoun opening the clause: the speaker is its antecedent (pronoun-subject.ts). */

test('والمصنع هو …. وهو يعلن أن …: the subject of the nominal sentence before', () => {
  const v = attributionViews('والمصنع هو أكبر منتج للحديد في المنطقة. وهو يطور خطا جديدا يعلن أنه سيخفض الأسعار.');
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'المصنع');
});

test('a copula inside the sentence is left alone', () => {
  const v = attributionViews('هذه المسألة هي مصدر قلق الأهالي الذين يخشون أن تتأخر المدرسة.');
  assert.ok(v.every((a) => !a.source.startsWith('هي')));
});

test('وهي اللجنة التي أكدت …: the noun after the pronoun is the source', () => {
  const v = attributionViews('وشكلت الحكومة لجنة للتحقيق، وهي اللجنة التي أكدت أن الحريق متعمد.');
  assert.equal(v[0]?.source, 'اللجنة');
});
