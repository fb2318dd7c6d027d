import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The mentions of the analysis's entities, as `TYPE:text`. */
function mentions(text: string): string[] {
  return analyse({ text }).entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`));
}

/** The name of the entity one of whose mentions is exactly the phrase, or undefined. */
function entityOf(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `«${phrase}» is in the sentence`);
  return analyse({ text }).entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + phrase.length))?.name;
}

test('a group noun describes the armed group named before it', () => {
  const text = 'سيطرت حركة طالبان على البلدة أمس. وقال الجيش إن المتمردين فجروا الجسر قبل انسحابهم.';
  assert.equal(entityOf(text, 'المتمردين'), entityOf(text, 'حركة طالبان'));
});

test('a bare group noun with no armed group named, or two of them, is no party', () => {
  assert.deepEqual(mentions('وقال الجيش إن المتمردين فجروا الجسر قبل انسحابهم.').filter((m) => m.includes('المتمردين')), []);
  const two = 'وتقاتل حركة طالبان تنظيم داعش في الشرق. وقال الجيش إن المتمردين فجروا الجسر.';
  assert.deepEqual(mentions(two).filter((m) => m.includes('المتمردين')), []);
});

test('a group noun qualified by its community is a party of its own', () => {
  assert.ok(mentions('وقصفت المدفعية مخابئ للمتمردين الأكراد في الجبال.').includes('ORG:لمتمردين الأكراد'));
});

test('followers named after their movement are a party', () => {
  assert.ok(mentions('وقاطع الصدريون جلسة البرلمان المخصصة للموازنة.').includes('ORG:الصدريون'));
});

test('the fighters of the rebellion are a party; the rebellion alone is an act', () => {
  assert.ok(mentions('وانسحبت عناصر التمرد من التلال بعد القصف.').includes('ORG:التمرد'));
  assert.deepEqual(mentions('واستمر التمرد في الأرياف سنوات طويلة.'), []);
});

test('a qualified group description that points back to no one is a party of its own', () => {
  assert.ok(mentions('وتبنى التنظيم المتطرف التفجير في بيان نشره على الإنترنت.').includes('ORG:التنظيم المتطرف'));
  assert.ok(mentions('ووصف الحزب المحظور الاعتقالات بأنها انتقام سياسي.').includes('ORG:الحزب المحظور'));
  assert.ok(mentions('وتقدمت القوات الكردية نحو أطراف البلدة.').includes('ORG:القوات الكردية'));
  // a state's own forces qualified as armed are no party of their own
  assert.deepEqual(mentions('وأعلنت القوات المسلحة حالة التأهب.'), []);
});

test('the resistance is a party as its fighters, and alone only when resolved', () => {
  assert.ok(mentions('واقتحم مقاتلو المقاومة مبنى المحافظة صباحا.').includes('ORG:المقاومة'));
  assert.deepEqual(mentions('واقتحمت المقاومة مبنى المحافظة صباحا.'), []);
  // part of a body's name after a definite word: not the party
  assert.deepEqual(mentions('وقال المتحدث الرسمي للمقاومة إن الهدوء عاد.').filter((m) => m.includes('مقاومة')), []);
});

test('repeated mentions of an own party are one entity', () => {
  const text = 'وأعلن التنظيم المتطرف مسؤوليته عن الهجوم. وكان التنظيم المتطرف قد هدد بهجمات جديدة.';
  const out = analyse({ text });
  const own = out.entities.filter((e) => e.name === 'التنظيم المتطرف');
  assert.equal(own.length, 1);
  assert.equal(own[0]?.mentions.length, 2);
});
