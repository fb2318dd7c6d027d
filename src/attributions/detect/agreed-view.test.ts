import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** The sources of the attributions whose cue is exactly `cue`. */
const sourcesOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);
const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('اتفق على أنّ with a nominal clause reports a shared view', () => {
  assert.deepEqual(sourcesOf('فإن جميع مصادر التغذية الصحية تتفق على أن زيت الزيتون من أفضل الزيوت.', 'تتفق'), ['جميع مصادر التغذية الصحية']);
  assert.deepEqual(sourcesOf('يتفق الخبراء الاستراتيجيون على أن المخرج الوحيد هو الحوار.', 'يتفق'), ['الخبراء الاستراتيجيون']);
});

test('agreeing on an act, on a noun or inside the speaker\'s own report is no report', () => {
  assert.deepEqual(cues('واتفق الناديان على انتقال اللاعب مقابل مليون يورو.'), []);
  assert.deepEqual(cues('اتفقت قوات الدول الثلاث على أن تهاجم المدينة فجرا.'), []);
  assert.deepEqual(cues('وأن هذه الخطوة تناقض ما اتفقت عليه الإدارة مع عضو الشرف، بناء على توجيهات الرئيس.'), []);
  assert.deepEqual(cues('وأضاف كيري في مؤتمر صحافي أنه اتفق ونظراؤه على أنه بمجرد تطبيق الاتفاق فإنه سيسهم في أمن المنطقة.'), ['وأضاف']);
});
