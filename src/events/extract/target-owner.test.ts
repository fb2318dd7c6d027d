import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'il', type: 'ORG', name: 'الجيش الإسرائيلي' },
    { id: 'hamas', type: 'ORG', name: 'حركة حماس' },
    { id: 'gaza', type: 'GPE', name: 'قطاع غزة' },
    { id: 'tr', type: 'GPE', name: 'تركيا', forms: ['adj:التركية'] },
    { id: 'pkk', type: 'ORG', name: 'حزب العمال الكردستاني' },
    { id: 'iq', type: 'GPE', name: 'العراق' },
    { id: 'shabab', type: 'ORG', name: 'حركة الشباب' },
    { id: 'ke', type: 'GPE', name: 'كينيا', forms: ['adj:الكيني'] },
    { id: 'so', type: 'GPE', name: 'الصومال' },
    { id: 'ye', type: 'GPE', name: 'اليمن', forms: ['adj:اليمني'] },
    { id: 'saleh', type: 'PER', name: 'علي عبدالله صالح' },
    { id: 'res', type: 'ORG', name: 'المقاومة الشعبية' },
  ],
};

function recipientOf(text: string, trigger: string): string[] {
  const ev = eventOn(eventsIn(text, spec), text, 'ASSAULT', trigger);
  assert.ok(ev, `no ASSAULT on ${trigger}`);
  return ev.recipient;
}

test('the owner of a target noun after ل, «تابعة ل» or as a nisba is the recipient of the attack', () => {
  assert.deepEqual(recipientOf('شن الجيش الإسرائيلي غارات على مواقع لحركة حماس في قطاع غزة.', 'شن'), ['hamas']);
  // Not the place named after the target.
  assert.deepEqual(recipientOf('واستهدفت المدفعية التركية مقرات تابعة لحزب العمال الكردستاني شمال العراق.', 'واستهدفت'), ['pkk']);
  assert.deepEqual(recipientOf('وهاجم مسلحون من حركة الشباب قاعدة للجيش الكيني في الصومال.', 'وهاجم'), ['ke']);
});

test('a nisba in the title of the owner stands for the person named after it', () => {
  assert.deepEqual(recipientOf('وبدأ هجوم للمقاومة الشعبية على المعسكر الموالي للرئيس اليمني المخلوع علي عبدالله صالح.', 'هجوم'), ['saleh']);
});

test('a target in a place with no owner named gives no recipient', () => {
  assert.deepEqual(recipientOf('شن الجيش الإسرائيلي غارات على مواقع في قطاع غزة.', 'شن'), []);
});

test('a target noun in the accusative with tanween or in the dual still leads to its owner', () => {
  assert.deepEqual(recipientOf('وقصفت المدفعية التركية أهدافا لحزب العمال الكردستاني شمال العراق.', 'وقصفت'), ['pkk']);
  assert.deepEqual(recipientOf('وهاجم مسلحون من حركة الشباب معسكراً للجيش الكيني في الصومال.', 'وهاجم'), ['ke']);
  assert.deepEqual(recipientOf('واستهدفت المدفعية التركية مقرين تابعين لحزب العمال الكردستاني.', 'واستهدفت'), ['pkk']);
  // Still no recipient when only a place follows the target.
  assert.deepEqual(recipientOf('وقصفت المدفعية التركية أهدافا في شمال العراق.', 'وقصفت'), []);
});
