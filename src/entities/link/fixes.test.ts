import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// --- a three-word name cut in two by the tagger ------------------------------------

test('a three-word name stays one person and its surname alone joins it', () => {
  const text = 'وصل خالد محفوظ بحاح إلى عدن أمس. وقال بحاح إن الحكومة ستعود.';
  const es = analyse(text, [['خالد محفوظ', 'PER'], ['بحاح', 'PER', 0], ['بحاح', 'PER', 1]]);
  const persons = es.filter((e) => e.type === 'PER');
  assert.equal(persons.length, 1);
  assert.equal(persons[0]?.kb?.id, 'per:khaled-bahah');
  assert.deepEqual(surfaces(text, persons[0]), ['خالد محفوظ بحاح', 'بحاح']);
});

test('a three-word name unknown to the knowledge base stays one person when the tagger cuts it', () => {
  const text = 'التقى سالم مبارك الزبيدي وفد الوسطاء.';
  const es = analyse(text, [['سالم مبارك', 'PER'], ['الزبيدي', 'PER']]);
  const persons = es.filter((e) => e.type === 'PER');
  assert.equal(persons.length, 1);
  assert.deepEqual(surfaces(text, persons[0]), ['سالم مبارك الزبيدي']);
});

test('a father name between first and last name still links the known person', () => {
  const text = 'واستقبل خالد محفوظ بحاح السفير.';
  assert.ok(find(analyse(text, [['خالد محفوظ بحاح', 'PER']]), 'per:khaled-bahah'));
});

// --- a first name that is also a particle ---------------------------------------

test('a first name that is also a particle stays in the name (بان جي مون)', () => {
  const text = 'ودعا الأمين العام بان جي مون الأطراف إلى الحوار.';
  const es = analyse(text, [['بان جي مون', 'PER']]);
  const p = es.find((e) => e.type === 'PER');
  assert.deepEqual(surfaces(text, p), ['بان جي مون']);
});

test('a particle before a known name is still cut off (بأن خليفة حفتر)', () => {
  const text = 'وأفادت مصادر بأن خليفة حفتر وصل.';
  const es = analyse(text, [['بأن خليفة حفتر', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'per:khalifa-haftar')), ['خليفة حفتر']);
});

// --- و on a short first name ------------------------------------------------------

test('the conjunction و is cut off a short first name', () => {
  const text = 'وشاركت في الندوة هدى الحسيني وسجى الدليمي.';
  const es = analyse(text, [['هدى الحسيني', 'PER'], ['وسجى الدليمي', 'PER']]);
  const names = es.filter((e) => e.type === 'PER').map((e) => e.name);
  assert.ok(names.includes('سجى الدليمي'), names.join(' | '));
});

test('a first name that begins with و keeps it (وليد، وسام)', () => {
  const text = 'وقال وسام الحسن إن الوضع صعب.';
  const es = analyse(text, [['وسام الحسن', 'PER']]);
  assert.equal(es.find((e) => e.type === 'PER')?.name, 'وسام الحسن');
});

// --- weapon models --------------------------------------------------------------

test('weapon model names (اف-16، سو-24، ميغ-29) give no entities', () => {
  const text = 'ونفذت مقاتلات "اف-16" وإف-35 غارات، فيما حلقت طائرات سو-24 وميغ-29 فوق المنطقة.';
  const es = analyse(text, [['اف', 'MISC'], ['16', 'MISC'], ['إف', 'MISC'], ['سو', 'PER'], ['24', 'MISC'], ['ميغ', 'MISC']]);
  assert.deepEqual(es.map((e) => e.name), []);
});

// --- a surname inside the name of something else ------------------------------------

test('a surname after an outlet in spelled Latin letters is part of its name, not a person (سي ان ان تورك)', () => {
  const text = 'وقالت قناة سي ان ان تورك إن الانفجار وقع صباحا.';
  const es = analyse(text, [['سي ان', 'ORG'], ['تورك', 'PER']]);
  assert.equal(es.find((e) => e.type === 'PER'), undefined);
  assert.equal(find(es, 'per:volker-turk'), undefined);
  assert.deepEqual(es.filter((e) => e.type === 'ORG').flatMap((e) => surfaces(text, e)), ['سي ان ان تورك']);
});

test('the same surname after a first name is still the person', () => {
  const text = 'وقال فولكر تورك إن الوضع مقلق.';
  assert.ok(find(analyse(text, [['فولكر تورك', 'PER']]), 'per:volker-turk'));
});

// --- a common noun after a preposition ----------------------------------------------

test('a common noun after a preposition, before an adjective, is no name (بجرار مفخخ)', () => {
  const text = 'وهاجم انتحاري مركزا للشرطة بجرار مفخخ صباح اليوم.';
  const es = analyse(text, [['جرار', 'PER']]);
  assert.equal(es.find((e) => e.type === 'PER'), undefined);
});

test('a name after a preposition stays a name (لمحمد مرسي)', () => {
  const text = 'وقدمت الجماعة الدعم لمحمد مرسي في الانتخابات.';
  const es = analyse(text, [['محمد مرسي', 'PER']]);
  assert.ok(es.some((e) => e.type === 'PER'));
});

// --- النيل من -----------------------------------------------------------------------

test('النيل من (to harm) is never the river', () => {
  const text = 'وتسعى هذه الجماعات للنيل من الدولة، ولن تنجح في النيل من وحدة البلاد.';
  const es = analyse(text, [['نيل', 'LOC'], ['النيل', 'LOC']]);
  assert.equal(find(es, 'loc:nile'), undefined);
  assert.deepEqual(es.map((e) => e.name), []);
});

test('the river is still the river (نهر النيل، ضفاف النيل)', () => {
  const text = 'وارتفع منسوب نهر النيل في الخرطوم، وغمرت المياه ضفاف النيل.';
  assert.equal(surfaces(text, find(analyse(text), 'loc:nile')).length, 2);
});

// --- الأناضول as the news agency ---------------------------------------------------

test('الأناضول after وكالة أنباء is the agency', () => {
  const text = 'وذكرت وكالة أنباء الأناضول أن الاشتباكات استمرت.';
  const es = analyse(text, [['الأناضول', 'LOC']]);
  assert.equal(find(es, 'org:anadolu')?.type, 'ORG');
  assert.equal(es.find((e) => e.type === 'LOC'), undefined);
});

test('الأناضول as the source of a report is the agency (وفق الأناضول، وأوضحت الأناضول)', () => {
  const text = 'وقتل جنديان وفق الأناضول. ثم أوضحت الأناضول أن الهجوم وقع ليلا.';
  const es = analyse(text, [['الأناضول', 'LOC', 0], ['الأناضول', 'LOC', 1]]);
  assert.deepEqual(surfaces(text, find(es, 'org:anadolu')), ['الأناضول', 'الأناضول']);
});

test('الأناضول named once as the agency is the agency when it stands alone later', () => {
  const text = 'وبحسب وكالة الأناضول فإن القصف توقف. ونشرت الأناضول صورا للدمار.';
  const es = analyse(text, [['وكالة الأناضول', 'ORG'], ['الأناضول', 'LOC', 1]]);
  assert.equal(surfaces(text, find(es, 'org:anadolu')).length, 2);
});

test('الأناضول the region stays a place', () => {
  const text = 'وهطلت أمطار غزيرة على مناطق في الأناضول.';
  const es = analyse(text, [['الأناضول', 'LOC']]);
  assert.equal(find(es, 'org:anadolu'), undefined);
});

// --- a surname alone joins the person of the document ---------------------------------

test('a surname alone does not link to a knowledge-base person when the document names another bearer', () => {
  const text = 'وفر القائد عوض العولقي من المدينة. وكان العولقي قد وصل أمس.';
  const es = analyse(text, [['عوض العولقي', 'PER'], ['العولقي', 'PER', 1]]);
  assert.equal(find(es, 'per:anwar-al-awlaki'), undefined);
  const p = es.find((e) => e.name === 'عوض العولقي');
  assert.deepEqual(surfaces(text, p), ['عوض العولقي', 'العولقي']);
});

test('a first name right before a lone surname is part of the name (علي العولقي)', () => {
  const text = 'وفر المحافظ علي العولقي واللواء عوض العولقي من المدينة.';
  const es = analyse(text, [['العولقي', 'PER', 0], ['عوض العولقي', 'PER']]);
  assert.equal(find(es, 'per:anwar-al-awlaki'), undefined);
  assert.deepEqual(es.filter((e) => e.type === 'PER').map((e) => e.name).sort(), ['علي العولقي', 'عوض العولقي']);
});

test('a surname alone still links to the knowledge-base person when no one else bears it', () => {
  const text = 'ونشر العولقي خطبا كثيرة.';
  assert.ok(find(analyse(text, [['العولقي', 'PER']]), 'per:anwar-al-awlaki'));
});

// --- صالح in Yemen --------------------------------------------------------------------

test('صالح alone joins علي عبدالله صالح when the document names him', () => {
  const text = 'وقال الرئيس السابق علي عبدالله صالح إن الحرب ستطول. وتقدمت قوات صالح نحو تعز.';
  const es = analyse(text, [['علي عبدالله صالح', 'PER'], ['صالح', 'PER', 1]]);
  assert.deepEqual(surfaces(text, find(es, 'per:ali-abdullah-saleh')), ['علي عبدالله صالح', 'صالح']);
});
