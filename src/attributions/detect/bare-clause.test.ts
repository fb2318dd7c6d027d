import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const views = (t: string, people: string[] = []): { cue: string; source: string; content: string }[] => {
  const ents = entitiesBySurface(t, people.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));
};

test('after the speaker\'s name, a negation governing a verb opens words with no introducer', () => {
  const t = 'وقال خالد الشمري لا نعرف حتى الآن سبب تأخر الرحلة.';
  assert.deepEqual(views(t, ['خالد الشمري']), [{ cue: 'وقال', source: 'خالد الشمري', content: 'لا نعرف حتى الآن سبب تأخر الرحلة' }]);
});

test('with no speaker written, تم or a future verb right after أضاف opens the words; the last speaker says them', () => {
  const t = 'وأوضح خالد الشمري أن الفرق باشرت الحادث. وأضاف تم إخلاء المبنى بالكامل قبل وصول الدفاع المدني.';
  const v = views(t, ['خالد الشمري']).find((x) => x.cue === 'وأضاف');
  assert.equal(v?.source, 'خالد الشمري');
  assert.match(v?.content ?? '', /^تم إخلاء المبنى/);
  const u = 'وأكد خالد الشمري أن العمل مستمر. وأضاف سيكون الأسبوع المقبل حاسما للمشروع.';
  assert.match(views(u, ['خالد الشمري']).find((x) => x.cue === 'وأضاف')?.content ?? '', /^سيكون الأسبوع المقبل/);
});

test('a name that begins like the negation (لا كازيت) opens no words', () => {
  const t = 'وأضاف لا فيتا الذي يلعب في الوسط منذ موسمين.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'وأضاف'), []);
});

test('a frame phrase between the speaker and the clause: the clause is no content of the verb', () => {
  const t = 'وقالت الوكالة في تقارير لا يمكن التحقق منها.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'وقالت'), []);
});

test('a verb that is not one of plain saying takes no bare clause (أكد needs its أن)', () => {
  const t = 'وأكد خالد الشمري لا نعرف سبب التأخر.';
  assert.deepEqual(views(t, ['خالد الشمري']).filter((x) => x.cue === 'وأكد'), []);
});
