import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'jg', type: 'ORG', name: 'الحكومة الأردنية' },
    { id: 'un', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'tn', type: 'GPE', name: 'تونس' },
    { id: 'is', type: 'ORG', name: 'داعش', forms: ['تنظيم داعش'] },
  ],
};

const events = (t: string) => extractEvents(buildLayers(t, spec)).map((e) => ({ type: e.type, word: t.slice(e.trigger.start, e.trigger.end), actor: e.actor, recipient: e.recipient }));

test('a party after a verb with the plural ending is its object, not its subject', () => {
  const cases: [string, string, string][] = [
    ['وخرج آلاف المتظاهرين إلى الشوارع يطالبون الحكومة الأردنية بالإصلاح.', 'يطالبون', 'jg'],
    ['وبعث ناشطون برسالة يناشدون فيها الأمم المتحدة التدخل العاجل.', 'يناشدون', 'un'],
    ['وتظاهر مئات الطلاب وطالبوا تونس بالإفراج عن زملائهم.', 'وطالبوا', 'tn'],
  ];
  for (const [t, word, asked] of cases) {
    const e = events(t).find((x) => x.word === word);
    assert.ok(e, JSON.stringify(events(t)));
    assert.ok(!e.actor.includes(asked), `${t} → ${JSON.stringify(e)}`);
    assert.deepEqual(e.recipient, [asked], `${t} → ${JSON.stringify(e)}`);
  }
});

test('a plural passive with its agent after it keeps the agent as the doer (أعدموا على أيدي …)', () => {
  const t = 'وقال المسؤول إن عشرات المدنيين أعدموا على أيدي عناصر تنظيم داعش.';
  const e = events(t).find((x) => x.word === 'أعدموا');
  assert.ok(e && e.actor.includes('is'), JSON.stringify(events(t)));
});

test('a stem ending in ون is no plural (تتعاون), and a party past a new clause is no object (قتلوا حينما سقطت مقاتلة سورية)', () => {
  const s: LayerSpec = { entities: [{ id: 'us', type: 'GPE', name: 'الولايات المتحدة' }, { id: 'sy', type: 'GPE', name: 'سوريا', forms: ['adj:سورية'] }] };
  const ev = (t: string) => extractEvents(buildLayers(t, s));
  const t = 'وقال الوزير إنه يتعين أن تتعاون الولايات المتحدة مع موسكو.';
  assert.ok(ev(t).some((e) => e.type === 'COOPERATE' && e.actor.includes('us')), JSON.stringify(ev(t)));
  const u = 'وقال المرصد إن 12 شخصا قتلوا حينما سقطت مقاتلة سورية على سوق شعبي.';
  assert.ok(!ev(u).some((e) => e.type === 'ASSAULT' && e.recipient.includes('sy')), JSON.stringify(ev(u)));
});
