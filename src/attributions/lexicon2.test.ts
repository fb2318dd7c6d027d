import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from '../core/types.js';
import { attributionsOf } from './testing.js';
import { cueLexicon } from './lexicon.js';
import { normaliseString } from '../text/normalise/normalise.js';

const cut = (text: string, s: { start?: number; end?: number }) => text.slice(s.start ?? 0, s.end ?? 0);
const view = (t: string, a: Attribution) => ({ cue: cut(t, a.cue), source: cut(t, a.source), kind: a.source.kind, stance: a.stance });

test('the lexicon covers estimate, description, criticism, warning, advice and explanation verbs with their participles', () => {
  const lex = cueLexicon();
  for (const w of ['قدر', 'وصفه', 'انتقد', 'استنكرت', 'علل', 'ناشد', 'أوصت', 'اقترح', 'جزم', 'استدرك', 'تساءل', 'غرد', 'ألمح', 'نبه', 'فند']) {
    assert.ok(lex.verbs.has(normaliseString(w)), w);
  }
  for (const w of ['واصفا', 'منتقدة', 'متهما', 'معللا', 'مستدركا', 'متسائلا', 'ملمحا']) {
    const v = lex.verbs.get(normaliseString(w));
    assert.ok(v?.participle, w);
  }
  assert.equal(lex.verbs.get(normaliseString('فند'))?.stance, 'deny');
  // مجددا (again) and أبرز (most prominent) are other words.
  assert.equal(lex.verbs.get(normaliseString('مجددا')), undefined);
  assert.equal(lex.verbs.get(normaliseString('أبرز')), undefined);
});

test('a description with بأنه and an estimate with أن', () => {
  const t = 'ووصف الوزير الهجوم بأنه عمل إجرامي جبان. وقدر الأطباء أن الطفل ولد قبل أسبوعين.';
  const [a, b, ...rest] = attributionsOf(t);
  assert.ok(a && b);
  assert.equal(rest.length, 0);
  assert.deepEqual(view(t, a), { cue: 'ووصف', source: 'الوزير الهجوم', kind: 'named', stance: 'assert' });
  assert.equal(cut(t, a.content), 'عمل إجرامي جبان');
  assert.equal(cut(t, b.source), 'الأطباء');
});

test('جدد + a verbal noun of saying: the verbal noun is the cue', () => {
  const t = 'جدد رئيس الوزراء تحذيره من أن الاتفاق يزيد خطر الحرب. وجدد النادي عقد اللاعب لمدة عامين.';
  const found = attributionsOf(t);
  assert.equal(found.length, 1);
  const [a] = found;
  assert.ok(a);
  assert.equal(cut(t, a.cue), 'تحذيره');
  assert.equal(cut(t, a.source), 'رئيس الوزراء');
  assert.equal(cut(t, a.content), 'الاتفاق يزيد خطر الحرب');
});

test('no report: hypothetical speakers, label colons, conjunctions بعد أن, planned verbs, verbal nouns after a preposition', () => {
  for (const t of [
    'قد يقول قائل إن القضية هامشية.',
    'رابط الخبر بصحيفة الوئام: شرطة مكة تضبط عصابة',
    'انتقل اللاعب إلى النادي بعد أن رحب المدرب بانضمامه.',
    'ومن المقرر أن يعلن الوزير غدا نتائج الدراسة.',
    'كما يحلو لي وصفها وأعادني لقناعة مفادها أن الحياة صعبة.',
    'مما يهدد بداية العام الدراسي.',
  ]) assert.deepEqual(attributionsOf(t).map((a) => cut(t, a.cue)), [], t);
});

test('a participle takes the subject of the verb before it, even when that verb reported nothing', () => {
  const t = 'انتقد سمير دندن، رئيس الجمعية، برنامج الحكومة الجديد، قائلا إن تركيزه على القانون وحده.';
  const [a, ...rest] = attributionsOf(t);
  assert.ok(a);
  assert.equal(rest.length, 0);
  assert.equal(cut(t, a.cue), 'قائلا');
  assert.equal(cut(t, a.source), 'سمير دندن');
});

test('a noun that does not agree with the verb is its object', () => {
  const t = 'وتابع وكيل الإمارة عبدالعزيز الحميدان أعمال الصيانة. كما حث مديرية الكهرباء على بذل المزيد من الجهد.';
  const [a] = attributionsOf(t);
  assert.ok(a);
  assert.equal(cut(t, a.cue), 'حث');
  assert.notEqual(cut(t, a.source), 'مديرية الكهرباء');
  assert.ok(cut(t, a.source).includes('الحميدان'), cut(t, a.source));
});

test('source kinds: an office held by one person is named; a spokesman without a name, some of a group and an unnamed paper are anonymous', () => {
  const cases: [string, string][] = [
    ['وأوضح مدير التعليم في المحافظة أن الدراسة تبدأ الأحد.', 'named'],
    ['وقال مسؤول يمني إن الهدنة انهارت.', 'anonymous'],
    ['وصرح المتحدث الأمني بوزارة الداخلية بأن المتهم اعتقل.', 'anonymous'],
    ['وصرح المتحدث الأمني بوزارة الداخلية العقيد منصور التركي بأن المتهم اعتقل.', 'named'],
    ['وتوقع عدد من المحللين أن ترتفع الأسعار.', 'anonymous'],
    ['وذكرت صحيفة جزائرية أن الحدود أغلقت.', 'anonymous'],
    ['وأفاد بيان لوزارة الداخلية أن المتهمين اعتقلوا.', 'named'],
  ];
  for (const [t, kind] of cases) {
    const [a] = attributionsOf(t);
    assert.ok(a, t);
    assert.equal(a.source.kind, kind, t);
  }
});

test('a passive relay names the speaker after عن', () => {
  const t = 'ونقل عن الوزير قوله إن المفاوضات مستمرة.';
  const [a, ...rest] = attributionsOf(t);
  assert.ok(a);
  assert.equal(rest.length, 0);
  assert.equal(cut(t, a.source), 'الوزير');
  assert.equal(cut(t, a.content), 'المفاوضات مستمرة');
});
