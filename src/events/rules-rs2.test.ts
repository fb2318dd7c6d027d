import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, typedTriggers, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'جبهة النصرة' },
    { id: 'e2', type: 'ORG', name: 'حرس الحدود' },
    { id: 'e3', type: 'GPE', name: 'تونس', forms: ['adj:تونسيين'] },
    { id: 'e4', type: 'ORG', name: 'التحالف الدولي' },
    { id: 'e5', type: 'GPE', name: 'روسيا', forms: ['adj:روسيين'] },
    { id: 'e6', type: 'ORG', name: 'الجيش السوري' },
    { id: 'e7', type: 'GPE', name: 'حمص' },
    { id: 'e8', type: 'PER', name: 'خالد المنصوري' },
  ],
};

const run = (text: string, layers: LayerSpec = spec) => eventsIn(text, layers);

function roleOf(text: string, trigger: string, type: string, role: 'actor' | 'recipient', ids: string[], layers: LayerSpec = spec) {
  const events = run(text, layers);
  const e = eventOn(events, text, type, trigger);
  assert.ok(e, `${text} → ${typedTriggers(text, events).join('; ')}`);
  assert.deepEqual([...e[role]].sort(), ids, `${text} → ${show(text, events)}`);
}

test('the party of a count in the genitive of a killing is its recipient', () => {
  roleOf('وأعلن المتحدث مقتل 12 عنصرا من جبهة النصرة في المعارك.', 'مقتل', 'ASSAULT', 'recipient', ['e1']);
  roleOf('وأسفر الكمين عن مقتل 9 من عناصر جبهة النصرة.', 'مقتل', 'ASSAULT', 'recipient', ['e1']);
  roleOf('وذكرت الصحيفة مقتل 7 جنود تونسيين في الهجوم.', 'مقتل', 'ASSAULT', 'recipient', ['e3']);
  // Guard: a count of casualties of no party named leaves the recipient empty.
  roleOf('وأسفر القصف عن مقتل 5 مدنيين في حمص.', 'مقتل', 'ASSAULT', 'recipient', []);
});

test('a martyrdom (استشهاد) is an attack on the fallen named in its genitive', () => {
  roleOf('ونتج عن القصف استشهاد 4 من منسوبي حرس الحدود.', 'استشهاد', 'ASSAULT', 'recipient', ['e2']);
});

test('the backer is named after the means of backing', () => {
  roleOf('وتقدمت قوات المعارضة مدعومة بغارات كثيفة من التحالف الدولي نحو حمص.', 'مدعومة', 'AID', 'actor', ['e4']);
  roleOf('وتقدم الجيش السوري بدعم من طيران التحالف الدولي نحو حمص.', 'بدعم', 'AID', 'actor', ['e4']);
  roleOf('وتقدمت قوات الجيش السوري مدعومة بمستشارين روسيين نحو حمص.', 'مدعومة', 'AID', 'actor', ['e5']);
  // Guard: a place after the means is not the backer.
  roleOf('وتقدمت قوات مدعومة بالدبابات في حمص.', 'مدعومة', 'AID', 'actor', []);
  // Guard: the act a charge names keeps its object.
  const text = 'وفرضت الوزارة عقوبات على شركات متهمة بمساعدة الجيش السوري.';
  const events = run(text);
  const e = eventOn(events, text, 'AID', 'بمساعدة');
  if (e) assert.ok(!e.actor.includes('e6'), show(text, events));
});

test('an office, a comma and its holder\'s titled name: the holder is the subject of the support verb', () => {
  roleOf('ترأس رئيس هيئة الأركان، اللواء خالد المنصوري أمس اجتماعا ضم كبار القادة.', 'اجتماعا', 'CONSULT', 'actor', ['e8']);
  roleOf('ترأس رئيس الأركان، السيد خالد المنصوري بحمص اجتماعا للقادة.', 'اجتماعا', 'CONSULT', 'actor', ['e8']);
  // Guard: a comma before a name that opens a new clause keeps them apart.
  roleOf('انتهى الاجتماع، وخالد المنصوري عقد لقاء مع الجيش السوري.', 'الاجتماع', 'CONSULT', 'actor', []);
});

test('a denial of charges (نفى الاتهامات) is a rejection by the one who denies', () => {
  roleOf('ونفى خالد المنصوري بشدة أمس الاتهامات الموجهة إليه.', 'ونفى', 'REJECT', 'actor', ['e8']);
  roleOf('لكن جبهة النصرة تنفي تلك التهم.', 'تنفي', 'REJECT', 'actor', ['e1']);
  // Guard: denying a report or a rumour is no rejection.
  const text = 'ونفى خالد المنصوري الشائعة التي انتشرت أمس.';
  const events = run(text);
  assert.ok(!eventOn(events, text, 'REJECT'), typedTriggers(text, events).join('; '));
});

test('a denied claim of responsibility (لم تعلن X مسؤوليتها عن هجوم) names no doer', () => {
  roleOf('ولم تعلن جبهة النصرة مسؤوليتها عن هجوم أوقع 15 قتيلا في حمص.', 'هجوم', 'ASSAULT', 'actor', []);
  // Guard: the claim itself and a negated attack keep their doer.
  roleOf('وأعلنت جبهة النصرة مسؤوليتها عن هجوم أوقع 15 قتيلا في حمص.', 'هجوم', 'ASSAULT', 'actor', ['e1']);
  roleOf('ولم تشن جبهة النصرة هجوما على حمص.', 'تشن', 'ASSAULT', 'actor', ['e1']);
});

test('a fall of casualties or of shells (سقوط قتلى، سقوط قذيفة) is an attack; not the fall of a regime or of rain', () => {
  const has = (text: string, yes: boolean, trigger = 'سقوط') => {
    const events = run(text);
    assert.equal(Boolean(eventOn(events, text, 'ASSAULT', trigger)), yes, `${text} → ${typedTriggers(text, events).join('; ')}`);
  };
  has('وأفاد شهود بسقوط قذيفة على سوق في حمص.', true, 'بسقوط');
  has('وتحدث الأهالي عن سقوط عدد من القتلى في حمص.', true);
  has('وتوقع المحلل سقوط الحكومة قبل نهاية العام.', false);
  has('وتوقعت الأرصاد سقوط أمطار غزيرة على حمص.', false);
});

test('the toll an attack caused (ما أدى إلى سقوط قتلى) takes the attack\'s doer', () => {
  roleOf('وقصفت جبهة النصرة أحياء سكنية في حمص، ما أسفر عن سقوط قتلى بين المدنيين.', 'سقوط', 'ASSAULT', 'actor', ['e1']);
  roleOf('وهاجم الجيش السوري مواقع في حمص، مما أدى إلى مقتل 12 شخصا.', 'مقتل', 'ASSAULT', 'actor', ['e6']);
  // Guard: a toll that follows no attack of a named doer has none.
  roleOf('وانهار مبنى قديم في حمص، ما أدى إلى سقوط قتلى.', 'سقوط', 'ASSAULT', 'actor', []);
});

test('a short name of a body in quotes does not hide the titled person after it', () => {
  const layers: LayerSpec = {
    entities: [
      { id: 'c1', type: 'ORG', name: 'لجنة حقوق الإنسان العربية' },
      { id: 'c2', type: 'ORG', name: 'لجنة الميثاق' },
      { id: 'c3', type: 'PER', name: 'خالد المنصوري' },
    ],
  };
  roleOf('دعا رئيس لجنة حقوق الإنسان العربية “لجنة الميثاق” الدكتور خالد المنصوري جميع الهيئات إلى التحرك.', 'دعا', 'REQUEST', 'actor', ['c3'], layers);
  // Guard: without a person after it, the body is the one who calls.
  roleOf('دعت لجنة حقوق الإنسان العربية “جميع الدول” إلى التحرك.', 'دعت', 'REQUEST', 'actor', ['c1'], layers);
});

test('«عقب لقائها ب…»: a feminine possessive on a meeting told as a circumstance is the main clause\'s subject', () => {
  const layers: LayerSpec = {
    entities: [
      { id: 'f1', type: 'PER', name: 'سلمى الأحمد' },
      { id: 'f2', type: 'GPE', name: 'كوسوفو' },
      { id: 'f3', type: 'GPE', name: 'صربيا' },
      { id: 'f4', type: 'PER', name: 'زيد الحربي' },
    ],
  };
  roleOf('وحثت الوزيرة سلمى الأحمد صربيا وكوسوفو على التسوية عقب لقائها برئيس وزراء كوسوفو زيد الحربي.', 'لقائها', 'CONSULT', 'actor', ['f1'], layers);
});

test('the companion named with «يرافقه» shares the act of the person he goes with', () => {
  roleOf('قام اللواء خالد المنصوري يرافقه السفير سالم الراشد أمس بزيارة إلى حمص.', 'بزيارة', 'CONSULT', 'actor', ['e8', 's1'], {
    entities: [...spec.entities!, { id: 's1', type: 'PER', name: 'سالم الراشد' }],
  });
  // Guard: a body that goes with a person is not added (يرافقه وفد من الجيش السوري).
  roleOf('قام اللواء خالد المنصوري يرافقه وفد من الجيش السوري بزيارة إلى حمص.', 'بزيارة', 'CONSULT', 'actor', ['e8']);
});

test('a dual verb of a meeting or an agreement without a named subject has the two parties met before', () => {
  const layers: LayerSpec = { entities: [...spec.entities!, { id: 's1', type: 'PER', name: 'سالم الراشد' }] };
  roleOf('واستقبل خالد المنصوري سالم الراشد في حمص. كما بحثا أوجه التعاون بين البلدين.', 'بحثا', 'CONSULT', 'actor', ['e8', 's1'], layers);
  roleOf('واستقبل خالد المنصوري سالم الراشد في حمص. وقد اتفقا على تبادل الزيارات.', 'اتفقا', 'AGREE', 'actor', ['e8', 's1'], layers);
  // Guard: a singular verb is not read as the two of them.
  const text = 'واستقبل خالد المنصوري سالم الراشد في حمص. كما بحث أوجه التعاون بين البلدين.';
  const events = run(text, layers);
  const e = eventOn(events, text, 'CONSULT', 'بحث');
  if (e) assert.ok(e.actor.length < 2, show(text, events));
});
