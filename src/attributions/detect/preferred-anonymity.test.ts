import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, spanText } from '../testing.js';

/** Choosing not to be named is a refusal of its own, stance none (preferred-anonymity.ts). */

test('قال مصدر فضل عدم ذكر اسمه إن …: the statement, and the choice as a refusal by the same source', () => {
  for (const [t, src, cue, what] of [
    ['وقال موظف بلدي فضل عدم الكشف عن اسمه لصحيفة محلية إن الطريق سيغلق أسبوعا.', 'موظف بلدي', 'فضل عدم الكشف', 'عن اسمه'],
    ['وقالت مصادر، فضلت عدم ذكر هويتها، إن الحافلة تأخرت ساعتين.', 'مصادر', 'فضلت عدم ذكر', 'هويتها'],
    ['وأشار المهندس، الذي فضل عدم ذكر اسمه، إلى أن الجسر يحتاج إلى صيانة.', 'المهندس', 'فضل عدم ذكر', 'اسمه'],
  ] as const) {
    const views = attributionViews(t);
    assert.equal(views.length, 2, t);
    assert.deepEqual(views[1], { cue, source: src, stance: 'none' }, t);
    assert.equal(spanText(t, attributionsOf(t)[1]!.content), what, t);
  }
});

test('asking not to be named, and choosing not to do something else, are no cues', () => {
  assert.deepEqual(attributionViews('وقال حارس طلب عدم نشر اسمه إن البوابة أغلقت.').map((x) => x.cue), ['وقال']);
  assert.deepEqual(attributionViews('ورغم أنه فضل عدم الخوض في تفاصيل الخلاف، بقي الفريق متماسكا.'), []);
});
