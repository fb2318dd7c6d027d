import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A clause before a colon (a preposition, a pronoun, a particle or a verb opening it) is no speaker's name (colon-clause.ts). */
type Ent = [string, 'PER' | 'ORG' | 'LOC'];
const colonSources = (t: string, ents: Ent[]): string[] =>
  attributionViews(t, entitiesBySurface(t, ents.map(([f, type], k) => ({ id: `e${k}`, type, name: f, forms: [f] }))))
    .filter((x) => x.cue === ':').map((x) => x.source);

test('a prepositional phrase before the colon: وفي جدة تكرر المشهد نفسه: …', () => {
  const t = 'وفي جدة تكرر المشهد نفسه: الطوابير امتدت أمام المحلات حتى ساعات الفجر.';
  assert.deepEqual(colonSources(t, [['جدة', 'LOC']]), []);
});

test('a pronoun opening the clause: وهم يسمونها: "…"', () => {
  const t = 'يعرف أهل القرية هذه الشجرة جيدا. وهم يسمونها: "أم الخير" منذ زمن بعيد.';
  assert.deepEqual(colonSources(t, []), []);
});

test('a verb opening the clause, with a preposition after: تنتشر المصانع الألمانية في قطاعات عدة: …', () => {
  const t = 'تنتشر المصانع الألمانية في قطاعات عدة: السيارات، والكيماويات، والآلات الثقيلة.';
  assert.deepEqual(colonSources(t, [['المصانع الألمانية', 'ORG']]), []);
});

test('a verb with و before a name: وصدق الشاعر المتنبي: …', () => {
  const t = 'وصدق المتنبي: على قدر أهل العزم تأتي العزائم.';
  assert.deepEqual(colonSources(t, [['المتنبي', 'PER']]), []);
});

test('a verb followed by no name word: تصدر فيلم الرحلة: …', () => {
  const t = 'تصدر فيلم الرحلة الأخيرة: قائمة الإيرادات في دور العرض الأمريكية هذا الأسبوع.';
  assert.deepEqual(colonSources(t, [['الرحلة الأخيرة', 'ORG']]), []);
});

test('a first name the mentions missed, before a known name, still opens a speaker', () => {
  const t = 'سلمى الحربي: التطوع يعلم الشباب روح المسؤولية.';
  assert.deepEqual(colonSources(t, [['الحربي', 'PER']]), ['الحربي']);
});

test('an honorific before a title still opens a speaker: فخامة الرئيس: "…"', () => {
  const t = 'فخامة الرئيس: "نحن ماضون في طريق الإصلاح مهما كانت الصعوبات".';
  assert.equal(colonSources(t, []).length, 1);
});

test('a kunya before a colon is a speaker: أم خالد: "…"', () => {
  const t = 'أم خالد: "ننتظر هذا المهرجان كل عام مع أطفالنا".';
  assert.equal(colonSources(t, [['أم خالد', 'PER']]).length, 1);
});

test('a plain name before a colon is a speaker', () => {
  const t = 'وزير الخارجية عادل الجبير: المملكة تدعم الحل السياسي في اليمن.';
  assert.equal(colonSources(t, [['عادل الجبير', 'PER']]).length, 1);
});
