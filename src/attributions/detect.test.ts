import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from '../core/types.js';
import { attributionsOf, entitiesBySurface } from './testing.js';
import { buildLexicon, cueLexicon } from './lexicon.js';
import { detectAttributions } from './detect.js';

const cut = (text: string, s: { start?: number; end?: number }) => text.slice(s.start ?? 0, s.end ?? 0);

function one(text: string): Attribution[] {
  return attributionsOf(text, []);
}

function view(text: string, a: Attribution) {
  return { cue: cut(text, a.cue), source: cut(text, a.source), kind: a.source.kind, stance: a.stance, content: cut(text, a.content) };
}

test('the lexicon inflects verbs, adds و/ف, and is normalised', () => {
  const lex = cueLexicon();
  for (const form of ['قالت', 'وقالوا', 'فقال', 'يؤكد', 'تؤكدان', 'واكدت', 'نفت', 'ينفون', 'وأضافت', 'زعموا', 'يدعي', 'مشيرة']) {
    const key = form.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
    assert.ok(lex.verbs.has(key), `${form} is a cue`);
  }
  assert.equal(lex.verbs.get('نفت')?.stance, 'deny');
  assert.equal(lex.verbs.get('يزعم')?.stance, 'allege');
  assert.equal(lex.verbs.get('وقالت')?.conjoined, true);
  assert.equal(lex.verbs.get('بين')?.ambiguous, true, 'بين is mostly the preposition');
  const tiny = buildLexicon({ ...JSON.parse(JSON.stringify(RAW)), verbs: [{ lemma: 'هتف', stance: 'assert', past: 'هتف', impf: 'هتف' }] });
  assert.ok(tiny.verbs.has('وهتفوا') && tiny.verbs.has('تهتفان') && !tiny.verbs.has('قال'));
});

const RAW = {
  version: 1, verbs: [], complementizers: ['أن'], pronounSuffixes: [''], verbProclitics: ['', 'و'], masdarCues: {},
  ableVerbs: [], noneVerbs: [], noneObjects: [], negators: [], prepositional: [],
  frames: { seen: [], seenObject: [], statementNouns: [], copyNouns: [], relay: [] }, identityWords: [], nonSourceNouns: [],
  excluded: [], anonymousHeads: [], roleNouns: {}, carrierNouns: [], outletNouns: [], relativePronouns: [], clauseBoundaries: [],
  npStops: [], demonstratives: [], npSkip: [], interrogatives: [], sayingNouns: [], participles: {},
};

test('a verb with its subject and an أن clause; diacritics do not matter', () => {
  const t = 'وأكّد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي.';
  const [a, ...rest] = one(t);
  assert.equal(rest.length, 0);
  assert.deepEqual(view(t, a as Attribution), {
    cue: 'وأكّد', source: 'وزير الخارجية عادل الجبير', kind: 'named', stance: 'assert', content: 'المملكة تدعم الحل السياسي',
  });
});

test('anonymous sources keep what is said of them', () => {
  const t = 'وقالت مصادر أمنية مطلعة إن الهجوم أسفر عن مقتل ثلاثة جنود.';
  const [a] = one(t);
  assert.ok(a);
  assert.equal(a.source.kind, 'anonymous');
  assert.equal(a.source.description, 'أمنية مطلعة');
  assert.equal(cut(t, a.content), 'الهجوم أسفر عن مقتل ثلاثة جنود');
});

test('a quotation in « » after a colon; a following cue without subject takes the previous speaker', () => {
  const t = 'وقال الوزير للصحفيين: «نحن مستعدون للحوار». وأضاف أن الحكومة لن تتراجع.';
  const [a, b] = one(t);
  assert.ok(a && b);
  assert.equal(cut(t, a.source), 'الوزير');
  assert.equal(cut(t, a.content), 'نحن مستعدون للحوار');
  assert.equal(cut(t, b.cue), 'وأضاف');
  assert.equal(cut(t, b.source), 'الوزير');
  assert.equal(cut(t, b.content), 'الحكومة لن تتراجع');
});

test('a quotation in “ ” directly after the verb', () => {
  const t = 'وقال المدرب “الفريق جاهز للمباراة” قبل السفر.';
  const [a] = one(t);
  assert.ok(a);
  assert.equal(cut(t, a.content), 'الفريق جاهز للمباراة');
});

test('a named speaker followed by a colon', () => {
  const t = 'الرئيس الأمريكي: لن نسمح بذلك.';
  const [a] = one(t);
  assert.ok(a);
  assert.equal(cut(t, a.cue), ':');
  assert.equal(cut(t, a.source), 'الرئيس الأمريكي');
  assert.equal(cut(t, a.content), 'لن نسمح بذلك');
});

test('a participle (مشيرا إلى أن) is a second attribution of the same speaker', () => {
  const t = 'وأوضح المتحدث باسم الشرطة أن التحقيق مستمر، مشيرا إلى أن المتهمين لم يعترفوا بعد.';
  const [a, b] = one(t);
  assert.ok(a && b);
  assert.equal(cut(t, a.content), 'التحقيق مستمر');
  assert.equal(cut(t, b.cue), 'مشيرا');
  assert.equal(cut(t, b.source), 'المتحدث باسم الشرطة');
  assert.equal(cut(t, b.content), 'المتهمين لم يعترفوا بعد');
});

test('prepositional cues: بحسب at the end, وفقا لـ at the start', () => {
  const t1 = 'قتل 18 شخصا في حلب، بحسب المرصد السوري.';
  const [a] = one(t1);
  assert.ok(a);
  assert.deepEqual(view(t1, a), { cue: 'بحسب', source: 'المرصد السوري', kind: 'named', stance: 'assert', content: 'قتل 18 شخصا في حلب' });
  const t2 = 'ووفقا لمصادر دبلوماسية، فإن المفاوضات ستستأنف الأسبوع المقبل.';
  const [b] = one(t2);
  assert.ok(b);
  assert.equal(b.source.kind, 'anonymous');
  assert.equal(cut(t2, b.content), 'المفاوضات ستستأنف الأسبوع المقبل');
});

test('chains: نقلت X عن Y, قالت X نقلا عن Y, وقال X، بحسب Y، and وبحسب Y، ذكر X', () => {
  const t1 = 'ونقلت وكالة رويترز عن مصادر مطلعة قولها إن الاتفاق بات وشيكا.';
  const r1 = one(t1);
  const outer1 = r1.find((a) => cut(t1, a.source).includes('رويترز'));
  const inner1 = r1.find((a) => cut(t1, a.source) === 'مصادر مطلعة');
  assert.ok(outer1 && inner1);
  assert.equal(inner1.via, outer1.id);
  assert.equal(cut(t1, inner1.content), 'الاتفاق بات وشيكا');

  const t2 = 'وقالت الصحيفة نقلا عن مسؤولين أمنيين إن الهجوم فشل.';
  const r2 = one(t2);
  const inner2 = r2.find((a) => a.source.kind === 'anonymous');
  const outer2 = r2.find((a) => cut(t2, a.source) === 'الصحيفة');
  assert.ok(inner2 && outer2);
  assert.equal(inner2.via, outer2.id);
  assert.equal(cut(t2, inner2.cue), 'نقلا عن');

  const t3 = 'وقال الوزير، بحسب وكالة الأنباء، إن المحادثات مستمرة.';
  const r3 = one(t3);
  const minister = r3.find((a) => cut(t3, a.source) === 'الوزير');
  const agency = r3.find((a) => cut(t3, a.source) === 'وكالة الأنباء');
  assert.ok(minister && agency);
  assert.equal(minister.via, agency.id, 'the minister reached the reader through the agency');

  const t4 = 'وبحسب "رويترز"، فقد ذكر جيمس بولارد رئيس البنك أن الاقتصاد أقرب إلى الوضع الطبيعي.';
  const r4 = one(t4);
  const reuters = r4.find((a) => cut(t4, a.source) === 'رويترز');
  const bullard = r4.find((a) => cut(t4, a.cue) === 'ذكر');
  assert.ok(reuters && bullard);
  assert.equal(bullard.via, reuters.id);
  assert.deepEqual(reuters.content, bullard.content);
});

test('stances: deny, allege, none', () => {
  const t = 'وكذّبت الوزارة هذه الأنباء ونفت أن يكون الوزير قد استقال. وادعى المتهم أنه كان خارج المدينة. ورفض المتحدث باسم الوزارة التعليق على التقارير. ولم يؤكد الجيش أن الطائرة أسقطت.';
  const got = one(t).map((a) => [cut(t, a.cue), a.stance]);
  assert.deepEqual(got, [['وكذّبت', 'deny'], ['ونفت', 'deny'], ['وادعى', 'allege'], ['ورفض', 'none'], ['ولم يؤكد', 'none']]);
});

test('the writer\'s own voice and impersonal passives are not attributed', () => {
  for (const t of ['يشار إلى أن الحكومة تشكلت العام الماضي.', 'يذكر أن المهرجان يقام سنويا.', 'وقال: «سقط الصاروخ، ويرجح أنه أرض أرض»']) {
    assert.ok(!one(t).some((a) => /يشار|يذكر|يرجح/.test(cut(t, a.cue))), t);
  }
  assert.deepEqual(one('التقى الوزير بين الوفدين في الرياض.'), [], 'بين is a preposition here');
});

test('a definite description takes the entity of the earlier source with the same role', () => {
  const t = 'وقالت صحيفة "الخبر" إن الجيش قتل مسلحين. وأضافت الصحيفة أن العملية مستمرة.';
  const entities = entitiesBySurface(t, [{ id: 'khabar', type: 'ORG', name: 'الخبر', forms: ['الخبر'] }]);
  const got = detectAttributions({ text: t, tokens: attributionsTokens(t), entities });
  assert.equal(got.length, 2);
  assert.equal(got[0]?.source.entity, 'khabar');
  assert.equal(got[1]?.source.entity, 'khabar');
  assert.equal(cut(t, got[1]?.source ?? {}), 'الصحيفة');
});

test('offsets index the original text, with hamza variants and a line break', () => {
  const t = 'اكد المتحدث الرسمي باسم وزارة الداخلية اللواء\nمنصور التركي ان الوضع مستقر';
  const [a] = one(t);
  assert.ok(a);
  assert.equal(cut(t, a.cue), 'اكد');
  assert.equal(cut(t, a.source), 'المتحدث الرسمي باسم وزارة الداخلية اللواء\nمنصور التركي');
  assert.equal(cut(t, a.content), 'الوضع مستقر');
});

import { tokensOf } from './testing.js';
function attributionsTokens(t: string) {
  return tokensOf(t).tokens;
}
