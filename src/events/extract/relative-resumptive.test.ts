import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:المصرية'] },
    { id: 'emb', type: 'ORG', name: 'السفارة الأردنية' },
    { id: 'un', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'il', type: 'GPE', name: 'إسرائيل' },
    { id: 'gz', type: 'GPE', name: 'غزة' },
    { id: 'fr', type: 'GPE', name: 'فرنسا' },
  ],
};

const events = (t: string) => extractEvents(buildLayers(t, spec)).map((e) => ({ type: e.type, word: t.slice(e.trigger.start, e.trigger.end), actor: e.actor, recipient: e.recipient }));
const on = (t: string, word: string) => events(t).find((e) => e.word === word);

test('«الهجوم الذي استهدف X»: with no pronoun back to the attack, X is its target, not its doer', () => {
  const cases: [string, string, string][] = [
    ['وأدانت مصر الهجوم الذي استهدف السفارة الأردنية في بغداد.', 'الهجوم', 'emb'],
    ['وشهدت المدينة الاعتداء الذي استهدف الأمم المتحدة مساء الأحد.', 'الاعتداء', 'un'],
    ['وكشفت التحقيقات أن التفجير الذي استهدف السفارة الأردنية نفذه انتحاري.', 'التفجير', 'emb'],
  ];
  for (const [t, word, target] of cases) {
    const e = on(t, word);
    assert.ok(e && e.type === 'ASSAULT', JSON.stringify(events(t)));
    assert.deepEqual(e.actor, [], t);
    assert.deepEqual(e.recipient, [target], t);
  }
});

test('a verb with a pronoun back to the act still names its doer after it (الغارات التي شنتها إسرائيل)', () => {
  const t = 'وتواصلت الغارات التي شنتها إسرائيل على غزة.';
  assert.ok(events(t).some((e) => e.type === 'ASSAULT' && e.actor.includes('il')), JSON.stringify(events(t)));
});
