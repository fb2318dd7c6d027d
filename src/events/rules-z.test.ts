import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'النظام السوري' },
    { id: 'e2', type: 'GPE', name: 'الزبداني' },
    { id: 'e3', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'e4', type: 'GPE', name: 'إسرائيل' },
    { id: 'e5', type: 'GPE', name: 'لبنان' },
    { id: 'e6', type: 'ORG', name: 'داعش' },
    { id: 'e7', type: 'PER', name: 'خالد المنصوري' },
    { id: 'e8', type: 'GPE', name: 'نجران' },
    { id: 'e9', type: 'GPE', name: 'روسيا' },
    { id: 'e10', type: 'ORG', name: 'التحالف العربي' },
    { id: 'e11', type: 'GPE', name: 'عدن' },
    { id: 'e12', type: 'GPE', name: 'مصر' },
  ],
};

test('barrels and bombs dropped (ألقى 28 برميلا، أسقط عليها 470 برميلا، براميل أسقطها) are attacks; a plane downed stays one', () => {
  assertEvent('وكان الطيران المروحي التابع للنظام السوري القى 28 برميلا متفجرا على مناطق في الزبداني.', spec, 'ASSAULT', 'القى');
  assertEvent('وقصفت المروحيات المدينة التي اسقط عليها النظام السوري منذ بدء المعركة 470 برميلاً متفجراً.', spec, 'ASSAULT', 'اسقط');
  // (With an attack noun before the barrels, «تتعرض لإبادة من براميل أسقطها», the noun now tells the attack and
  // the relative verb folds into it, as it already did after «لهجوم».)
  assertEvent('وذكر المرصد أن الزبداني تضررت من براميل أسقطها النظام السوري على المدينة.', spec, 'ASSAULT', 'أسقطها');
  assertEvent('وأعلنت المقاومة الشعبية أنها أسقطت طائرة فوق عدن.', spec, 'ASSAULT', 'أسقطت');
  // Guard: dropping charges or a regime is no bombing.
  assertNoEvent('وقررت المحكمة إسقاط التهم عن خالد المنصوري.', spec, 'ASSAULT');
  assertNoEvent('ودعا خالد المنصوري إلى إسقاط النظام السوري.', spec, 'ASSAULT');
});

test('forces advancing (تقدمت قوات المقاومة، ويتقدمون باتجاه، المحاور التي تقدمت فيها) is fighting; presenting condolences or a request is not', () => {
  assertEvent('وقال المصدر إن قوات أخرى للمقاومة الشعبية تقدمت من ردفان إلى منطقة المثلث.', spec, 'ASSAULT', 'تقدمت');
  assertEvent('وتراجعت قوات النظام السوري في عدد من المحاور التي كانت قد تقدمت فيها.', spec, 'ASSAULT', 'تقدمت');
  assertEvent('وأحرزت المقاومة الشعبية في عدن تقدما كبيرا.', spec, 'ASSAULT', 'تقدما');
  // Guard: a body presenting condolences, a request or a paper advances on no front.
  assertNoEvent('وقال خالد المنصوري إن الجيش إذ يتقدم بأخلص التعازي لأسر الشهداء يؤكد وقوفه معهم.', spec, 'ASSAULT');
  assertNoEvent('وطالب خالد المنصوري بتأييد الورقة التي تقدم بها رئيس الوزراء.', spec, 'ASSAULT');
  assertNoEvent('وقال خالد المنصوري إن الجيش يعمل بجد وإن هناك تقدما في هذا الاتجاه.', spec, 'ASSAULT');
});

test('an arrest told with a pronoun after the preposition (قبضوا عليه، القبض عليهم) is coercion', () => {
  assertEvent('وفور وصوله إلى سوريا قبض عليه عناصر من داعش واتهموه بالجاسوسية.', spec, 'COERCE', 'قبض');
  assertEvent('وتفاجأ بأن عناصر من داعش قبضوا عليه.', spec, 'COERCE', 'قبضوا');
  // Guard: a grip (قبضة) of a hand is no arrest.
  assertNoEvent('وأمسك خالد المنصوري الكأس بقبضة يده.', spec, 'COERCE');
});

test('an injury caused by a shell (نتج عنه إصابة فتاة) is an attack; an illness is not', () => {
  assertEvent('وسقط مقذوف عسكري على منزل في نجران مما نتج عنه إصابة فتاة وطفلين.', spec, 'ASSAULT', 'إصابة');
  // Guard: an injury with no cause before it, and an illness, are no attack.
  assertNoEvent('وغاب خالد المنصوري عن المباراة بسبب إصابة في الركبة.', spec, 'ASSAULT', 'إصابة');
  assertNoEvent('وانتشر الوباء في نجران مما نتج عنه إصابة عشرات بالعدوى.', spec, 'ASSAULT', 'إصابة');
});

test('intercepting a plane, a missile or a ship (اعترضت إسرائيل طائرة) is coercion, not an objection; objecting to a decision stays a rejection', () => {
  assertEvent('وفي عام 1973 اعترضت إسرائيل طائرة لبنانية.', spec, 'COERCE', 'اعترضت');
  assertNoEvent('وفي عام 1973 اعترضت إسرائيل طائرة لبنانية.', spec, 'REJECT');
  assertEvent('واعترضت روسيا على القرار.', spec, 'REJECT', 'واعترضت');
  assertNoEvent('واعترضت روسيا على القرار.', spec, 'COERCE');
});

test('boycotting elections or a session (قاطعت المعارضة الانتخابات) is a protest; boycotting goods is a sanction', () => {
  assertEvent('وجرت الانتخابات بعد أن قاطعت أحزاب المعارضة الانتخابات.', spec, 'PROTEST', 'قاطعت');
  assertNoEvent('وجرت الانتخابات بعد أن قاطعت أحزاب المعارضة الانتخابات.', spec, 'SANCTION');
  assertEvent('وقاطعت روسيا البضائع الإسرائيلية.', spec, 'SANCTION', 'وقاطعت');
  assertNoEvent('وقاطعت روسيا البضائع الإسرائيلية.', spec, 'PROTEST');
});

test('air support and support for charities (بدعم جوي، لدعم الجمعيات الخيرية) are aid; backing a position stays support', () => {
  const air = 'وتقدمت المقاومة الشعبية في عدن، وبدعم جوي من التحالف العربي.';
  assert.ok(eventsIn(air, spec).some((e) => e.type === 'AID' && air.slice(e.trigger.start, e.trigger.end) === 'وبدعم'), show(air, eventsIn(air, spec)));
  assertEvent('وأنهى خالد المنصوري برنامجه السنوي لدعم الجمعيات الخيرية.', spec, 'AID', 'لدعم');
  assertEvent('وأكد خالد المنصوري دعم روسيا لموقف مصر.', spec, 'SUPPORT', 'دعم');
  assertNoEvent('وأكد خالد المنصوري دعم روسيا لموقف مصر.', spec, 'AID');
});

test('attending a ceremony or a forum (يشاركوا في المراسم، شارك في حفل الافتتاح) is a meeting; a noun of taking part is not', () => {
  assertEvent('ومن بين الضيوف الذين يرتقب أن يشاركوا في المراسم خالد المنصوري.', spec, 'CONSULT', 'يشاركوا');
  assertEvent('وشارك خالد المنصوري في حفل افتتاح القناة في مصر.', spec, 'CONSULT', 'وشارك');
  // Guard: the noun (المشاركة في جلسات) and a participle (الوفود المشاركة في حفل) tell no meeting.
  assertNoEvent('ووصلت الوفود المشاركة في حفل الافتتاح إلى مصر.', spec, 'CONSULT', 'المشاركة');
  assertNoEvent('وتمنع القواعد الأعضاء من المشاركة في جلسات الاستجواب.', spec, 'CONSULT');
});
