import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => t.slice(s.start ?? 0, s.end ?? 0);
const views = (t: string) => attributionsOf(t).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const one = (t: string, cue: string, source: string, stance = 'assert') => assert.deepEqual(views(t), [{ cue, source, stance }], t);

test('a verb of urging takes a plural noun as its subject when nobody before it could be urging', () => {
  one('ويدعو الخبراء إلى ترشيد استهلاك المياه في الصيف.', 'ويدعو', 'الخبراء');
  // A sound plural in the nominative is a subject, whoever spoke before.
  one('ويطالب المزارعون بتعويضهم عن الخسائر.', 'ويطالب', 'المزارعون');
  assert.deepEqual(views('قال الوزير إن الموسم جيد. ويطالب المزارعون بتعويضهم عن الخسائر.')[1],
    { cue: 'ويطالب', source: 'المزارعون', stance: 'assert' });
  // … and the definite noun after it is the one urged.
  one('وحث المعلمون الوزارة على زيادة الرواتب.', 'وحث', 'المعلمون');
});

test('after a speaker, the plural noun after a verb of urging is still the one urged', () => {
  const t = 'وقال الوزير إن المياه شحيحة. ودعا الخبراء إلى دراسة الحلول.';
  assert.deepEqual(views(t)[1], { cue: 'ودعا', source: 'الوزير', stance: 'assert' });
  // An accusative plural is never the subject, even with no speaker before.
  assert.deepEqual(views('ودعا المشاركين إلى الالتزام بالموعد.').map((v) => v.source), []);
});

test('علمت X من Y أن: the outlet learned it, and the sources it learned it from are relayed through it', () => {
  for (const t of ['وعلمت «الوطن» من مصادر مطلعة أن الاجتماع تأجل.', 'علمت الصحيفة من مصادر مطلعة أن الاجتماع تأجل.']) {
    const as = attributionsOf(t);
    assert.equal(as.length, 2, t);
    const [outer, inner] = as as [typeof as[0], typeof as[0]];
    assert.equal(outer.source.kind, 'outlet');
    assert.equal(cut(t, inner.cue), 'من');
    assert.equal(cut(t, inner.source), 'مصادر مطلعة');
    assert.equal(inner.source.kind, 'anonymous');
    assert.equal(inner.via, outer.id);
    assert.equal(cut(t, inner.content), 'الاجتماع تأجل');
  }
});

test('نقلت X عن Y القول إن: the verbal noun is the cue of the relayed words, and not part of the source', () => {
  const t = 'ونقلت الوكالة عن وزير الدفاع القول إن القوات جاهزة.';
  assert.deepEqual(views(t), [
    { cue: 'ونقلت', source: 'الوكالة', stance: 'assert' },
    { cue: 'القول', source: 'وزير الدفاع', stance: 'assert' },
  ]);
});

test('a source withholding its name between commas: a none attribution, and the frame runs on past it', () => {
  const t = 'وأفاد مصدر أمني، لم يكشف عن اسمه، بأن المسلحين انسحبوا من البلدة.';
  assert.deepEqual(views(t), [
    { cue: 'وأفاد', source: 'مصدر أمني', stance: 'assert' },
    { cue: 'لم يكشف', source: 'مصدر أمني', stance: 'none' },
  ]);
  assert.equal(cut(t, attributionsOf(t)[1]?.content ?? {}), 'عن اسمه');
  // After a relayed source, the relayed source is the one withholding its name.
  const r = 'ونقلت الوكالة عن مسؤول محلي، رفض الكشف عن اسمه، أن الطريق أغلق.';
  assert.deepEqual(views(r).at(-1), { cue: 'رفض الكشف', source: 'مسؤول محلي', stance: 'none' });
  // A request not to be named is no statement.
  assert.deepEqual(views('وأضاف المسؤول، الذي طلب عدم نشر اسمه، أن المفاوضات متعثرة.'),
    [{ cue: 'وأضاف', source: 'المسؤول', stance: 'assert' }]);
});

test('a quotation before its verb («…»، قال الوزير) is the verb\'s content', () => {
  const t = '«لن نتراجع عن القرار»، قال الوزير للصحفيين.';
  assert.deepEqual(views(t), [{ cue: 'قال', source: 'الوزير', stance: 'assert' }]);
  assert.equal(cut(t, attributionsOf(t)[0]?.content ?? {}), 'لن نتراجع عن القرار');
  // A quoted title after a noun is not what the next verb reports.
  assert.deepEqual(views('وفي ندوة «الطاقة والمستقبل»، بينت الأهمية الاقتصادية للمشروع.'), []);
  // With content of its own after it, the verb keeps that content.
  const u = '"الوضع تحت السيطرة"، قالت الشرطة إن الحادث انتهى.';
  assert.equal(cut(u, attributionsOf(u)[0]?.content ?? {}), 'الحادث انتهى');
});

test('…، كما جاء في البيان at the end of a sentence credits the clause before to the statement', () => {
  const t = 'وتقرر إغلاق المدارس يومين، كما جاء في البيان.';
  assert.deepEqual(views(t), [{ cue: 'كما جاء في', source: 'البيان', stance: 'assert' }]);
  assert.equal(cut(t, attributionsOf(t)[0]?.content ?? {}), 'وتقرر إغلاق المدارس يومين');
  assert.deepEqual(views('وستبدأ الأعمال الشهر المقبل، كما ورد في تقرير الوزارة.').map((v) => v.cue), ['كما ورد في']);
  // A plan is no source.
  assert.deepEqual(views('وتقرر إغلاق المدارس، كما جاء في الخطة الموضوعة سابقا.'), []);
});
