import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((v) => v.cue);

test('urging and demanding with the addressee as an object pronoun report', () => {
  const t = 'وتفقد قائد الكتيبة العميد سالم الحربي الموقع أمس، وحثهم على مضاعفة الجهد في الأيام المقبلة.';
  const a = attributionViews(t).find((v) => v.cue === 'وحثهم');
  assert.equal(a?.source, 'قائد الكتيبة العميد سالم الحربي');
  assert.ok(cues('وزار المدرب ناصر العتيبي اللاعبين في المعسكر، وطالبهم بالالتزام بمواعيد التدريب.').includes('وطالبهم'));
  assert.ok(cues('وحضرت المديرة الاجتماع، وطالبتهم بتسليم التقارير قبل نهاية الأسبوع.').includes('وطالبتهم'));
});

test('the verbal noun urging after a noun conjunct is no report', () => {
  assert.deepEqual(cues('وتسعى الحملة إلى جمع المتطوعين وحثهم على المشاركة في تنظيف الشواطئ.'), []);
  assert.deepEqual(cues('وتضمن البرنامج تكريم الطلاب المتفوقين وتشجيعهم وحثهم على مواصلة التفوق.'), []);
  assert.deepEqual(cues('وناقش المجلس توعية السكان ومخاطبة شركة المياه لإيصال الخدمة للحي الجديد، وحثها على الإسراع في التنفيذ.'), []);
  assert.deepEqual(cues('ويهدف المشروع إلى توفير منح للباحثين في مجال الإصلاح وحثهم على النشر.'), []);
  assert.deepEqual(cues('وتحدث عن دور المعلم إلى جانب حثهم على القراءة.'), []);
});

test('a reporting verb before the comma leaves urging a verb', () => {
  const t = 'ودعا المتحدث السكان إلى الابتعاد عن مجاري السيول، وحثهم على متابعة النشرات الجوية.';
  assert.ok(cues(t).includes('وحثهم'));
});
