import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الشرطة الفرنسية' },
    { id: 'e2', type: 'ORG', name: 'النظام السوري' },
    { id: 'e3', type: 'GPE', name: 'حمص' },
    { id: 'e4', type: 'ORG', name: 'الائتلاف الوطني' },
  ],
};

test('a party named again by the head noun of its name is the subject of an act after أن', () => {
  const t = 'داهمت الشرطة الفرنسية شقة في ضواحي باريس. وقال مصدر إن الشرطة اعتقلت ثلاثة رجال.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'COERCE', 'اعتقلت');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});

test('the head noun of a name as the subject after the verb', () => {
  const t = 'اتهم الائتلاف الوطني النظام السوري بتجويع حمص. وقصف النظام أحياء المدينة بالبراميل المتفجرة.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'ASSAULT', 'وقصف');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e2'], show(t, events));
});

test('a head noun with an adjective that takes its own complement is another group', () => {
  const t = 'انسحبت الشرطة الفرنسية من الحي. ثم اعتقلت الشرطة الموالية للبلدية عشرة شبان.';
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, 'COERCE', 'اعتقلت');
  assert.ok(!e || !e.actor.includes('e1'), show(t, events));
});

test('a head noun with another definite adjective than the name has is another party', () => {
  const t = 'اجتمع الاتحاد الأفريقي في أديس أبابا. وقال مسؤول إن الاتحاد الدولي طالب الأعضاء بالإصلاح.';
  const events = eventsIn(t, { entities: [{ id: 'e1', type: 'ORG', name: 'الاتحاد الأفريقي' }] });
  const e = eventOn(events, t, 'REQUEST', 'طالب');
  assert.ok(e, show(t, events));
  assert.ok(!e.actor.includes('e1'), show(t, events));
});
