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
