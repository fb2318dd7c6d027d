import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'إيران' },
    { id: 'e2', type: 'ORG', name: 'مجموعة 5+1' },
    { id: 'e3', type: 'PER', name: 'خالد المنصوري' },
    { id: 'e4', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e5', type: 'GPE', name: 'عدن' },
  ],
};

/** The events of a type in a text. */
function ofType(text: string, type: string, layers: LayerSpec = spec) {
  return eventsIn(text, layers).filter((e) => e.type === type);
}

test('reaching an agreement (التوصل إلى اتفاق، توصلت X إلى اتفاق) is one agreement, not two', () => {
  for (const text of [
    'وجاءت الزيارة بعد التوصل إلى اتفاق نووي بين إيران والقوى الكبرى.',
    'وقالت المنظمة إنها نجحت في التوصل إلى اتفاق سيسمح بإلغاء الرسوم.',
    'وذلك بعد أن توصلت إيران ومجموعة (5+1) إلى اتفاق تاريخي في فيينا.',
    'وتأمل الأطراف في التوصل إلى الاتفاق النهائي قريبا.',
  ]) {
    const events = eventsIn(text, spec);
    assert.equal(ofType(text, 'AGREE').length, 1, `${text} → ${show(text, events)}`);
  }
  // Guard: an agreement told in a clause of its own after the operation's verb stays its own act.
  const text = 'وأوضح خالد المنصوري أن العملية بدأت بقصف مواقع المسلحين في عدن.';
  assert.equal(ofType(text, 'ASSAULT').length, 2, `${text} → ${show(text, eventsIn(text, spec))}`);
  assertNoEvent('وتحدث خالد المنصوري عن الطقس في عدن.', spec, 'AGREE');
});

test('an event already told by the same word, named again as the time of another act (خلال الزيارة، خلال زيارته تلك), is no new event', () => {
  for (const text of [
    'وبدأ خالد المنصوري زيارة رسمية إلى عدن. ويرأس خالد المنصوري خلال الزيارة وفد بلاده في المحادثات.',
    'وأجرى خالد المنصوري زيارة إلى عدن أمس. ودعا خالد المنصوري خلال زيارته تلك الأهالي إلى العودة.',
  ]) {
    const visits = ofType(text, 'CONSULT').filter((e) => /زيار/.test(text.slice(e.trigger.start, e.trigger.end)));
    assert.equal(visits.length, 1, `${text} → ${show(text, eventsIn(text, spec))}`);
  }
  // Guard: a meeting first told after خلال (التقى … خلال الزيارة) is still told.
  const first = 'والتقى خالد المنصوري قادة الجيش الوطني خلال الزيارة التي لم يعلن عنها.';
  assert.ok(ofType(first, 'CONSULT').some((e) => first.slice(e.trigger.start, e.trigger.end) === 'الزيارة'), show(first, eventsIn(first, spec)));
});

test('fines imposed (فرض غرامات، تطبيق غرامات، تغريمها، غُرّمت) are sanctions; a fine within a court sentence is not', () => {
  assertEvent('وتم إغلاق المطعم وفرض غرامات على صاحبه.', spec, 'SANCTION', 'غرامات');
  assertEvent('وتم تطبيق غرامات مالية على الحافلات المخالفة.', spec, 'SANCTION', 'غرامات');
  assertEvent('ورصدت الوزارة 109 مخالفات وتغريمها بـ 545 ألف ريال.', spec, 'SANCTION', 'وتغريمها');
  assertEvent('وغرّمت البلدية 100 موقع مخالف.', spec, 'SANCTION', 'وغرّمت');
  // Guard: a fine as part of a sentence (السجن … وغرامة) and a fine's list (لائحة الغرامات) are no act of their own.
  assertNoEvent('وصدر بحقه حكم بالسجن عشر سنوات وغرامة مقدارها مليون ريال.', spec, 'SANCTION');
  assertNoEvent('وتحدد لائحة الغرامات المبالغ المطلوبة.', spec, 'SANCTION');
});

test('closing a restaurant or shops (أغلقت البلدية مطعما، إغلاق 10 منشآت) and cordoning places off (تطويق الأماكن) are coercion', () => {
  assertEvent('وتم إغلاق المطعم بعد ضبط المخالفات.', spec, 'COERCE', 'إغلاق');
  assertEvent('وأصدرت الهيئة قرارا بإغلاق 10 منشآت سياحية.', spec, 'COERCE', 'بإغلاق');
  assertEvent('وتمكنت قوات الأمن من تطويق الأماكن التي يتحصن فيها المسلحون.', spec, 'COERCE', 'تطويق');
  assertEvent('وطوقت الشرطة الموقع وبدأت التحقيق.', spec, 'COERCE', 'وطوقت');
  // Guard: shops that close their doors, a crisis contained, a collar are no coercion.
  assertNoEvent('وأغلقت المدارس والأسواق أبوابها في عدن.', spec, 'COERCE');
  assertNoEvent('ودعت المنظمات إلى تطويق الأزمة الإنسانية في عدن.', spec, 'COERCE');
  assertNoEvent('ووضع الباحثون طوقا حول عنق الأسد.', spec, 'COERCE');
});

test('an act told as what came after another of its type (أغلقت البلدية مطعما وذلك بعد ضبط …) is an event of its own', () => {
  const text = 'وأغلقت البلدية مطعما في الحي الشرقي وذلك بعد ضبط المراقبين ديدانا في الأرز.';
  const events = eventsIn(text, spec);
  assert.equal(ofType(text, 'COERCE').length, 2, `${text} → ${show(text, events)}`);
});

test('help named as the purpose of aid already told (طائرة مساعدات … لإغاثة الشعب) restates it', () => {
  const text = 'وستؤمن تركيا يوميا طائرة مساعدات تتجه إلى مطار عدن لإغاثة الشعب اليمني.';
  const events = eventsIn(text, spec);
  assert.equal(ofType(text, 'AID').length, 1, `${text} → ${show(text, events)}`);
  // Guard: help as the purpose of another act (خصصت مبلغا لمساعدة النازحين) is still told.
  assertEvent('وأعلنت تركيا عن خطة لمساعدة النازحين في عدن.', spec, 'AID', 'لمساعدة');
});

test('a meeting mentioned again after أعقب/عقب without a new act (مؤتمر صحفي أعقب الاجتماع) is not repeated', () => {
  const text = 'وعقد خالد المنصوري محادثات مع وزراء تركيا في عدن. وقال خالد المنصوري في مؤتمر صحفي أعقب الاجتماع إن الجانبين متفقان.';
  assertNoEvent(text, spec, 'CONSULT', 'الاجتماع');
  // Guard: a meeting of its own after عقب (عقب لقائه برئيس الوزراء) is still told.
  assertEvent('وأجرى خالد المنصوري محادثات في تركيا. وقال عقب لقائه برئيس وزراء تركيا إن الجانبين متفقان.', spec, 'CONSULT', 'لقائه');
});
