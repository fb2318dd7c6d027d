import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const reportOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): { source: string; content: string }[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), content: spanText(t, a.content) }));

test('a preposition with a pronoun between the verb and the speaker is skipped', () => {
  const t = 'وجاء ذلك في الوقت الذي أكدت فيه المصادر الرسمية أن المبنى آمن.';
  assert.deepEqual(reportOf(t, 'أكدت'), [{ source: 'المصادر الرسمية', content: 'المبنى آمن' }]);
  const u = 'ونشر الموقع تسجيلا يقول فيه أحد الحاضرين إن الحفل تأخر ساعتين.';
  assert.deepEqual(reportOf(u, 'يقول'), [{ source: 'أحد الحاضرين', content: 'الحفل تأخر ساعتين' }]);
});

test('the addressee as a pronoun does not hide the speaker after it', () => {
  const t = 'وأكد لهم المتحدث الرسمي أن الرحلات ستعود الأسبوع المقبل.';
  assert.deepEqual(reportOf(t, 'وأكد'), [{ source: 'المتحدث الرسمي', content: 'الرحلات ستعود الأسبوع المقبل' }]);
});

test('an additive adverb between the verb and the speaker is skipped', () => {
  const t = 'وأكد كذلك المتحدث الرسمي أن الرحلات ستعود.';
  assert.deepEqual(reportOf(t, 'وأكد'), [{ source: 'المتحدث الرسمي', content: 'الرحلات ستعود' }]);
});

test('with the subject unwritten, a verbal noun whose genitive carries a pronoun or a quantifier is the object', () => {
  const t = 'وقالت الوزارة إن الموقف خطير. وأعلنت استدعاء سفيرها لدى الدولة الجارة.';
  assert.deepEqual(reportOf(t, 'وأعلنت'), [{ source: 'الوزارة', content: 'استدعاء سفيرها لدى الدولة الجارة' }]);
  const u = 'وقالت الشركة إن الفريق وصل إلى المحطة. وأكدت سلامة جميع الأجهزة.';
  assert.deepEqual(reportOf(u, 'وأكدت'), [{ source: 'الشركة', content: 'سلامة جميع الأجهزة' }]);
});

test('a pronoun with no one named after it is the addressee, and the speaker is the one named before', () => {
  assert.deepEqual(reportOf('وقال المدير إن العمل بدأ. وأكد لهم أن الرواتب ستصرف.', 'وأكد'), [{ source: 'المدير', content: 'الرواتب ستصرف' }]);
  assert.deepEqual(reportOf('وقال المدير إن العمل بدأ. وقال لهم صراحة إن الرواتب ستصرف.', 'وقال').map((r) => r.source), ['المدير', 'المدير']);
});

test('a second conjunct with a pronoun is no genitive: the nouns are the subject, not the object', () => {
  const t = 'وقد كشفت أبحاثه ودراساته عن فجوة كبيرة في التمويل.';
  assert.deepEqual(reportOf(t, 'كشفت').map((r) => r.source), ['أبحاثه ودراساته']);
});
