import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => t.slice(s.start ?? 0, s.end ?? 0);
const views = (t: string, ents = entitiesBySurface(t, [])) =>
  attributionsOf(t, ents).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('a source asking not to be named (طالبا عدم الكشف عن اسمه) is no report; the main verb keeps its content', () => {
  const t = 'وقال المسؤول لـ"الأناضول" طالبا عدم الكشف عن اسمه إن الهجوم وقع ليلا. ونفى المسؤول أن تكون هناك إصابات.';
  const ents = entitiesBySurface(t, [{ id: 'a', type: 'ORG', name: 'الأناضول', forms: ['الأناضول'] }]);
  assert.deepEqual(views(t, ents), [
    { cue: 'وقال', source: 'المسؤول', stance: 'assert' },
    { cue: 'ونفى', source: 'المسؤول', stance: 'deny' },
  ]);
  assert.equal(contents(t, ents)[0], 'الهجوم وقع ليلا');
  const u = 'وقالت مصادر لـ"الأناضول" طالبة عدم ذكر اسمها إن المفاوضات توقفت.';
  const e2 = entitiesBySurface(u, [{ id: 'a', type: 'ORG', name: 'الأناضول', forms: ['الأناضول'] }]);
  assert.deepEqual(views(u, e2), [{ cue: 'وقالت', source: 'مصادر', stance: 'assert' }]);
});

test('دون أن يذكر between the verb and a quotation: the verb keeps its quotation, and «not saying» is its own attribution', () => {
  const t = 'وقال متحدث باسم البلدية دون أن يذكر اسم المقاول الذي نفذ المشروع "تم فتح تحقيق في الحادث". وأضاف "سننشر النتائج قريبا".';
  assert.deepEqual(views(t), [
    { cue: 'وقال', source: 'متحدث باسم البلدية', stance: 'assert' },
    { cue: 'دون أن يذكر', source: 'متحدث باسم البلدية', stance: 'none' },
    { cue: 'وأضاف', source: 'متحدث باسم البلدية', stance: 'assert' },
  ]);
  const c = contents(t);
  assert.equal(c[0], 'تم فتح تحقيق في الحادث');
  assert.equal(c[2], 'سننشر النتائج قريبا');
});

test('دون أن تفصح after the content: stance none, the same speaker, and the content stops before it', () => {
  const t = 'وأوضحت المديرة أنها تعد برنامجا جديدا دون أن تفصح عن تفاصيله، مشيرة إلى أن العمل بدأ.';
  assert.deepEqual(views(t), [
    { cue: 'وأوضحت', source: 'المديرة', stance: 'assert' },
    { cue: 'دون أن تفصح', source: 'المديرة', stance: 'none' },
    { cue: 'مشيرة', source: 'المديرة', stance: 'assert' },
  ]);
  assert.equal(contents(t)[0], 'تعد برنامجا جديدا');
});

test('أفاد عن + a nominal content is a report; أفاد عن + a source + أن is a chain', () => {
  const t = 'وأفادت وسائل الإعلام المحلية عن سقوط قذيفة ثانية داخل المدينة.';
  assert.deepEqual(views(t), [{ cue: 'وأفادت', source: 'وسائل الإعلام المحلية', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'عن سقوط قذيفة ثانية داخل المدينة');
  const u = 'وأفادت الوكالة عن مصادر أمنية أن الهجوم وقع ليلا.';
  const v = views(u);
  assert.deepEqual(v.map((x) => x.source), ['الوكالة', 'مصادر أمنية']);
  assert.deepEqual(contents(u), ['الهجوم وقع ليلا', 'الهجوم وقع ليلا']);
});

test('a colon after an aside between commas (channel, day) and a quotation opened with ”', () => {
  const t = 'وأضاف الكاتب، عبر حسابه على موقع “تويتر”، الثلاثاء،: ” الأزمة أعمق من كل التوقعات “، وتابع: “ولا حل قريبا”.';
  assert.deepEqual(views(t), [
    { cue: 'وأضاف', source: 'الكاتب', stance: 'assert' },
    { cue: 'وتابع', source: 'الكاتب', stance: 'assert' },
  ]);
  assert.equal(contents(t)[0]?.trim(), 'الأزمة أعمق من كل التوقعات');
});

test('a sentence that opens inside the last quotation is no clause subject for the verb after it', () => {
  const t = 'وأضاف الكاتب: “الأزمة عميقة. فرغم تعقيد الملف فالحل ممكن”، وتابع: “ولا حل قريبا”.';
  assert.deepEqual(views(t)[1], { cue: 'وتابع', source: 'الكاتب', stance: 'assert' });
});

test('وأكمل / وواصل with a colon and a quotation continue the speaker; without one they report nothing', () => {
  const t = 'وقال الكاتب: “الأزمة عميقة”. وأكمل: “ولا حل قريبا”.';
  assert.deepEqual(views(t)[1], { cue: 'وأكمل', source: 'الكاتب', stance: 'assert' });
  assert.deepEqual(views('وأكمل الفريق المباراة بعشرة لاعبين. وواصلت القوات تقدمها نحو المدينة.'), []);
});

test('a reporting verb in a relative clause with its subject, a time phrase and a definite verbal noun', () => {
  const t = 'قال المصدر إن الخلية التي أعلنت الوزارة اليوم الخميس الكشف عنها لا صلة لها بالتفجير.';
  const v = views(t);
  assert.deepEqual(v[1], { cue: 'أعلنت', source: 'الوزارة', stance: 'assert' });
  assert.ok(contents(t)[1]?.startsWith('الكشف عنها'));
  const u = 'وأعلنت الوزارة أمس الإفراج عن ثلاثة معتقلين.';
  assert.deepEqual(views(u), [{ cue: 'وأعلنت', source: 'الوزارة', stance: 'assert' }]);
});

test('claiming responsibility (أعلن مسؤوليته عن) is an act, not a report', () => {
  assert.deepEqual(views('ووقع الانفجار قرب السوق وأعلن التنظيم مسؤوليته عنه. وأعلنت الحركة المسؤولية عن الهجوم.'), []);
});

test('نقلت Y ، عن X ، أن: the one relayed from between commas; a short quoted name inside an outlet name', () => {
  const t = 'ونقلت وكالة الأنباء الوطنية "وام" الرسمية ، عن مسؤولين في الدفاع المدني ، أن السيول جرفت عدة منازل.';
  assert.deepEqual(views(t), [
    { cue: 'ونقلت', source: 'وام', stance: 'assert' },
    { cue: 'عن', source: 'مسؤولين في الدفاع المدني', stance: 'assert' },
  ]);
  assert.deepEqual(contents(t), ['السيول جرفت عدة منازل', 'السيول جرفت عدة منازل']);
});

test('a participle with its pronoun and complement stays in a long title (الموكل لها إدارة …)', () => {
  const t = 'وقال سامي خليل المتحدث باسم شركة النور الموكل لها إدارة المشروع إن العمل سيستأنف قريبا.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سامي خليل', forms: ['سامي خليل'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'وقال', source: 'سامي خليل', stance: 'assert' }]);
  assert.deepEqual(contents(t, ents), ['العمل سيستأنف قريبا']);
  // قال الوزير لها: an addressee right after the subject still ends it.
  assert.deepEqual(views('وقال الوزير لها إن القرار نهائي.').map((v) => v.source), ['الوزير']);
});
