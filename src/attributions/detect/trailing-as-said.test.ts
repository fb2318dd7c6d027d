import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, spanText } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source}`);

test('…، كما أعلنت الشركة.: «as the company announced» closing the sentence is its report of the sentence', () => {
  const t = 'تأخرت الرحلة ثلاث ساعات بسبب عطل فني في المحرك، كما أعلنت الشركة.';
  assert.ok(views(t).includes('كما أعلنت | الشركة'), views(t).join('\n'));
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'كما أعلنت');
  assert.equal(a && spanText(t, a.content), 'تأخرت الرحلة ثلاث ساعات بسبب عطل فني في المحرك');
});

test('…، كما يوضح مدير المهرجان (…)، مبينا أن …: a participle after the subject still closes it', () => {
  const t = 'وتضم الفعاليات عروضا للأطفال والأسر، كما يوضح مدير المهرجان (رئيس اللجنة المنظمة)، مبينا أن الدخول مجاني.';
  assert.ok(views(t).some((x) => x.startsWith('كما يوضح | مدير المهرجان')), views(t).join('\n'));
});
