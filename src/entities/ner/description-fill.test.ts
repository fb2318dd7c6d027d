import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer } from './gazetteer.js';
import { descriptionFill } from './description-fill.js';
import { bioSpans } from './metrics.js';
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const gaz = buildGazetteer({ nisba: ['المصرية', 'التركي'], title: ['رئيس', 'الملك', 'وزير'] });

/** The ORG spans the fill adds to an untagged sentence, as text. */
function orgs(sentence: string, tags?: Label[]): string[] {
  const words = sentence.split(' ');
  const out = descriptionFill(words.map((w) => normaliseString(w)), tags ?? words.map(() => 'O' as Label), gaz);
  return bioSpans(out).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

test('an institution head with its definite complement is an organisation', () => {
  assert.deepEqual(orgs('وقالت وزارة الداخلية في بيان أمس'), ['ORG:وزارة الداخلية']);
  assert.deepEqual(orgs('وعقد مجلس الوزراء جلسته أمس'), ['ORG:مجلس الوزراء']);
  // with a preposition or a conjunction glued to the head
  assert.deepEqual(orgs('أفاد مصدر مسؤول لوزارة الصحة بمقتل 50'), ['ORG:لوزارة الصحة']);
  // coordinated nouns and relational adjectives continue the name
  assert.deepEqual(orgs('بين وزارة الموارد المائية والري وكلية الهندسة'), ['ORG:وزارة الموارد المائية والري']);
});

test('an institution head may take a construct noun before its definite complement', () => {
  assert.deepEqual(orgs('أعلنت نقابة سائقي المترو في لندن الإضراب'), ['ORG:نقابة سائقي المترو']);
  assert.deepEqual(orgs('وأصدرت هيئة كبار العلماء بيانا'), ['ORG:هيئة كبار العلماء']);
  // not a particle or a common adjective, not forces, not a head that is as often a verbal noun
  assert.deepEqual(orgs('في وزارة جديدة الآن'), []);
  assert.deepEqual(orgs('نجح في إدارة ملف الأزمة'), []);
  assert.deepEqual(orgs('انتشرت قوات حفظ السلام'), []);
});

test('a nationality closes the name; what follows is no part of it', () => {
  assert.deepEqual(orgs('ألقت قوات الأمن المصرية القبض على 23 شخصا'), ['ORG:قوات الأمن المصرية']);
  assert.deepEqual(orgs('أعلنت وزارة الداخلية المصرية القبض على خلية'), ['ORG:وزارة الداخلية المصرية']);
});

test('generic forces are no party; named ones are', () => {
  assert.deepEqual(orgs('وفرقت قوات الأمن المتظاهرين'), []);
  assert.deepEqual(orgs('ضد المليشيات الحوثية في عدن'), ['ORG:المليشيات الحوثية']);
  assert.deepEqual(orgs('تمكن الجيش الوطني من السيطرة'), ['ORG:الجيش الوطني']);
  assert.deepEqual(orgs('رد الجيش التركي بإطلاق النار'), ['ORG:الجيش التركي']);
  assert.deepEqual(orgs('نفذتها قوات التحالف في محافظة عدن'), ['ORG:قوات التحالف']);
  // a definite head with an ordinary adjective stays a common noun
  assert.deepEqual(orgs('انسحب الجيش الكبير من المدينة'), []);
});

test('no name without a definite complement, nor inside a title or after a time word', () => {
  assert.deepEqual(orgs('وزارة جديدة للتخطيط'), []);
  assert.deepEqual(orgs('وقال رئيس مجلس الوزراء خالد بحاح'), []);
  assert.deepEqual(orgs('زار جامعة الملك سعود'), []);
  assert.deepEqual(orgs('وعقدت اللجنة اجتماعها في مجلس اليوم'), []);
  // affiliated, loyal, backed: another party follows
  assert.deepEqual(orgs('هاجمت ميليشيا المتمردين التابعين للحوثي'), []);
});

test('tokens the tagger already tagged are left as they are', () => {
  const tags: Label[] = ['O', 'B-ORG', 'I-ORG', 'O'];
  assert.deepEqual(orgs('وقالت وزارة الداخلية أمس', tags), ['ORG:وزارة الداخلية']);
  assert.deepEqual(orgs('وقالت وزارة الداخلية أمس', ['O', 'O', 'B-LOC', 'O']), ['LOC:الداخلية']);
});
