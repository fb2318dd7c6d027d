import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, spanText } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`);

test('…، كما أعلنت الشركة.: «as the company announced» closing the sentence is its report of the sentence', () => {
  const t = 'تأخرت الرحلة ثلاث ساعات بسبب عطل فني في المحرك، كما أعلنت الشركة. وأضافت أن الركاب نقلوا إلى فندق قريب.';
  assert.ok(views(t).includes('كما أعلنت | الشركة'), views(t).join('\n'));
  // The one named goes on speaking in the next sentence.
  assert.ok(views(t).includes('وأضافت | الشركة'), views(t).join('\n'));
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'كما أعلنت');
  assert.equal(a && spanText(t, a.content), 'تأخرت الرحلة ثلاث ساعات بسبب عطل فني في المحرك');
});

test('…، كما يوضح مدير المهرجان (…)، مبينا أن …: a participle after the subject still closes it', () => {
  const t = 'وتضم الفعاليات عروضا للأطفال والأسر، كما يوضح مدير المهرجان (رئيس اللجنة المنظمة)، مبينا أن الدخول مجاني.';
  assert.ok(views(t).some((x) => x.startsWith('كما يوضح | مدير المهرجان')), views(t).join('\n'));
});

test('…، كما ذكر الأسبوع الماضي المتحدث …: the time phrase before the subject is not part of it', () => {
  const t = 'ارتفع عدد الزوار إلى ثلاثة آلاف، كما ذكر الأسبوع الماضي المتحدث باسم الهيئة.';
  assert.ok(views(t).includes('كما ذكر | المتحدث باسم الهيئة'), views(t).join('\n'));
});
