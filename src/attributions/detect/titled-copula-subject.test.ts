import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** وكان + a titled person's name + a reporting verb without قد: that person speaks (titled-copula-subject.ts). */
const sources = (t: string, person: string): string[] => {
  const ents = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: person, forms: [person] }]);
  return attributionsOf(t, ents).map((a) => spanText(t, a.source));
};

test('وكان الدكتور X رئيس لجنة … حذر من …: the titled name, not the speaker of the sentence before', () => {
  const t = 'وقال مصدر في النادي إن الفريق جاهز للمباراة. وكان المهندس سامي الفارس رئيس لجنة الحكام حذر من ضغط المباريات على اللاعبين.';
  const s = sources(t, 'سامي الفارس');
  assert.equal(s.length, 2);
  assert.match(s[1] ?? '', /سامي الفارس/);
});

test('وكان + a long predicate with no name + a verb: كان is not looked for that far', () => {
  const t = 'وقال مصدر في النادي إن الفريق جاهز. وكان الملعب الرئيسي في المدينة مغلقا طوال الأسبوع الماضي أكد المدرب ذلك.';
  assert.ok(!sources(t, 'لا أحد').some((s) => s.startsWith('الملعب')));
});
