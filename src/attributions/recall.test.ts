import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText as cut } from './testing.js';

const views = attributionViews;
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('a free relative with its subject inside another speaker\'s frame is a report of its own (ما كشفه موقع … عن)', () => {
  const t = 'قالت الحكومة التي تسعى إلى التحقق من صحة ما كشفه موقع إخباري عن تجسس على وزرائها، إنها ستتخذ الإجراءات اللازمة.';
  assert.deepEqual(views(t), [
    { cue: 'قالت', source: 'الحكومة', stance: 'assert' },
    { cue: 'كشفه', source: 'موقع إخباري', stance: 'assert' },
  ]);
  const u = 'وأشارت التقارير إلى أن اللاعب يرغب في الاعتزال، وهو ما نفاه المقربون من اللاعب.';
  assert.deepEqual(views(u).map((v) => v.cue), ['وأشارت', 'نفاه']);
  assert.deepEqual(views(u)[1], { cue: 'نفاه', source: 'المقربون', stance: 'deny' });
});

test('a publishing verb with the pronoun of the statement that frames the report (في بيانات نشرها X، بحسب البيان الذي نقلته Y)', () => {
  const t = 'وفي بيانات نشرها مركز الإحصاء، ارتفع عدد السكان إلى عشرة ملايين.';
  assert.deepEqual(views(t), [{ cue: 'نشرها', source: 'مركز الإحصاء', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['ارتفع عدد السكان إلى عشرة ملايين']);
  const u = 'وقال في بيان أصدرته اللجنة الدولية اليوم إن المستشفيات تضررت بشدة.';
  assert.deepEqual(views(u).map((v) => `${v.cue}/${v.source}`).includes('أصدرته/اللجنة الدولية'), true);
  const v = 'وقتل عشرون شخصا في حصيلة جديدة أعلنتها مصادر أمنية وطبية.';
  assert.deepEqual(views(v), [{ cue: 'أعلنتها', source: 'مصادر أمنية وطبية', stance: 'assert' }]);
  // A statement talked about, not reported through, and a verb of moving things, are no reports.
  assert.deepEqual(views('البيانات التي نشرتها الوزارة على موقعها تخضع للتعديل.'), []);
  assert.deepEqual(views('كانت أولى العقوبات أوامر أصدرها الرئيس الأسبق ضد إيران.'), []);
  assert.deepEqual(views('قامت الفرق بنقل المصابين ثم نقلها للمستشفيات القريبة.'), []);
});

test('a statement with جاء فيه/فيها and a colon is the source of what follows; a document is a source (وجاء في الوثيقة: …)', () => {
  const t = 'أرسل المنتج بياناً صحفياً جاء فيه: إن العمل حقق نجاحا كبيرا.';
  assert.deepEqual(views(t), [{ cue: 'جاء فيه', source: 'بياناً صحفياً', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['إن العمل حقق نجاحا كبيرا']);
  const u = 'وجاء في الوثيقة الخاصة بالصندوق: «لو نفذ البرنامج لما احتجنا إلى المزيد».';
  assert.deepEqual(views(u), [{ cue: 'وجاء في', source: 'الوثيقة الخاصة بالصندوق', stance: 'assert' }]);
  // Without a colon, أن or a quotation after it, جاء فيه reports nothing.
  assert.deepEqual(views('عقدت الشركة اجتماعا جاء فيه تأكيد على أهمية العمل.'), []);
});
