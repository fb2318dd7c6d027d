import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'الملك سلمان' },
    { id: 'e2', type: 'PER', name: 'جيمي كارتر' },
    { id: 'e3', type: 'GPE', name: 'الأردن' },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأميركي'] },
    { id: 'e6', type: 'PER', name: 'عمر خالد' },
    { id: 'e7', type: 'GPE', name: 'مصر' },
  ],
};

const run = (text: string) => eventsIn(text, spec);

/** The event on the trigger word, with its type, actor and recipient. */
function args(text: string, trigger: string, type: string, actor: string[], recipient: string[]) {
  const events = run(text);
  const e = eventOn(events, text, type, trigger);
  assert.ok(e, `${text} → ${show(text, events)}`);
  assert.deepEqual([[...e.actor].sort(), [...e.recipient].sort()], [actor, recipient], `${text} → ${show(text, events)}`);
}

test('a verb of a chain joined by و shares the first verb’s subject; the name after it is its object', () => {
  const chain = 'أعلن الملك سلمان بدء العملية العسكرية، وتلقى اتصالا هاتفيا من ملك الأردن، واستقبل الرئيس الأميركي الأسبق جيمي كارتر.';
  // A received call with no subject of its own: the chain's subject receives it.
  args(chain, 'اتصالا', 'CONSULT', ['e3'], ['e1']);
  // Past the received call, and past a nisba in the guest's title.
  args(chain, 'واستقبل', 'CONSULT', ['e1'], ['e2']);
});

test('a coordinated verb with a subject of its own keeps it', () => {
  // Two names after the verb: the first is its subject.
  args('استقبل الملك سلمان زيد الأحمد في مكتبه، واستقبل عمر خالد جيمي كارتر.', 'واستقبل', 'CONSULT', ['e6'], ['e2']);
  // A new sentence starts a new chain.
  args('استقبل الملك سلمان زيد الأحمد. والتقى عمر خالد جيمي كارتر.', 'والتقى', 'CONSULT', ['e6'], ['e2']);
});

const typeOf = (text: string, trigger: string) =>
  run(text).filter((e) => text.slice(e.trigger.start, e.trigger.end) === trigger).map((e) => e.type);

test('an attack made in words is an accusation', () => {
  const cases: [string, string][] = [
    // Its object is a policy; its tone is told; it is made in a speech; what the speaker called the other follows.
    ['كما هاجم زيد الأحمد السياسات الإيرانية وطالب مصر بالرد.', 'هاجم'],
    ['شن زيد الأحمد هجوما لاذعا على حكومة مصر.', 'شن'],
    ['وهاجم زيد الأحمد في كلمة أمام البرلمان حكومة مصر.', 'وهاجم'],
    ['وقالت المصادر إن زيد الأحمد شن هجوما على عمر خالد معتبرا إياه المحرض.', 'شن'],
  ];
  for (const [text, trigger] of cases) assert.deepEqual(typeOf(text, trigger), ['ACCUSE'], `${text} → ${show(text, run(text))}`);
});

test('an armed attack stays an assault', () => {
  const cases: [string, string][] = [
    // A statement that reports the attack after a comma; an armed object; a described target.
    ['هاجم مسلحون مركزا للشرطة في مصر، وقال الجيش في بيان إن الهجوم أسفر عن مقتل جنديين.', 'هاجم'],
    ['هاجم انتحاريان حمام سباحة مزدحما في شمال مصر.', 'هاجم'],
    ['ورد المسلحون على الفور بمهاجمة قوات الأمن المتهمة بعدم حماية السكان.', 'بمهاجمة'],
    ['شن الجيش هجوما عنيفا على مواقع المسلحين في مصر.', 'شن'],
  ];
  for (const [text, trigger] of cases) assert.deepEqual(typeOf(text, trigger), ['ASSAULT'], `${text} → ${show(text, run(text))}`);
});

test('a ship, a plane, troops or a body that arrives pays no visit', () => {
  for (const text of [
    'وصلت صباح اليوم سفينة درب الخير إلى ميناء عدن في مصر.',
    'وهي أكبر سفينة إغاثية تصل إلى مصر حتى الآن.',
    'هي الطائرة السادسة التي تصل إلى مصر بعد تحريرها.',
    'وأكدت المصادر أن قواتها وصلت إلى مصر صباح اليوم.',
    'وأنهت السلطات إجراءات نقل الجثة التي من المتوقع أن تصل إلى مصر خلال يومين.',
  ]) {
    const events = run(text);
    assert.ok(!events.some((e) => e.type === 'CONSULT'), `${text} → ${show(text, events)}`);
  }
});

test('a party that arrives, also by plane, visits', () => {
  for (const [text, trigger] of [
    ['وصل زيد الأحمد إلى مصر على متن طائرة خاصة.', 'وصل'],
    ['وصل وزير الدفاع زيد الأحمد إلى مصر أمس.', 'وصل'],
  ] as const) {
    assert.deepEqual(typeOf(text, trigger), ['CONSULT'], `${text} → ${show(text, run(text))}`);
  }
});

test('an arrest (أوقف) with no party named is still an arrest; stopping a thing is none', () => {
  for (const text of ['وبينهن امرأة لبنانية أوقفت في شباط 2014 بينما كانت تقود سيارة مفخخة.', 'واوقفت الشرطة ثلاثة أشخاص بعد الحادث.']) {
    assert.ok(run(text).some((e) => e.type === 'COERCE'), `${text} → ${show(text, run(text))}`);
  }
  for (const text of ['أوقفت القناة البث في مصر.', 'وأوقفت الشركة الإنتاج في المصنع.', 'أوقفت الوزارة المشروع بعد الاحتجاجات.']) {
    assert.ok(!run(text).some((e) => e.type === 'COERCE'), `${text} → ${show(text, run(text))}`);
  }
});

test('a masdar coordinated with one governed by a word of time shares its doer; the name after it is its object', () => {
  const text = 'في أعقاب سيطرة الملك سلمان على مدينة في مصر، وطرد زيد الأحمد منها.';
  args(text, 'وطرد', 'COERCE', ['e1'], ['e4']);
  // A verb after a full stop keeps its own subject.
  args('بعد سيطرة الملك سلمان على مصر. وطرد زيد الأحمد عمر خالد.', 'وطرد', 'COERCE', ['e4'], ['e6']);
});
