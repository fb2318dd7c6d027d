import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// --- الاحتلال: Israel ----------------------------------------------------------

test('الاحتلال alone is a description of Israel, also when Israel is not named', () => {
  const text = 'وهدمت جرافات الاحتلال منزلا في القرية، وقال أهالي القرية إن الاحتلال يواصل التضييق عليهم.';
  const es = analyse(text);
  const il = find(es, 'gpe:IL');
  assert.deepEqual(surfaces(text, il), ['الاحتلال', 'الاحتلال']);
  assert.ok(il?.mentions.every((m) => m.kind === 'description'));
});

test('الاحتلال with the nisba of Israel and with a proclitic joins Israel', () => {
  const text = 'وندد البيان بالاحتلال الإسرائيلي وممارساته في كل مكان.';
  const il = find(analyse(text), 'gpe:IL');
  assert.deepEqual(surfaces(text, il), ['الاحتلال', 'الإسرائيلي']);
});

test('the occupation by another state is not Israel, nor is الاحتلال elsewhere in that document', () => {
  const text = 'وخلال سنوات الاحتلال الأمريكي للعراق قتل الآلاف، وانتهى الاحتلال عام 2011.';
  assert.equal(find(analyse(text), 'gpe:IL'), undefined);
  assert.equal(find(analyse('وتحدث الكاتب عن حقبة الاحتلال العثماني للبلاد.'), 'gpe:IL'), undefined);
});

// --- بري: an adjective, not Nabih Berri -------------------------------------------

test('بري after a noun it qualifies is no person (إنزال بري، هجوم بري)', () => {
  const text = 'ونفى المتحدث أي عملية إنزال بري في المدينة، وقال إن هجوم بري لم يبدأ بعد.';
  const es = analyse(text, [['بري', 'PER'], ['بري', 'PER', 1]]);
  assert.equal(es.filter((e) => e.type === 'PER').length, 0);
});

test('بري with a first name or a title is the person, and alone after him too, but not in هجوم بري', () => {
  const text = 'وقال رئيس مجلس النواب اللبناني نبيه بري إن الحوار مستمر، ورفض بري أي هجوم بري على الجنوب.';
  const es = analyse(text, [['نبيه بري', 'PER'], ['بري', 'PER', 1], ['بري', 'PER', 2]]);
  assert.deepEqual(surfaces(text, find(es, 'per:nabih-berri')), ['نبيه بري', 'بري']);
  const titled = 'وقال رئيس مجلس النواب بري إن الجلسة مؤجلة.';
  assert.equal(analyse(titled, [['بري', 'PER']]).filter((e) => e.type === 'PER').length, 1);
});

test('a lone بري in a document that names no such person is no person', () => {
  const text = 'وأكد المصدر أن بري سيكون جاهزا قريبا.';
  assert.equal(analyse(text, [['بري', 'PER']]).filter((e) => e.type === 'PER').length, 0);
});

// --- named bodies with a generic head -----------------------------------------------

test('a part of an organisation before ل + its name is a mention of it', () => {
  const text = 'ورحبت الأمانة العامة لمنظمة التعاون الإسلامي بالقرار، فيما تبنى الفرع الليبي لتنظيم داعش الهجوم.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:oic')), ['الأمانة العامة لمنظمة التعاون الإسلامي']);
  assert.deepEqual(surfaces(text, find(es, 'org:isis')), ['الفرع الليبي لتنظيم داعش']);
  // the nisba of the branch still names its state
  assert.deepEqual(surfaces(text, find(es, 'gpe:LY')), ['الليبي']);
});

test('the forces of a state named with ب are a description of the state', () => {
  const text = 'وأعلنت قوات الجيش والشرطة بتونس حالة الاستنفار، وانتشرت القوات في العاصمة.';
  const tn = find(analyse(text), 'gpe:TN');
  assert.deepEqual(surfaces(text, tn), ['قوات الجيش والشرطة بتونس']);
  assert.equal(tn?.mentions[0]?.kind, 'description');
  // a state after في is where the forces are, not whose
  const there = 'وانتشرت قوات الجيش في تونس.';
  assert.deepEqual(surfaces(there, find(analyse(there), 'gpe:TN')), ['تونس']);
});

test('المجلس points back to the one council named in reach', () => {
  const text = 'وأعلن مجلس الحكماء والشورى في ليبيا تأييده للاتفاق، كما رحب المجلس بتشكيل الحكومة.';
  assert.deepEqual(surfaces(text, find(analyse(text), 'org:ly-elders-shura-council')), ['مجلس الحكماء والشورى', 'المجلس']);
});

test('المحكمة after a court named by a nisba is that state; with two such states it is nothing', () => {
  const text = 'وحكمت محكمة مصرية بالسجن على ثلاثة متهمين، وقالت المحكمة إن الأدلة كافية.';
  assert.deepEqual(surfaces(text, find(analyse(text), 'gpe:EG')), ['مصرية', 'المحكمة']);
  const two = 'وحكمت محكمة مصرية ومحكمة ليبية بالسجن على متهمين، وقالت المحكمة إن الأدلة كافية.';
  const es = analyse(two);
  assert.ok(!es.some((e) => e.mentions.some((m) => m.kind === 'description')));
});
