import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** «(من) دون أن …» is a clause of manner, its أن never the content of the verb before (without-clause.ts). */
const views = (t: string, names: string[] = []): { cue: string; source: string; content: string }[] =>
  attributionsOf(t, entitiesBySurface(t, names.map((n, k) => ({ id: `e${k}`, type: 'PER', name: n, forms: [n] }))))
    .map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('وأعلن البيت الأبيض عن زيارة أوباما من دون أن يحدد موعدها: no relayed source after عن', () => {
  const t = 'وأعلن البيت الأبيض عن زيارة أوباما إلى كينيا من دون أن يحدد موعدها.';
  const v = views(t, ['أوباما']);
  assert.deepEqual(v.filter((x) => x.cue === 'عن'), []);
  assert.equal(v.find((x) => x.cue === 'وأعلن')?.content.startsWith('عن زيارة أوباما'), true);
});

test('وأعلنت الشركة خفض أسعارها دون أن تعطي تفاصيل: the subject does not run up to أن, تعطي تفاصيل is no content of أعلنت', () => {
  const t = 'وأعلنت الشركة خفض أسعار منتجاتها من دون أن تعطي تفاصيل.';
  const v = views(t);
  assert.ok(!v.some((x) => x.cue === 'وأعلنت' && x.content === 'تعطي تفاصيل'), JSON.stringify(v));
  assert.ok(!v.some((x) => x.source.includes('دون')), JSON.stringify(v));
});

test('وقال X إن …، دون أن يحدد …: the report before the clause of manner keeps its content', () => {
  const t = 'وقال مسؤول في الوزارة إن المفاوضات متعثرة، دون أن يحدد موعد الجولة المقبلة.';
  const v = views(t);
  assert.equal(v.find((x) => x.cue === 'وقال')?.content.startsWith('المفاوضات متعثرة'), true);
});

test('وأكد المدرب دون أن يخفي غضبه أن …: the clause of manner is passed, the content follows its أن', () => {
  const t = 'وأكد المدرب دون أن يخفي غضبه أن الفريق لعب بشكل سيئ في الشوط الثاني.';
  assert.deepEqual(views(t).find((x) => x.cue === 'وأكد'), { cue: 'وأكد', source: 'المدرب', content: 'الفريق لعب بشكل سيئ في الشوط الثاني' });
});

test('وأعلنت الوزارة، من دون أن تذكر أسماء، أن …: between commas, with the names withheld as an aside', () => {
  const t = 'وأعلنت الوزارة، من دون أن تذكر أسماء، أن خمسة موظفين أحيلوا إلى التحقيق.';
  const v = views(t);
  assert.equal(v.find((x) => x.cue === 'وأعلنت')?.content, 'خمسة موظفين أحيلوا إلى التحقيق');
  assert.equal(v.find((x) => x.cue.includes('دون'))?.content, 'أسماء');
});
