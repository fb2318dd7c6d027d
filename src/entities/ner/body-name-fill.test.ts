import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer } from './gazetteer.js';
import { bodyNameFill } from './body-name-fill.js';
import { bioSpans } from './metrics.js';
import type { Label } from './labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const gaz = buildGazetteer({
  orghead: ['النقابة', 'بلدية', 'المحكمة', 'اللجنة', 'الهيئة', 'المؤسسة', 'المديرية', 'التيار', 'الشركة', 'الحكومة', 'الوزارات', 'مديرية', 'الجهاز', 'المنظمة', 'الإدارة', 'الأمانة', 'الاتحاد'],
  title: ['رئيس', 'الأمير', 'مدير'],
});

/** The spans after the fill, as TYPE:text; `tags` default to all O. */
function spans(sentence: string, tags?: Label[]): string[] {
  const words = sentence.split(' ');
  const out = bodyNameFill(words, words.map((w) => normaliseString(w)), tags ?? words.map(() => 'O' as Label), gaz);
  return bioSpans(out).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

test('a definite head, its adjectives and a complement of purpose name a body', () => {
  assert.deepEqual(spans('وأعلنت اللجنة العليا للإغاثة عن إرسال مساعدات'), ['ORG:اللجنة العليا للإغاثة']);
  assert.deepEqual(spans('وقالت الهيئة العامة للغذاء والدواء في بيان'), ['ORG:الهيئة العامة للغذاء والدواء']);
  assert.deepEqual(spans('وقالت المؤسسة العامة لتحلية المياه إنها'), ['ORG:المؤسسة العامة لتحلية المياه']);
  // an indefinite word after و opens the next clause or another body
  assert.deepEqual(spans('عن طريق النقابة العامة للسيارات ويستمر القبول فيها'), ['ORG:النقابة العامة للسيارات']);
  assert.deepEqual(spans('وقالت المديرية العامة للجوازات إن الخدمة متاحة'), ['ORG:المديرية العامة للجوازات']);
  // with a preposition glued to the head
  assert.deepEqual(spans('في بيان للجنة العليا للإغاثة أمس'), ['ORG:للجنة العليا للإغاثة']);
});

test('a definite head and two adjectives name a body', () => {
  assert.deepEqual(spans('وقضت المحكمة الجزائية المتخصصة في الرياض'), ['ORG:المحكمة الجزائية المتخصصة']);
  assert.deepEqual(spans('وقال التيار المدني المستقل إنه سيقاطع'), ['ORG:التيار المدني المستقل']);
});

test('a head alone or with one adjective stays a description', () => {
  assert.deepEqual(spans('وأصدرت المحكمة حكمها أمس'), []);
  assert.deepEqual(spans('وقالت اللجنة في بيان'), []);
  assert.deepEqual(spans('وقالت الشركة الكورية إن'), []);
  assert.deepEqual(spans('وقالت المحكمة الجزائية إن'), []);
  // a company needs a complement; a pair of adjectives describes it
  assert.deepEqual(spans('وقالت الشركة الكورية الجنوبية إن'), []);
  // no complement of purpose in a time phrase
  assert.deepEqual(spans('واجتمعت اللجنة العليا للمرة الثانية'), []);
  // the state's organs and plurals are no single named body
  assert.deepEqual(spans('وقالت الحكومة اليمنية للمطالبة بالإفراج'), []);
  assert.deepEqual(spans('وطالبت الوزارات الخدمية المعنية بالتحرك'), []);
});

test('a body inside a title is left to the tagger', () => {
  assert.deepEqual(spans('وقال رئيس اللجنة العليا للإغاثة إن'), []);
});

test('an indefinite head, a construct noun and a place name a body', () => {
  const words = 'وألقت مديرية أمن الجيزة القبض على المتهمين';
  assert.deepEqual(spans(words, ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'O']), ['ORG:مديرية أمن الجيزة']);
  // without a place, nothing
  assert.deepEqual(spans(words), []);
  // a preposition and a place after the head: no construct
  assert.deepEqual(spans('وقامت بلدية بمدينة أبها بحملة', ['O', 'O', 'O', 'B-LOC', 'O']), ['LOC:أبها']);
});

test('a quoted name after a head word is a body even when it holds a place name', () => {
  const words = 'وتبنى تنظيم " أجناد مصر " الهجوم';
  assert.deepEqual(spans(words, ['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O']), ['ORG:أجناد مصر']);
  // a quotation after another word keeps its place
  assert.deepEqual(spans('وقال " أجناد مصر " الهجوم', ['O', 'O', 'O', 'B-LOC', 'O', 'O']), ['LOC:مصر']);
});

test('tokens already tagged are left as they are', () => {
  assert.deepEqual(spans('وأعلنت اللجنة العليا للإغاثة عن', ['O', 'B-ORG', 'I-ORG', 'O', 'O']), ['ORG:اللجنة العليا']);
});

test('descriptions of staff, current and enemies are no names', () => {
  assert.deepEqual(spans('حرصا على تولي الجهاز الفني للفريق المهمة'), []);
  assert.deepEqual(spans('انقطاع التيار الكهربائي لمشاريع البلدية'), []);
  assert.deepEqual(spans('هجوم شنته المنظمة الانفصالية الإرهابية أمس'), []);
  // a coordinated plural of persons is no part of the name
  assert.deepEqual(spans('وطالب الإدارة العامة للمراجعة الداخلية وموظفي الإدارة العامة'), ['ORG:الإدارة العامة للمراجعة الداخلية']);
  assert.deepEqual(spans('وأوضح مدير عام الإدارة العامة للتدريب أن'), []);
  assert.deepEqual(spans('وأعلنت الشركة الراعية للمباراة أن'), []);
  assert.deepEqual(spans('عبر موقع المديرية العامة للجوازات الإلكتروني'), ['ORG:المديرية العامة للجوازات']);
});

test('a complement that is a body of its own or persons is no part of a name', () => {
  // the secretariat of the union named before: a description
  assert.deepEqual(spans('وذكر بيان للأمانة العامة للاتحاد أن'), []);
  assert.deepEqual(spans('ودعت المديرية العامة للجوازات اليمنيين إلى'), ['ORG:المديرية العامة للجوازات']);
});
