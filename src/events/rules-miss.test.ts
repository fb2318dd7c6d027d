import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'مصر', forms: ['adj:المصري', 'adj:المصرية'] },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'كينيا' },
    { id: 'e6', type: 'GPE', name: 'عدن' },
  ],
};

const run = (text: string): IsnadEvent[] => eventsIn(text, spec);

function find(text: string, type: string, trigger: string): IsnadEvent {
  const events = run(text);
  const ev = eventOn(events, text, type, trigger);
  assert.ok(ev, `${text} → ${show(text, events)}`);
  return ev;
}

test('the subject named between a verb and the word its sense needs does not count towards the window', () => {
  const cases: [string, string, string][] = [
    // هدم needs a building within three words: the subject and a day stand between.
    ['هدمت جرافات الجيش الوطني اليوم مبنى في القرية.', 'COERCE', 'هدمت'],
    // حمّل needs «مسؤولية»: a person, his title and the one blamed stand between.
    ['حمّل زيد الأحمد رئيس الحكومة جماعة الحوثي مسؤولية الهجوم.', 'ACCUSE', 'حمّل'],
    // وقوف needs «إلى» right after it: the party and its adjective stand between.
    ['وأكد البيان وقوف مصر الكامل إلى جانب كينيا.', 'SUPPORT', 'وقوف'],
  ];
  for (const [text, type, trigger] of cases) find(text, type, trigger);
});

test('the party a force is loyal to is not its doer', () => {
  const text = 'سيطرت القوات الموالية لحكومة الرئيس المصري على مدينة عدن.';
  const ev = find(text, 'COERCE', 'سيطرت');
  assert.deepEqual(ev.actor, [], show(text, [ev]));
});

test('a message of condolence or congratulation is no contact', () => {
  for (const text of [
    'بعث زيد الأحمد برقية عزاء إلى رئيس كينيا.',
    'بعث وزير الخارجية المصري زيد الأحمد برقية تهنئة إلى رئيس كينيا.',
  ]) {
    const events = run(text);
    assert.ok(!events.some((e) => e.type === 'CONSULT'), `${text} → ${show(text, events)}`);
  }
  // A message of another kind still is.
  find('بعث زيد الأحمد رسالة إلى رئيس كينيا.', 'CONSULT', 'بعث');
});

test('an attack and the killing it caused are two events, in either order', () => {
  for (const [text, attack, toll] of [
    ['وأدى انفجار قتل فيه 32 شخصا إلى موجة غضب في كينيا.', 'انفجار', 'قتل'],
    ['كما قتل تفجيران انتحاريان 13 شخصا في كينيا.', 'تفجيران', 'قتل'],
  ] as const) {
    find(text, 'ASSAULT', attack);
    find(text, 'ASSAULT', toll);
  }
});

test('a verb joined by و after an event of its type is another act', () => {
  const text = 'اعتقلت الشرطة رجلين وضبطت كمية من الهيروين.';
  find(text, 'COERCE', 'اعتقلت');
  find(text, 'COERCE', 'وضبطت');
});
