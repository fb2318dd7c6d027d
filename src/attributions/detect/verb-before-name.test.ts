import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const views = (t: string, forms: { id: string; name: string; forms: string[] }[]) =>
  attributionViews(t, entitiesBySurface(t, forms.map((f) => ({ ...f, type: 'PER' as const })))).map((x) => `${x.cue} | ${x.source}`);

test('جادل محمود وهاجر رضا بأن …: a verb taken into a name is the verb when the name after it is known', () => {
  const t = 'طور الباحث حمدي محمود نظاما جديدا. وفي دراستهما جادل محمود وهاجر رضا بأن التصنيف دقيق.';
  const got = views(t, [
    { id: 'e1', name: 'حمدي محمود', forms: ['حمدي محمود'] },
    { id: 'e2', name: 'جادل محمود', forms: ['جادل محمود'] },
    { id: 'e3', name: 'هاجر رضا', forms: ['هاجر رضا'] },
  ]);
  assert.deepEqual(got.filter((x) => x.startsWith('جادل')).map((x) => x.split(' | ')[0]), ['جادل']);
  assert.match(got.find((x) => x.startsWith('جادل')) ?? '', /محمود/);
});

test('وقالت أمل حسن إن …: a name right after a verb of saying keeps its first word, even one that is a verb', () => {
  const t = 'وقالت أمل حسن إن الاتحاد ملتزم. وأكدت حسن أن القرار نهائي.';
  const got = views(t, [{ id: 'e1', name: 'أمل حسن', forms: ['أمل حسن'] }, { id: 'e2', name: 'حسن', forms: ['وأكدت حسن'] }]);
  assert.equal(got[0], 'وقالت | أمل حسن');
});
