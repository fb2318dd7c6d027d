import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`);

test('ولم تذكر الوزارة أرقاما محددة: an indefinite object after the subject is what was not said', () => {
  assert.deepEqual(views('ولم تذكر الوزارة أرقاما محددة.'), ['ولم تذكر | الوزارة | none']);
});

test('لم تذكر القيادة أي تفاصيل، ولم يعلن الاتحاد عدد المشاركين: an information noun opens the object', () => {
  assert.deepEqual(views('لم تذكر القيادة أي تفاصيل.'), ['لم تذكر | القيادة | none']);
  assert.deepEqual(views('ولم يعلن الاتحاد عدد المشاركين في البطولة.'), ['ولم يعلن | الاتحاد | none']);
});

test('ولم يفصح ستيوارت، البالغ من العمر 52 عاما، عن خططه: the عن phrase past an aside', () => {
  const t = 'ولم يفصح ستيوارت، البالغ من العمر 52 عاما، عن خططه المقبلة.';
  const ents = [{ id: 'e1', type: 'PER' as const, name: 'ستيوارت', mentions: [{ start: t.indexOf('ستيوارت'), end: t.indexOf('ستيوارت') + 7 }] }];
  assert.deepEqual(attributionViews(t, ents).map((x) => `${x.cue} | ${x.source} | ${x.stance}`), ['ولم يفصح | ستيوارت | none']);
});

test('وأحجمت الوزارة عن التعليق: declining to comment, with a bracketed name in the subject', () => {
  assert.deepEqual(views('وأحجمت وزارة الدفاع الأمريكية (البنتاجون) عن التعليق.'), ['وأحجمت | وزارة الدفاع الأمريكية (البنتاجون) | none']);
});

test('ولم تعلن الشركة رسميا بعد: an adverb in ا is no object, and nothing was withheld', () => {
  assert.deepEqual(views('ولم تعلن الشركة رسميا بعد.'), []);
});
