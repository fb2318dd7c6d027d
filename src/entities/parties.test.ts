import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { analyse } from '../pipeline/analyse.js';
import { readDataFile, readDataJson } from '../resources/data-files.js';

/** The mentions of the analysis's entities, as `TYPE:text`. */
function mentions(text: string): string[] {
  const out = analyse({ text });
  return out.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`));
}

/** Whether some mention of the analysis covers the phrase. */
function found(text: string, phrase: string): boolean {
  const out = analyse({ text });
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `«${phrase}» is in the sentence`);
  return out.entities.some((e) => e.mentions.some((m) => m.start < at + phrase.length && at < m.end));
}

test('groups of states and powers named by a fixed phrase are parties', () => {
  assert.ok(found('وقالت الدول الست الكبرى إن المفاوضات مع طهران انتهت.', 'الدول الست الكبرى'));
  assert.ok(found('ورحبت القوى العالمية بما تم التوصل إليه في فيينا.', 'القوى العالمية'));
});

test('the group of six powers written with digits is a party', () => {
  assert.ok(found('وأكد الوزير أن مجموعة (5+1) قدمت عرضا جديدا.', '5'));
  assert.ok(found('انتهت المحادثات بين طهران و 5 + 1 دون نتيجة.', '5'));
});

test('numbered military units are parties', () => {
  assert.ok(mentions('وانشق سبعة عناصر من الفرقة 30 صباح اليوم.').includes('ORG:الفرقة 30'));
  assert.ok(found('وصدت عناصر من الجيش الثالث الميداني هجوما مسلحا.', 'الجيش الثالث الميداني'));
  assert.ok(found('واستهدف الهجوم نقطة تابعة للواء 135 مشاة قرب المدينة.', 'للواء 135'));
});

test('well-known security bodies named by a fixed phrase are parties', () => {
  assert.ok(found('وأعلن الدفاع المدني انتشال ثلاث جثث من تحت الأنقاض.', 'الدفاع المدني'));
  assert.ok(found('وأمرت النيابة العامة بحبس المتهمين أربعة أيام.', 'النيابة العامة'));
  // bare common nouns stay out
  assert.deepEqual(mentions('وقالت الشرطة إن الحكومة أرسلت قوات أمنية إلى المنطقة.'), []);
});

test('an acronym in parentheses after a body is that body', () => {
  assert.ok(found('وقال مصدر لوكالة الأنباء الألمانية (د.ب.أ) إن القصف توقف.', 'د.ب.أ'));
});

test('a quoted name after a head word is an organisation', () => {
  assert.ok(found('وفككت الشرطة عصابة "الأفاعي السود" المتخصصة في سرقة السيارات.', "الأفاعي"));
});

test('tribes named after their head word are parties', () => {
  assert.ok(found('اندلعت اشتباكات بين مسلحين من قبيلتي التبو والطوارق جنوب البلاد.', 'التبو'));
  assert.ok(found('اندلعت اشتباكات بين مسلحين من قبيلتي التبو والطوارق جنوب البلاد.', 'الطوارق'));
  // a place after the head is no tribe
  assert.ok(!found('واجتمع شيوخ قبائل المنطقة أمس.', 'المنطقة'));
});

test('a person coordinated with the owner of an armed body is a party', () => {
  assert.ok(found('وانسحبت ميليشيات الحوثي وصالح من المواقع تحت القصف.', 'صالح'));
});

test('the parties list matches its manifest', () => {
  const manifest = readDataJson<{ files: Record<string, { sha256: string }> }>('entities/manifest.json');
  assert.ok(Object.keys(manifest.files).includes('parties.txt'));
  for (const [file, entry] of Object.entries(manifest.files)) {
    const sha = createHash('sha256').update(readDataFile(`entities/${file}`)).digest('hex');
    assert.equal(sha, entry.sha256, `data/entities/${file} changed without its manifest`);
  }
});
