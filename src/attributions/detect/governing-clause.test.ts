import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';
import type { Entity } from '../../core/types.js';

/** A participle with no report before it in its sentence: the subject of the clause it hangs on (governing-clause.ts). */
const sourceOf = (t: string, cue: string, entities: Entity[] = []): string[] =>
  attributionsOf(t, entities).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.source));

const people = (t: string, ...names: string[]): Entity[] =>
  entitiesBySurface(t, names.map((n, i) => ({ id: `p${i}`, type: 'PER', name: n, forms: [n] })));

test('سخرت الصحافة الإيطالية …، مشيرة: the press, whose verb and participle agree with it, not the speaker before', () => {
  const t = 'قالت الوزيرة سارة المهيري إن الفريق جاهز للبطولة. وسخرت الصحافة الإيطالية الصادرة اليوم من أداء المنتخب في المباراة، مشيرة إلى أن الدفاع كان ضعيفا.';
  assert.deepEqual(sourceOf(t, 'مشيرة', people(t, 'سارة المهيري')), ['الصحافة الإيطالية الصادرة']);
});

test('سخرت الصحافة …، مشيرا: a masculine participle is not the feminine verb\'s subject\'s', () => {
  const t = 'قال المدرب ماركو فيتي إن فريقه جاهز للبطولة. وسخرت الصحافة الإيطالية من أداء المنتخب في المباراة، مشيرا إلى أن الدفاع كان ضعيفا.';
  assert.ok(!sourceOf(t, 'مشيرا', people(t, 'ماركو فيتي')).some((s) => s.includes('الصحافة')));
});

test('حيث شارك عدد من المعلمين في الحملة مؤكدين: a quantity of people after a clause particle, with the people counted', () => {
  const t = 'أكد الوزير سالم الراشد أن الحملة ناجحة. وانطلقت الحملة أمس في المدارس حيث شارك عدد من المعلمين فيها مؤكدين أن التوعية واجب على الجميع.';
  assert.deepEqual(sourceOf(t, 'مؤكدين', people(t, 'سالم الراشد')), ['عدد من المعلمين']);
});

test('من جانبه عبر المدير … عن شكره، مؤكدا: عبر with its frame word is the verb, its subject the speaker', () => {
  const t = 'أكد الرئيس ماجد العنزي أن المشروع اكتمل. من جانبه عبر المدير العام للهيئة فهد الناصر عن شكره للعاملين، مؤكدا أن العمل مستمر.';
  assert.deepEqual(sourceOf(t, 'مؤكدا', people(t, 'ماجد العنزي', 'فهد الناصر')), ['فهد الناصر']);
});

test('…، عبر وسائل الإعلام، مؤكدا: عبر "via" with no frame word opens no clause, and the media are not the speaker', () => {
  const t = 'اشتكى رئيس النادي سعد المالك من كثرة الحديث عن صفقة اللاعب، ولا سيما أنها بلغت أرقاما كبيرة، عبر وسائل الإعلام، مؤكدا أن القصة أصبحت مملة.';
  assert.ok(!sourceOf(t, 'مؤكدا', people(t, 'سعد المالك')).some((s) => s.includes('وسائل')));
});

test('بعد أن أبعده المدرب …، مطالبا: the nearer clause of time, whose subject agrees, when the main one\'s does not', () => {
  const t = 'قال اللاعب سامي العلي إنه حزين. وعرضت إدارة النادي عقده للبيع، بعد أن أبعده المدرب كارلوس ريفا من القائمة، مطالبا بلاعب بديل.';
  assert.deepEqual(sourceOf(t, 'مطالبا', people(t, 'سامي العلي', 'كارلوس ريفا')), ['كارلوس ريفا']);
});

test('…، تصريحات المالكي، مؤكدا: a bare noun after a comma opens no clause; the man named with the first verb speaks', () => {
  const t = 'من جانبه رفض السفير نبيل حمدي، مساعد الوزير السابق، تصريحات كريم العتيبي، السلبية التي وجهها للمملكة، مؤكدا أنها غير مقبولة.';
  assert.deepEqual(sourceOf(t, 'مؤكدا', people(t, 'نبيل حمدي', 'كريم العتيبي')), ['نبيل حمدي']);
});

test('… وأنه سارع إلى الاتصال …، معلنا: a nearer clause with a pronoun for subject stops the search', () => {
  const t = 'وانشغلت الصحافة المحلية بزيارة الوزيرة وأنها سارعت إلى لقاء الأسر، معلنة دعمها لها.';
  assert.ok(!sourceOf(t, 'معلنة').some((s) => s.includes('الصحافة')));
});

test('تقدمت الباحثة الاجتماعية في الشؤون الأسرية نورة السالم …، مبينة: the description goes on to the name', () => {
  const t = 'وقالت المشرفة هند العلي إن المبادرة نجحت. كما تقدمت الباحثة الاجتماعية في الشؤون الأسرية نورة السالم بالشكر للمستشفى، مبينة أن المبادرة مستمرة.';
  assert.deepEqual(sourceOf(t, 'مبينة', people(t, 'هند العلي', 'نورة السالم')), ['نورة السالم']);
});

test('وشكر أمين المدينة رئيس المجلس البلدي المهندس X، أمير المنطقة …، مشيرا: the chain of titles goes on to the name a comma closes', () => {
  const t = 'أقيم الحفل أمس. وشكر أمين المدينة رئيس المجلس البلدي المهندس سامر بن علي، أمير المنطقة على دعمه للمشاريع، مشيرا إلى أن المشروع اكتمل.';
  assert.deepEqual(sourceOf(t, 'مشيرا', people(t, 'سامر بن علي')), ['سامر بن علي']);
});

test('وشكر الوزير رئيس الجمعية X على جهوده، مشيرا: a title and a name with no comma after them are the object', () => {
  const t = 'أقيم الحفل أمس. وشكر الوزير رئيس الجمعية سامر بن علي على جهوده في المشروع، مشيرا إلى أن المشروع اكتمل.';
  assert.ok(!sourceOf(t, 'مشيرا', people(t, 'سامر بن علي')).includes('سامر بن علي'));
});
