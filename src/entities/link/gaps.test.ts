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
