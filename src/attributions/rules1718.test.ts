import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText as cut } from './testing.js';

const views = attributionViews;
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('a short verbal noun, bare or with its possessive pronoun, is what was announced (توقعت X كسر، أكد X دعمه، كشفت X عزمها)', () => {
  const t = 'وتوقعت أمانة الطائف كسر حاجز المليوني زائر خلال الأسبوعين المقبلين.';
  const te = entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'أمانة الطائف', forms: ['أمانة الطائف'] }]);
  assert.deepEqual(views(t, te), [{ cue: 'وتوقعت', source: 'أمانة الطائف', stance: 'assert' }]);
  assert.deepEqual(contents(t, te), ['كسر حاجز المليوني زائر خلال الأسبوعين المقبلين']);
  const u = 'أكد المحافظ دعمه لكل ما يخدم المرضى في المستشفى.';
  assert.deepEqual(views(u), [{ cue: 'أكد', source: 'المحافظ', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['دعمه لكل ما يخدم المرضى في المستشفى']);
  const v = 'وأعلن رئيس الاتحاد نيته الترشح لولاية ثانية.';
  assert.deepEqual(views(v), [{ cue: 'وأعلن', source: 'رئيس الاتحاد', stance: 'assert' }]);
  // A quoted name ends the subject as a definite word does.
  const w = 'حيث كشفت شركة «أدنوك للتوزيع» عزمها إنشاء 48 محطة جديدة.';
  assert.deepEqual(views(w), [{ cue: 'كشفت', source: 'أدنوك للتوزيع', stance: 'assert' }]);
  assert.deepEqual(contents(w), ['عزمها إنشاء 48 محطة جديدة']);
});

test('existence is what a denial denies (نفى X وجود …), but what is noticed or found is no report', () => {
  const t = 'نفى مجلس المحافظة وجود شرطة وهميين في المعسكر.';
  assert.deepEqual(views(t), [{ cue: 'نفى', source: 'مجلس المحافظة', stance: 'deny' }]);
  assert.deepEqual(contents(t), ['وجود شرطة وهميين في المعسكر']);
  const u = 'نفى المجلس أمس وجود شرطة وهميين في المعسكر.';
  assert.deepEqual(views(u), [{ cue: 'نفى', source: 'المجلس', stance: 'deny' }]);
  assert.deepEqual(views('لاحظ مراقبو البلدية وجود العامل خارج المبنى.'), []);
  assert.deepEqual(views('أعلن النادي دعم الفريق بلاعبين جدد.').length, 1);
  // A support that is given, not announced, stays unattributed.
  assert.deepEqual(views('قدم النادي دعمه للفريق في المباراة.'), []);
});

test('after a comma closing the subject, the one accused or urged stands before the verb\'s complement (اتهم X، Y بـ…؛ دعا X، Y بضرورة …)', () => {
  const t = 'اتهم الخطاط ناصر الميمون، القائمين على الجمعية بالتقصير في أداء مهامهم.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'ناصر الميمون', forms: ['ناصر الميمون'] }]);
  assert.deepEqual(views(t, te), [{ cue: 'اتهم', source: 'ناصر الميمون', stance: 'assert' }]);
  assert.deepEqual(contents(t, te), ['بالتقصير في أداء مهامهم']);
  const u = 'ودعا النقيب، جميع المتنزهين بضرورة اتباع تعليمات السلامة.';
  assert.deepEqual(views(u), [{ cue: 'ودعا', source: 'النقيب', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['بضرورة اتباع تعليمات السلامة']);
  const v = 'وحث الوزير، المواطنين على التبرع بالدم.';
  assert.deepEqual(views(v), [{ cue: 'وحث', source: 'الوزير', stance: 'assert' }]);
  // With no complement of the verb after the comma there is nothing urged.
  assert.deepEqual(views('ودعا الوزير، وأعضاء الوفد المرافق له.'), []);
});

test('a singular noun ending in ون (التلفزيون) is no sound plural: the adjective after it stays in the subject', () => {
  const t = 'وقال التلفزيون السوري إن الإنتاج تراجع.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'التلفزيون السوري', stance: 'assert' }]);
  // A true plural still takes its object after it (وحث المعلمون الوزارة على …).
  const u = 'وحث المعلمون الوزارة على صرف المستحقات.';
  assert.deepEqual(views(u).map((a) => a.source), ['المعلمون']);
});

test('a relay from a pronoun (نقل X عنه قوله إن) gives the last speaker\'s words via the relaying outlet', () => {
  const t = 'وقال الوزير إن الإنتاج تراجع. ونقل التلفزيون الرسمي عنه قوله إن الصادرات ستزيد.';
  const got = attributionsOf(t);
  assert.deepEqual(views(t), [
    { cue: 'وقال', source: 'الوزير', stance: 'assert' },
    { cue: 'ونقل', source: 'التلفزيون الرسمي', stance: 'assert' },
    { cue: 'قوله', source: 'الوزير', stance: 'assert' },
  ]);
  assert.ok(got[2]?.via !== undefined);
  // No speaker before: no one to relay from.
  assert.deepEqual(views('ونقل التلفزيون الرسمي عنه قوله إن الصادرات ستزيد.').map((a) => a.cue), ['ونقل']);
});

test('after a comma, a participle opening a frame phrase reaches its content further on (، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن …)', () => {
  const t = 'وأوضح المدير أن العقد جاهز، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن اللاعب وافق على الشروط.';
  assert.deepEqual(views(t), [
    { cue: 'وأوضح', source: 'المدير', stance: 'assert' },
    { cue: 'مؤكدا', source: 'المدير', stance: 'assert' },
  ]);
  assert.deepEqual(contents(t)[1], 'اللاعب وافق على الشروط');
  // An adjective (إصابة مؤكدة) with no comma before it reaches no far clause.
  const u = 'سجلت الوزارة إصابة مؤكدة في الفحص الطبي الذي أجري في المستشفى أمس بعد أن ظهرت الأعراض.';
  assert.deepEqual(views(u), []);
});

test('على before لسان or هامش is the preposition even after a title (وأوضحت المديرية على لسان متحدثها أن …)', () => {
  const t = 'وأوضحت المديرية على لسان متحدثها الإعلامي أن الوفاة طبيعية.';
  assert.deepEqual(views(t), [
    { cue: 'وأوضحت', source: 'المديرية', stance: 'assert' },
    { cue: 'على لسان', source: 'متحدثها الإعلامي', stance: 'assert' },
  ]);
  const u = 'وقال الوزير على هامش المؤتمر إن الخطة جاهزة.';
  assert.deepEqual(views(u), [{ cue: 'وقال', source: 'الوزير', stance: 'assert' }]);
  // The name علي after a title stays part of the speaker.
  const v = 'وقال الوزير علي الحسن إن الخطة جاهزة.';
  assert.deepEqual(views(v), [{ cue: 'وقال', source: 'الوزير علي الحسن', stance: 'assert' }]);
});

test('nobody (لا أحد ينكر أن …) is no speaker, and a participle form after a number is a counted noun (138 طالبا)', () => {
  assert.deepEqual(views('لا أحد ينكر أن المنطقة تعاني انقسامات كثيرة.'), []);
  assert.deepEqual(views('ولا أحد يتهم الآخر بتبني أي فكر.'), []);
  assert.deepEqual(views('وكرم الأمير 40 طالباً بجوائز مالية.'), []);
  assert.deepEqual(views('وفي عام 2014 دعا الوزير إلى الحوار.').map((a) => a.cue), ['دعا']);
  // A speaker named after the negation still speaks (لا ينكر الوزير أن …), and a participle after a comma still reports.
  assert.deepEqual(views('وقال الوزير إن المشروع جاهز، مؤكدا أن العمل مستمر.').map((a) => a.cue), ['وقال', 'مؤكدا']);
});
