/**
 * The actor of an event where Arabic news leaves it implicit or far from the
 * trigger: relative clauses without a relative pronoun, attacks attributed to
 * a party, members of a party, casualties and the attack that caused them,
 * time phrases between a support verb and its noun, carried subjects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type EntitySpec } from './testing.js';

function events(text: string, entities: EntitySpec[]): IsnadEvent[] {
  return extractEvents(buildLayers(text, { entities }));
}

const at = (text: string, evs: IsnadEvent[], trigger: string) => evs.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

test('an indefinite attack noun takes the doer of its relative clause without a relative pronoun', () => {
  const text = 'قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'حركة طالبان' }, { id: 'e2', type: 'LOC', name: 'قندوز' }]);
  assert.deepEqual(at(text, evs, 'هجوم')?.actor, ['e1']);
  // The killing takes the doer of the attack that caused it.
  assert.deepEqual(at(text, evs, 'قتل')?.actor, ['e1']);
  const raid = 'أصيب أربعة أشخاص في غارة شنها الطيران الحربي الإسرائيلي على موقع في غزة.';
  const r = events(raid, [{ id: 'e1', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيلي'] }, { id: 'e2', type: 'GPE', name: 'غزة' }]);
  assert.deepEqual(at(raid, r, 'غارة')?.actor, ['e1']);
});

test('a relative clause of reporting is not the doer, and a definite noun needs a relative pronoun', () => {
  const text = 'وقع الهجوم أدانته السعودية بشدة.';
  const evs = events(text, [{ id: 'e1', type: 'GPE', name: 'السعودية' }]);
  assert.deepEqual(at(text, evs, 'الهجوم')?.actor ?? [], []);
});

test('an attack attributed to a party («نسب إلى متمردين من …») has that party as actor', () => {
  const text = 'قتل جنديان في هجوم نسب الى متمردين من حزب العمال الكردستاني.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'حزب العمال الكردستاني' }]);
  assert.deepEqual(at(text, evs, 'هجوم')?.actor, ['e1']);
});

test('members of a party after من stand for it, and a casualty noun is not the act of the verb that reports it', () => {
  const text = 'أعلن الجيش التركي مقتل ثلاثة جنود حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الجيش التركي' }, { id: 'e2', type: 'ORG', name: 'حزب العمال الكردستاني' }]);
  assert.deepEqual(at(text, evs, 'فتح')?.actor, ['e2']);
  assert.deepEqual(at(text, evs, 'مقتل')?.actor, ['e2']);
});

test('a time phrase between commas does not separate a support verb from its noun', () => {
  const text = 'شنت طائرات التحالف العربي، امس الجمعة، عدة غارات على مواقع للحوثيين.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'التحالف العربي' }, { id: 'e2', type: 'ORG', name: 'الحوثيين' }]);
  const raid = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(raid);
  assert.deepEqual(raid.actor, ['e1']);
});

test('a group of people named by a nisba (آلاف العراقيين) is the state; the participle of manner shares it', () => {
  const text = 'تظاهر آلاف العراقيين أمس في بغداد احتجاجا على الفساد، مطالبين رئيس الوزراء حيدر العبادي بالإصلاح.';
  const evs = events(text, [
    { id: 'e1', type: 'GPE', name: 'العراق', forms: ['adj:العراقيين'] },
    { id: 'e2', type: 'GPE', name: 'بغداد' },
    { id: 'e3', type: 'PER', name: 'حيدر العبادي' },
  ]);
  assert.deepEqual(at(text, evs, 'تظاهر')?.actor, ['e1']);
  const req = at(text, evs, 'مطالبين');
  assert.deepEqual(req?.actor, ['e1']);
  assert.deepEqual(req?.recipient, ['e3']);
});

test('the possessive of a noun after a locative phrase points to the subject, not the place', () => {
  const text = 'أحكمت المقاومة الشعبية في محافظة لحج بجنوب اليمن أمس سيطرتها على قاعدة العند.';
  const evs = events(text, [
    { id: 'e1', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'e2', type: 'GPE', name: 'لحج' },
    { id: 'e3', type: 'GPE', name: 'اليمن' },
  ]);
  assert.deepEqual(evs.find((e) => e.type === 'COERCE')?.actor, ['e1']);
});

test('ألقى القبض is a support verb with its subject between, and a verb after كما shares the subject', () => {
  const text = 'ألقت قوات الأمن المصرية القبض على 23 شخصًا ، كما دمرت عددًا من البؤر الإرهابية.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'قوات الأمن المصرية' }]);
  assert.deepEqual(evs.find((e) => e.type === 'COERCE')?.actor, ['e1']);
  assert.deepEqual(evs.find((e) => e.type === 'ASSAULT')?.actor, ['e1']);
});

test('a title with the place of its office, then the name after a comma', () => {
  const text = 'دعا منسق الشؤون الإنسانية في الأرض الفلسطينية، روبيرت بايبر، إسرائيل إلى وقف خططها.';
  const evs = events(text, [
    { id: 'e1', type: 'PER', name: 'روبيرت بايبر' },
    { id: 'e2', type: 'GPE', name: 'الأرض الفلسطينية' },
    { id: 'e3', type: 'GPE', name: 'إسرائيل' },
  ]);
  const req = evs.find((e) => e.type === 'REQUEST');
  assert.deepEqual(req?.actor, ['e1']);
  assert.deepEqual(req?.recipient, ['e3']);
});

test('a relative clause of time has its own subject after the verb', () => {
  const text = 'يتزامن ذلك مع الوقت الذي أجرت حركة طالبان للمرة الأولى محادثات مباشرة مع حكومة كابول.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'حركة طالبان' }, { id: 'e2', type: 'ORG', name: 'حكومة كابول' }]);
  const talks = evs.find((e) => e.type === 'CONSULT');
  assert.deepEqual(talks?.actor, ['e1']);
  assert.deepEqual(talks?.recipient, ['e2']);
});

test('the act during which the main one happened (خلال اقتحام) has the main doer', () => {
  const text = 'واعتقلت قوات الاحتلال الإسرائيلي صباح أمس ثلاثة شبان خلال اقتحام منازلهم في بلدة العيسوية.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'قوات الاحتلال الإسرائيلي' }, { id: 'e2', type: 'GPE', name: 'العيسوية' }]);
  assert.deepEqual(at(text, evs, 'اقتحام')?.actor, ['e1']);
});

test('a number or group noun with a nisba before the verb is the subject; a party and its followers head a relative clause', () => {
  const text = 'قال المرصد إن نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية.';
  const evs = events(text, [{ id: 'e1', type: 'GPE', name: 'سوريا', forms: ['adj:سوري'] }, { id: 'e2', type: 'GPE', name: 'اللاذقية' }]);
  assert.deepEqual(evs.find((e) => e.type === 'PROTEST')?.actor, ['e1']);
  const calls = 'تحسبا لأعمال شغب من جماعة الإخوان وأنصارها الذين دعوا للتظاهر وهددوا باحتجاجات.';
  const c = events(calls, [{ id: 'e1', type: 'ORG', name: 'جماعة الإخوان' }]);
  assert.deepEqual(c.find((e) => e.type === 'REQUEST')?.actor, ['e1']);
  assert.deepEqual(c.find((e) => e.type === 'THREATEN')?.actor, ['e1']);
});

test('a visit «يقوم بها» an official named by a nisba; an agent after a comma belongs to the nearest event noun', () => {
  const text = 'كانت أول زيارة يقوم بها مسؤول سوري كبير لدولة خليجية.';
  const evs = events(text, [{ id: 'e1', type: 'GPE', name: 'سوريا', forms: ['adj:سوري'] }]);
  assert.deepEqual(evs.find((e) => e.type === 'CONSULT')?.actor, ['e1']);
  const storm = 'أدانت جامعة الدول العربية الاقتحامات المتكررة للمسجد الأقصى المبارك، من قبل المتطرفين الإسرائيليين.';
  const s = events(storm, [
    { id: 'e1', type: 'ORG', name: 'جامعة الدول العربية' },
    { id: 'e2', type: 'LOC', name: 'المسجد الأقصى', forms: ['الأقصى'] },
    { id: 'e3', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيليين'] },
  ]);
  assert.deepEqual(s.find((e) => e.type === 'ACCUSE')?.actor, ['e1']);
  assert.deepEqual(s.find((e) => e.type === 'ASSAULT')?.actor, ['e3']);
});

test('news words for casualties, explosions, violence and coups; a casualty and its cause are two events', () => {
  const text = 'لقي مسؤول قبلي مصرعه بانفجار نفذه مسلحون مجهولون اليوم.';
  const evs = events(text, []);
  assert.deepEqual(evs.map((e) => [e.type, text.slice(e.trigger.start, e.trigger.end)]), [['ASSAULT', 'مصرعه'], ['ASSAULT', 'بانفجار']]);
  const blast = 'انفجرت سيارة مفخخة في منطقة ليجي.';
  assert.equal(events(blast, [])[0]?.type, 'ASSAULT');
  const coup = 'أثار القرار أعمال عنف ومحاولة انقلاب.';
  assert.deepEqual(events(coup, []).map((e) => e.type), ['ASSAULT', 'COERCE']);
  const sign = 'وقعت حكومتا السودان وإثيوبيا أمس عقدًا للربط الكهربائي.';
  const s = events(sign, [{ id: 'e1', type: 'GPE', name: 'السودان' }, { id: 'e2', type: 'GPE', name: 'إثيوبيا' }]);
  assert.equal(s[0]?.type, 'AGREE');
  assert.deepEqual(s[0]?.actor, ['e1', 'e2']);
});

test('a verb coordinated with an earlier one keeps its subject when the name after it can be its object', () => {
  const ents: EntitySpec[] = [{ id: 'e1', type: 'GPE', name: 'السعودية' }, { id: 'e2', type: 'GPE', name: 'إيران' }, { id: 'e3', type: 'GPE', name: 'الإمارات' }];
  const text = 'أدانت السعودية الهجوم وطالبت إيران بالكف عن التدخل.';
  const evs = events(text, ents);
  assert.deepEqual(evs.find((e) => e.type === 'ACCUSE')?.recipient, [], 'the object of أدانت is not in the next clause');
  const req = evs.find((e) => e.type === 'REQUEST');
  assert.deepEqual(req?.actor, ['e1']);
  assert.deepEqual(req?.recipient, ['e2']);
  // Two names after the verb: the first is a new subject.
  const two = 'أدانت السعودية الهجوم وطالبت الإمارات إيران بالكف عن التدخل.';
  const r2 = events(two, ents).find((e) => e.type === 'REQUEST');
  assert.deepEqual(r2?.actor, ['e3']);
  assert.deepEqual(r2?.recipient, ['e2']);
});

test('the pronoun subject after أن: a name after the verb is its object; a support verb does not reach across أن', () => {
  const ents: EntitySpec[] = [{ id: 'e1', type: 'ORG', name: 'حركة حماس' }, { id: 'e2', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيلية'] }];
  const text = 'أعلنت حركة حماس أنها سترد على الاعتداءات الإسرائيلية، وقالت إنها تحمل إسرائيل المسؤولية.';
  const evs = events(text, ents);
  assert.deepEqual(at(text, evs, 'الاعتداءات')?.actor, ['e2'], 'the nisba after the noun is its doer');
  const blame = evs.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(blame?.actor, ['e1']);
  assert.deepEqual(blame?.recipient, ['e2']);
  const gpe = 'أعلنت السعودية أنها ستقدم مساعدات إلى اليمن.';
  const aid = events(gpe, [{ id: 'e1', type: 'GPE', name: 'السعودية' }, { id: 'e2', type: 'GPE', name: 'اليمن' }]).find((e) => e.type === 'AID');
  assert.deepEqual(aid?.actor, ['e1']);
  assert.deepEqual(aid?.recipient, ['e2']);
});

test('a first-person verb leaves the name after it as object; an unnamed subject after أن keeps a following name as object', () => {
  const ents: EntitySpec[] = [{ id: 'e1', type: 'GPE', name: 'إيران' }, { id: 'e2', type: 'ORG', name: 'الحوثيين' }];
  const quote = 'ندين الهجوم الإرهابي ونطالب إيران بوقف تدخلها.';
  const req = events(quote, ents).find((e) => e.type === 'REQUEST');
  assert.deepEqual(req?.actor ?? [], []);
  assert.deepEqual(req?.recipient, ['e1']);
  const overt = 'أكد المتحدث أن قوات التحالف قصفت مواقع الحوثيين.';
  const hit = events(overt, ents).find((e) => e.type === 'ASSAULT');
  assert.deepEqual(hit?.actor ?? [], []);
  assert.deepEqual(hit?.recipient, ['e2']);
});

test('support verbs whose first root letter is و or ف (فرضت)، ألقى only with القبض، a received threat is not its receiver\'s act', () => {
  const text = 'أعلنت الحكومة الأميركية أمس أنها فرضت عقوبات على ثلاثة من زعماء الحزب.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الحكومة الأميركية' }]);
  assert.deepEqual(evs.find((e) => e.type === 'SANCTION')?.actor, ['e1']);
  const blame = 'وألقى المستشار الرئاسي ويلي نياميتوي مسؤولية أعمال العنف على المعارضة.';
  const b = events(blame, [{ id: 'e1', type: 'PER', name: 'ويلي نياميتوي' }]);
  assert.deepEqual(b.find((e) => e.type === 'ASSAULT')?.actor ?? [], []);
  const call = 'تلقى الملك سلمان اتصالا هاتفيا اليوم من الملك عبدالله الثاني.';
  const c = events(call, [{ id: 'e1', type: 'PER', name: 'الملك سلمان' }, { id: 'e2', type: 'PER', name: 'الملك عبدالله الثاني' }]);
  assert.deepEqual(c.find((e) => e.type === 'CONSULT')?.actor, ['e2']);
  assert.deepEqual(c.find((e) => e.type === 'CONSULT')?.recipient, ['e1']);
});

test('a place after any bare noun of a locative phrase (في بيت حنينا) is not a subject; the verb after بعد أن keeps the main subject', () => {
  const text = 'اعتقلت قوات الاحتلال الإسرائيلي، اليوم، شابا بعد أن داهمت منزله في بيت حنينا شمال القدس المحتلة.';
  const evs = events(text, [
    { id: 'e1', type: 'ORG', name: 'قوات الاحتلال الإسرائيلي' },
    { id: 'e2', type: 'LOC', name: 'حنينا' },
    { id: 'e3', type: 'GPE', name: 'القدس' },
  ]);
  const raid = at(text, evs, 'داهمت');
  assert.deepEqual(raid?.actor, ['e1']);
  assert.equal(raid?.location, 'e2');
});

test('not events: a prison after في, a province after في, demonstrators named among others, احتجاجا after a protest told', () => {
  const text = 'بدأ 120 أسيرا في سجن نفحة إضرابا عن الطعام، فيما انضم 26 أسيرا في سجن ريمون.';
  assert.ok(!events(text, []).some((e) => e.type === 'COERCE'));
  const arrest = 'وكانت الشرطة قد اعتقلت لين ومتظاهرين آخرين بعد أن اقتحموا مقر الوزير.';
  assert.ok(!events(arrest, [{ id: 'e1', type: 'PER', name: 'لين' }]).some((e) => e.type === 'PROTEST'));
  const demo = 'تظاهر آلاف العراقيين أمس في بغداد وست محافظات احتجاجا على الفساد.';
  assert.equal(events(demo, []).filter((e) => e.type === 'PROTEST').length, 1);
  const backed = 'تقدمت القوات المدعومة من التحالف نحو المدينة.';
  assert.equal(events(backed, [{ id: 'e1', type: 'ORG', name: 'التحالف' }]).find((e) => e.type === 'AID')?.actor[0], 'e1', 'backing by arms is AID');
});

test('a person before a title phrase is the subject of the verb after it; a noun with a possessive pronoun takes no genitive doer', () => {
  const text = 'تلقى الملك سلمان اتصالا من الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بالملك.';
  const evs = events(text, [
    { id: 'e1', type: 'PER', name: 'الملك سلمان' },
    { id: 'e2', type: 'PER', name: 'فرانسوا هولاند' },
    { id: 'e3', type: 'GPE', name: 'فرنسا', forms: ['الجمهورية الفرنسية'] },
  ]);
  assert.deepEqual(evs.find((e) => e.type === 'SUPPORT')?.actor, ['e2']);
  const visit = 'استكملت المباحثات التي أجراها الأمير محمد بن سلمان مع المسؤولين لدى زيارته العاصمة الروسية.';
  const v = events(visit, [{ id: 'e1', type: 'PER', name: 'محمد بن سلمان' }, { id: 'e2', type: 'GPE', name: 'روسيا', forms: ['adj:الروسية'] }]);
  assert.deepEqual(at(visit, v, 'زيارته')?.actor, ['e1']);
});

test('a dual relative clause (هجومين شنهما), the ل of the doer after an attack noun, members before a verb, and a passive coordinated with injury', () => {
  const pkk = 'قالت مصادر إن جنديين قتلا اليوم في هجومين شنهما مقاتلو حزب العمال الكردستاني.';
  const p = events(pkk, [{ id: 'e1', type: 'ORG', name: 'حزب العمال الكردستاني' }]);
  assert.deepEqual(at(pkk, p, 'هجومين')?.actor, ['e1']);
  assert.deepEqual(at(pkk, p, 'قتلا')?.actor, ['e1']);
  const shell = 'لقي 8 أشخاص مصرعهم بقصف لميليشيا الحوثي على دار سعد.';
  const s = events(shell, [{ id: 'e1', type: 'ORG', name: 'ميليشيا الحوثي' }]);
  assert.deepEqual(at(shell, s, 'بقصف')?.actor, ['e1']);
  assert.deepEqual(at(shell, s, 'مصرعهم')?.actor, ['e1']);
  const taliban = 'قال مسؤولون إن متشددين من حركة طالبان سيطروا على قاعدة للشرطة.';
  assert.deepEqual(events(taliban, [{ id: 'e1', type: 'ORG', name: 'حركة طالبان' }]).find((e) => e.type === 'COERCE')?.actor, ['e1']);
  const soldier = 'قال مسؤول إن جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش.';
  const k = events(soldier, [{ id: 'e1', type: 'GPE', name: 'تركيا' }, { id: 'e2', type: 'ORG', name: 'تنظيم داعش' }]);
  assert.deepEqual(at(soldier, k, 'قتل')?.actor ?? [], [], 'the killed soldier is not the killer');
});

test('beatings, handcuffing, prison sentences and an ouster are events; an actor is never its own recipient', () => {
  const text = 'إنقض عدد من أفراد الشرطة الإسرائيلية على أحد حراس المسجد وإنهالوا عليه ضربا.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الشرطة الإسرائيلية' }]);
  assert.deepEqual(evs.map((e) => e.type), ['ASSAULT', 'ASSAULT']);
  assert.ok(evs.every((e) => !e.recipient.some((id) => e.actor.includes(id))));
  assert.equal(events('حكمت المحكمة اليوم بالسجن المشدد على 300 شخص.', [])[0]?.type, 'COERCE');
  const oust = events('وأعلن الجيش عزل مرسي بعد احتجاجات حاشدة.', [{ id: 'e1', type: 'PER', name: 'مرسي' }]);
  assert.deepEqual(oust.map((e) => e.type), ['COERCE', 'PROTEST']);
  assert.deepEqual(oust[0]?.recipient, ['e1']);
});

test('a count right after a sentence-initial attack verb makes it passive (no reporter as actor); آية الله is a title', () => {
  const text = 'قتل 18 شخصا وأصيب العشرات في سقوط صاروخ على حي في حلب.';
  const evs = events(text, [{ id: 'e1', type: 'GPE', name: 'حلب' }]);
  assert.deepEqual(evs.find((e) => e.type === 'ASSAULT')?.actor ?? [], []);
  const call = 'دعا المرجع الشيعي الأعلى في العراق آية الله علي السيستاني العبادي إلى الإصلاح.';
  const c = events(call, [{ id: 'e1', type: 'GPE', name: 'العراق' }, { id: 'e2', type: 'PER', name: 'علي السيستاني' }, { id: 'e3', type: 'PER', name: 'العبادي' }]);
  assert.deepEqual(c.find((e) => e.type === 'REQUEST')?.actor, ['e2']);
});

test('a definite noun taking up the attack a verb told is not a second event', () => {
  const text = 'قتل 12 شخصا عندما هاجم انتحاريان حمام سباحة. وأسفر الهجوم الذي وقع في البلدة عن إصابة 45 شخصا.';
  const evs = events(text, []);
  assert.ok(!evs.some((e) => text.slice(e.trigger.start, e.trigger.end) === 'الهجوم'));
});

test('a masdar after a noun of will or attempt and its genitive is done by that genitive', () => {
  const text = 'اندلعت اشتباكات عقب محاولة الجيش السوري الحر الهجوم على مواقع حزب الله قرب الحدود.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الجيش السوري الحر' }, { id: 'e2', type: 'ORG', name: 'حزب الله' }]);
  assert.deepEqual(at(text, evs, 'الهجوم')?.actor, ['e1']);
  // Without the noun of will, a party before the masdar is not its doer.
  const plain = 'قالت مصادر في حزب الله الهجوم وقع فجرا.';
  const p = events(plain, [{ id: 'e2', type: 'ORG', name: 'حزب الله' }]);
  assert.deepEqual(at(plain, p, 'الهجوم')?.actor ?? [], []);
});

test('a masdar whose object comes with ل has its genitive as doer', () => {
  const text = 'نفت الوزارة خطف جبهة النصرة في سوريا لمقاتلين من المعارضة.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'جبهة النصرة' }, { id: 'e2', type: 'GPE', name: 'سوريا' }]);
  assert.deepEqual(at(text, evs, 'خطف')?.actor, ['e1']);
  // With no ل-object, the genitive of the abduction is the one abducted.
  const victim = 'أدانت الحكومة خطف الصحفي جون سميث في بغداد.';
  const v = events(victim, [{ id: 'e1', type: 'PER', name: 'جون سميث' }, { id: 'e2', type: 'GPE', name: 'بغداد' }]);
  assert.deepEqual(at(victim, v, 'خطف')?.actor ?? [], []);
});

test('an agent after a chain of coordinated nouns is the doer of each', () => {
  const text = 'تعرض الصحفيون لموجة من القمع والاعتقالات منذ أشهر على أيدي الحوثيين.';
  const evs = events(text, [{ id: 'e1', type: 'ORG', name: 'الحوثيين' }]);
  assert.deepEqual(at(text, evs, 'القمع')?.actor, ['e1']);
  assert.deepEqual(at(text, evs, 'والاعتقالات')?.actor, ['e1']);
});
