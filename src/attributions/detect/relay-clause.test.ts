import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** A publisher in a relative clause on an indefinite published text is a source (relay-clause.ts). */
const views = (t: string, orgs: string[] = []): { cue: string; source: string; content: string }[] => {
  const ents = entitiesBySurface(t, orgs.map((o, k) => ({ id: `e${k}`, type: 'ORG' as const, name: o, forms: [o] })));
  return attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));
};

test('كشفت وثائق نشرها موقع X أن …: the publisher inside the subject is cited, with the documents\' content', () => {
  const t = 'كشفت وثائق نشرها موقع الشفافية أمس أن الشركة دفعت رشاوى لمسؤولين في ثلاث دول.';
  const pub = views(t).find((a) => a.cue === 'نشرها');
  assert.match(pub?.source ?? '', /موقع الشفافية/);
  assert.match(pub?.content ?? '', /الشركة دفعت رشاوى/);
});

test('ويشمل تقرير أصدرته المنظمة …: the publisher of a report under a verb that is no cue', () => {
  const t = 'ويشمل تقرير أصدرته المنظمة شهادات لعشرات النازحين عن ظروف المخيمات.';
  const pub = views(t).find((a) => a.cue === 'أصدرته');
  assert.equal(pub?.source, 'المنظمة');
  assert.match(pub?.content ?? '', /شهادات لعشرات النازحين/);
});

test('بيان X، نقلته وكالة Y، …: the relaying agency after a comma', () => {
  const t = 'ويتضمن البرنامج وفقا لبيان وزارة الزراعة، نقلته وكالة الأنباء المحلية، زيارة للمزارع في الجنوب.';
  const pub = views(t, ['وكالة الأنباء المحلية']).find((a) => a.cue === 'نقلته');
  assert.match(pub?.source ?? '', /وكالة الأنباء المحلية/);
  assert.match(pub?.content ?? '', /زيارة للمزارع/);
});

test('pictures that media circulated carry no statement of theirs', () => {
  const t = 'وفي صور تناقلتها وسائل الإعلام يظهر اللاعب وهو يغادر الملعب غاضبا.';
  assert.equal(views(t).find((a) => a.cue === 'تناقلتها'), undefined);
});

test('الدراسة التي نشرتها مجلة X … وأشارت إلى أن …: a definite text that speaks is cited through its publisher too', () => {
  const t = 'وراجعت الدراسة التي نشرتها مجلة العلوم الطبية نتائج عشرين بحثا سابقا. وأشارت إلى أن النوم ثماني ساعات ضروري.';
  const pub = views(t, ['مجلة العلوم الطبية']).find((a) => a.cue === 'نشرتها');
  assert.equal(pub?.source, 'مجلة العلوم الطبية');
  // The report that names the study is in the next sentence: the clause here is the content.
  assert.match(pub?.content ?? '', /^نتائج عشرين بحثا/);
});

test('a definite text that speaks nowhere here keeps its publisher a detail of the narration', () => {
  const t = 'وتخضع البيانات التي نشرتها الإدارة للمراجعة الدورية.';
  assert.equal(views(t, ['الإدارة']).find((a) => a.cue === 'نشرتها'), undefined);
});

test('وبحسب التفاصيل التي ذكرتها صحيفة X: the relay phrase cites the text already, no second cue on the clause', () => {
  const t = 'وبحسب التفاصيل التي ذكرتها صحيفة الخليج فإن المتهمين اعترفا بالسرقة.';
  assert.equal(views(t, ['صحيفة الخليج']).filter((a) => a.cue === 'ذكرتها').length, 0);
});
