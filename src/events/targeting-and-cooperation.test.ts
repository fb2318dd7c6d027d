import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'التحالف الدولي' },
    { id: 'e2', type: 'ORG', name: 'داعش' },
    { id: 'e3', type: 'GPE', name: 'الموصل' },
    { id: 'e4', type: 'ORG', name: 'الشرطة' },
    { id: 'e5', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'e6', type: 'GPE', name: 'تعز' },
    { id: 'e7', type: 'PER', name: 'سامر الحلبي', forms: ['الحلبي'] },
    { id: 'e8', type: 'GPE', name: 'قطر' },
    { id: 'e9', type: 'GPE', name: 'إيران' },
    { id: 'e10', type: 'ORG', name: 'مجلس الأمن' },
    { id: 'e11', type: 'ORG', name: 'قوات الأمن', forms: ['قوات'] },
    { id: 'e12', type: 'GPE', name: 'غزة' },
  ],
};

const count = (text: string, type: string) => eventsIn(text, spec).filter((e) => e.type === type).length;

test('a verb of targeting whose subject is an attack just named tells whom it hit: one event, on the noun', () => {
  const strike = 'وأعلنت الشرطة أن 41 ضربة جوية نفذها التحالف الدولي أمس قرب الموصل، استهدفت مواقع داعش.';
  assert.equal(count(strike, 'ASSAULT'), 1, show(strike, eventsIn(strike, spec)));
  const blast = 'وأدان الحلبي الهجوم الانتحاري الإرهابي الجبان الذي استهدف أمس مسجدا في الموصل.';
  assert.equal(count(blast, 'ASSAULT'), 1, show(blast, eventsIn(blast, spec)));
  assertEvent(blast, spec, 'ASSAULT', 'الهجوم');
  const convoy = 'وقتل ثلاثة جنود في تفجير سيارة مفخخة يوم الخميس استهدف قافلة عسكرية قرب الموصل.';
  assertNoEvent(convoy, spec, 'ASSAULT', 'استهدف');
  // Guard: targeting told on its own, with its own subject, stays an attack.
  assertEvent('واستهدف التحالف الدولي مواقع داعش في الموصل.', spec, 'ASSAULT', 'واستهدف');
  // Guard: an attack taken up again by its definite noun leaves the verb to tell whom it hit.
  const again = 'وشن التحالف الدولي غارة على الموصل. وقال الحلبي إن الغارات استهدفت مخازن داعش.';
  assertEvent(again, spec, 'ASSAULT', 'استهدفت');
  // Guard: a verb whose object pronoun refers back to a place is told of the place, with a subject of its own.
  const places = 'وسمعت انفجارات في محيط الأماكن التي استهدفتها طائرات التحالف الدولي.';
  assertEvent(places, spec, 'ASSAULT', 'استهدفتها');
  // Guard: a second act joined by و, with a subject of its own, stays a second event.
  const two = 'شنت المقاومة الشعبية هجوما على مواقع داعش واستهدف التحالف الدولي مخازن السلاح في تعز.';
  assert.equal(count(two, 'ASSAULT'), 2, show(two, eventsIn(two, spec)));
});

test('a campaign of arrests that targets people: its verb of targeting is no attack of its own', () => {
  const raids = 'وشنت الشرطة حملة اعتقالات واسعة في عدة مدن، استهدفت عناصر داعش.';
  assertNoEvent(raids, spec, 'ASSAULT', 'استهدفت');
  // The campaign noun tells the act (gold: «حملة|نفذت»، «بحملة|اعتقالات»); شنت is no attack before it.
  assertEvent(raids, spec, 'COERCE', 'حملة');
  assertNoEvent(raids, spec, 'ASSAULT');
});

test('imposing measures, a state of emergency or house arrest is coercion', () => {
  assertEvent('وفرضت قوات الأمن إجراءات مشددة في تعز.', spec, 'COERCE', 'وفرضت');
  assertEvent('وفرضت الشرطة الإقامة الجبرية على الحلبي.', spec, 'COERCE', 'وفرضت');
  // Guard: imposing order, the law or oneself is no act against anyone.
  assertNoEvent('وقال الحلبي إن الخطة تهدف لفرض الاستقرار في الموصل.', spec, 'COERCE');
  assertNoEvent('وقال الحلبي إن على الدولة فرض القانون في تعز.', spec, 'COERCE');
});

test('a tour of a region is a visit; a round of a league, of elections or of talks is not', () => {
  assertEvent('وبدأ الحلبي أمس جولة تشمل قطر وإيران.', spec, 'CONSULT', 'جولة');
  // Guard: inspection rounds and a round with no party named are no visit.
  assertNoEvent('وقام مراقبو البلدية بجولات تفقدية على المطاعم في تعز.', spec, 'CONSULT');
  assertNoEvent('وشهدت الجولة إثارة كبيرة بين الفرق.', spec, 'CONSULT');
  assertNoEvent('وفاز الفريق في الجولة الأولى من الدوري.', spec, 'CONSULT');
  assertNoEvent('وتنطلق الجولة المقبلة من الانتخابات في تعز.', spec, 'CONSULT');
});

test('cooperation as the genitive of a word of growing it or of its scope names a relationship, no act', () => {
  assertNoEvent('وبحث الحلبي مع الشرطة سبل تعزيز التعاون بين البلدين.', spec, 'COOPERATE');
  assertNoEvent('ويأتي اللقاء في إطار التنسيق المستمر بين قطر وإيران.', spec, 'COOPERATE');
  // Guard: cooperation told as an act stays one.
  assertEvent('وأعلنت الشرطة التنسيق مع قوات الأمن في تعز.', spec, 'COOPERATE', 'التنسيق');
});
