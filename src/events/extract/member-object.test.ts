import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'f', type: 'ORG', name: 'حركة فتح' },
    { id: 'a', type: 'PER', name: 'محمد العرموشي' },
    { id: 'p', type: 'ORG', name: 'الشرطة المصرية' },
    { id: 'h', type: 'ORG', name: 'حزب الله' },
    { id: 'eg', type: 'GPE', name: 'مصر' },
  ],
};

function recipientOf(text: string, type: string, trigger: string): string[] {
  const evs = eventsIn(text, spec);
  const e = eventOn(evs, text, type, trigger);
  assert.ok(e, `missing ${type} ${trigger}: ${describeEvents(text, evs)}`);
  return e.recipient;
}

test('a member of a body named after في or من: the person named after the body, else the body', () => {
  assert.deepEqual(recipientOf('اغتال مسلحون مجهولون القيادي في حركة فتح محمد العرموشي في مخيم عين الحلوة.', 'ASSAULT', 'اغتال'), ['a']);
  assert.deepEqual(recipientOf('قتل مسلحون ضابطا في الشرطة المصرية في شمال سيناء.', 'ASSAULT', 'قتل'), ['p']);
  assert.deepEqual(recipientOf('اعتقلت القوات عنصرا من حزب الله قرب الحدود.', 'COERCE', 'اعتقلت'), ['h']);
});

test('a member in a state (في مصر) is a place, not a body', () => {
  assert.deepEqual(recipientOf('قتل مسلحون ضابطا في مصر.', 'ASSAULT', 'قتل'), []);
});
