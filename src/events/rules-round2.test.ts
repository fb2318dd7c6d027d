import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, eventsIn as run, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'مصر' },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'كينيا' },
    { id: 'e6', type: 'GPE', name: 'إثيوبيا' },
  ],
};

const found = (text: string) => run(text, spec);

const has = (text: string, type: string, trigger: string) => assertEvent(text, spec, type, trigger);
const lacks = (text: string, type: string, trigger: string) => assertNoEvent(text, spec, type, trigger);

test('an event noun whose relative clause tells that it was done or took place', () => {
  const cases: [string, string, string][] = [
    ['وجاء القرار ضمن حملة تشنها الحكومة على المعارضين.', 'COERCE', 'حملة'],
    ['وأدانت مصر الجرائم الوحشية التي ترتكبها جماعة الحوثي.', 'ASSAULT', 'الجرائم'],
    ['وأدان زيد الأحمد الجريمة النكراء التي وقعت في كينيا.', 'ASSAULT', 'الجريمة'],
    ['وتحدث عن الضربات الموجعة التي يقوم بها الجيش الوطني ضد جماعة الحوثي.', 'ASSAULT', 'الضربات'],
    ['وقالت الوزارة إن العملية التي جرت في كينيا أدت إلى مقتل قيادي.', 'ASSAULT', 'العملية'],
    // An operation made military or security by its adjective.
    ['ونفذ المسلحون عمليات خاطفة في المنطقة.', 'ASSAULT', 'عمليات'],
    ['ونفذت القوات عملية أمنية في كينيا.', 'COERCE', 'عملية'],
    ['وقال إن الحملة العسكرية التي تنفذها مصر ستتواصل.', 'ASSAULT', 'الحملة'],
  ];
  for (const [text, type, trigger] of cases) has(text, type, trigger);
  // The one who reports an operation that took place is not its doer.
  const text = 'وأوضح الجيش الوطني أن العملية التي جرت في كينيا أدت إلى مقتل قيادي.';
  const op = found(text).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'العملية');
  assert.deepEqual(op?.actor, []);
});

test('guards: clauses of other verbs, other operations, fronts and sites stay out', () => {
  lacks('وأجرى الطبيب عملية جراحية ناجحة للمريض.', 'ASSAULT', 'عملية');
  lacks('وتحدث عن العملية السياسية التي يدعمها المجتمع الدولي.', 'ASSAULT', 'العملية');
  lacks('وأطلقت الوزارة حملة توعية تستهدف الشباب.', 'COERCE', 'حملة');
  lacks('ونقل الجرحى من جبهات القتال إلى المستشفى.', 'ASSAULT', 'القتال');
  lacks('وتوجهت التعزيزات إلى محاور القتال في كينيا.', 'ASSAULT', 'القتال');
  lacks('وانتقلت سيارات الإسعاف إلى موقع الانفجار.', 'ASSAULT', 'الانفجار');
  lacks('وبقي الجنود في ساحة المعركة حتى الصباح.', 'ASSAULT', 'المعركة');
  // Still events: a plain attack noun and a blast.
  has('وقتل ثلاثة في انفجار عبوة ناسفة في كينيا.', 'ASSAULT', 'انفجار');
  has('واستمر القتال بين الجيش الوطني وجماعة الحوثي.', 'ASSAULT', 'القتال');
});

test('material support is AID; a student and a blessing are no events', () => {
  has('وتواصل مصر دعم جماعة الحوثي بالسلاح.', 'AID', 'دعم');
  has('وانتقد زيد الأحمد مواصلة مصر دعمها لنظام كينيا.', 'AID', 'دعمها');
  has('وتقدمت القوات بدعم من الجيش الوطني نحو المدينة.', 'AID', 'بدعم');
  lacks('لقي طالب جامعي مصرعه في الانفجار.', 'REQUEST', 'طالب');
  lacks('وقتل 20 طالبا في الهجوم على المدرسة.', 'REQUEST', 'طالبا');
  lacks('وبعث برقية إلى خادم الحرمين الشريفين - أيده الله - في المناسبة.', 'SUPPORT', 'أيده');
  // Guards: political backing stays SUPPORT; a request and backing by a verb stay events.
  has('وأكد زيد الأحمد دعم مصر الكامل لكينيا.', 'SUPPORT', 'دعم');
  has('طالب زيد الأحمد مصر بالإفراج عن المعتقلين.', 'REQUEST', 'طالب');
  has('وأيد زيد الأحمد قرار مصر.', 'SUPPORT', 'وأيد');
});
