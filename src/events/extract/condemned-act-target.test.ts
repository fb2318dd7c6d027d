import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'eg', type: 'GPE', name: 'مصر' },
    { id: 'emb', type: 'ORG', name: 'السفارة الأردنية' },
    { id: 'un', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'il', type: 'GPE', name: 'إسرائيل' },
    { id: 'gz', type: 'GPE', name: 'غزة' },
    { id: 'jb', type: 'PER', name: 'سليم الجبوري', forms: ['رئيس مجلس النواب سليم الجبوري'] },
    { id: 'sf', type: 'ORG', name: 'قوات الطوارئ' },
    { id: 'fr', type: 'GPE', name: 'فرنسا' },
  ],
};

const events = (t: string) => extractEvents(buildLayers(t, spec)).map((e) => ({ type: e.type, word: t.slice(e.trigger.start, e.trigger.end), actor: e.actor, recipient: e.recipient }));
const accuse = (t: string) => events(t).find((e) => e.type === 'ACCUSE');

test('the target named in the relative clause of a condemned attack is not the one condemned', () => {
  for (const t of [
    'وأدانت مصر الهجوم الذي استهدف السفارة الأردنية في بغداد.',
    'ندد رئيس مجلس النواب سليم الجبوري بالتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ أمس.',
    'ودانت فرنسا بشدة الاعتداء الذي استهدف مقر الأمم المتحدة في مالي.',
  ]) {
    const a = accuse(t);
    assert.ok(a, JSON.stringify(events(t)));
    assert.deepEqual(a.recipient, [], `${t} → ${JSON.stringify(a)}`);
  }
});

test('the doer of the condemned act, or a party named before it, stays the one condemned', () => {
  const t = 'وأدانت مصر القصف الذي شنته إسرائيل على مقر الأمم المتحدة.';
  assert.deepEqual(accuse(t)?.recipient, ['il'], JSON.stringify(events(t)));
  const u = 'وأدانت مصر إسرائيل بسبب الهجوم الذي استهدف مقر الأمم المتحدة.';
  assert.deepEqual(accuse(u)?.recipient, ['il'], JSON.stringify(events(u)));
});
