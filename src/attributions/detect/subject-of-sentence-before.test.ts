import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((n, k) => ({ id: `p${k}`, type: 'PER' as const, name: n, forms: [n] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('أشاد X بـ…. وقال: a subjectless report goes on with the person who acted in the sentence before', () => {
  const t = 'وأكد المدرب سالم العتيبي أن الفريق جاهز للمباراة. وفي ختام الحفل، أشاد خالد الفهد بجهود اللجنة المنظمة. وقال «نجحنا هذا العام أكثر من أي وقت مضى».';
  assert.deepEqual(sourceOf(t, 'وقال', ['سالم العتيبي', 'خالد الفهد']), ['خالد الفهد']);
});

test('a verb inside the last report\'s words does not take over its speaker', () => {
  const t = 'وأكد المحامي سالم العتيبي أن القاضي خالد الفهد رفض الطعن في الجلسة الأخيرة. وأضاف أن موكله سيستأنف الحكم.';
  assert.deepEqual(sourceOf(t, 'وأضاف', ['سالم العتيبي', 'خالد الفهد']), ['سالم العتيبي']);
});
