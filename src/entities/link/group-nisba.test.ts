import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';
import { setArgModelEnabled } from '../../events/args-model.js';

/** The mentions of an entry's entity in the analysis, as `surface/kind`. */
function mentionsOf(text: string, id: string): string[] {
  const e = analyse({ text }).entities.find((x) => x.kb?.id === id);
  return e ? e.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.kind ?? 'name'}`) : [];
}

test('a counted plural or singular nisba of a group names the group', () => {
  assert.deepEqual(mentionsOf('أعلنت القوات الحكومية مقتل 9 حوثيين في كمين شرق المدينة.', 'org:houthis'), ['حوثيين/name']);
  assert.deepEqual(mentionsOf('وأكد المصدر أن نحو 120 حوثيا لقوا حتفهم.', 'org:houthis'), ['حوثيا/name']);
  assert.deepEqual(mentionsOf('وقال المتحدث إن أكثر من 300 حوثي حوصروا في الجبل.', 'org:houthis'), ['حوثي/name']);
  assert.deepEqual(mentionsOf('وتمكنت الوحدة من أسر خمسة عشر داعشيا قرب الحدود.', 'org:isis'), ['داعشيا/name']);
});

test('a nisba that qualifies a noun of people or fighters is an adjective mention of the group', () => {
  assert.deepEqual(mentionsOf('وأسفر الهجوم عن مقتل 7 مسلحين حوثيين.', 'org:houthis'), ['حوثيين/adjective']);
  assert.deepEqual(mentionsOf('واعتقلت الشرطة قياديا حوثيا في المدينة.', 'org:houthis'), ['حوثيا/adjective']);
  assert.deepEqual(mentionsOf('وقصفت الطائرات تجمعات حوثية في الجبل.', 'org:houthis'), ['حوثية/adjective']);
  assert.deepEqual(mentionsOf('وقتل ثلاثة مقاتلين دواعش في الغارة.', 'org:isis'), ['دواعش/adjective']);
});

test('the definite broken plural and a definite nisba after a definite noun name the group', () => {
  assert.deepEqual(mentionsOf('وفر الدواعش من القرية بعد الهجوم.', 'org:isis'), ['الدواعش/name']);
  assert.deepEqual(mentionsOf('وحذر الخطيب من الفكر الداعشي المنحرف.', 'org:isis'), ['الداعشي/adjective']);
  assert.deepEqual(mentionsOf('ونفى القيادي الحوثي صحة الخبر.', 'org:houthis'), ['الحوثي/adjective']);
});

test('the nisba joins the group the document names by its definite name', () => {
  const text = 'وهاجم الحوثيون مواقع الجيش. وقتل 6 حوثيين في الاشتباكات.';
  assert.deepEqual(mentionsOf(text, 'org:houthis'), ['الحوثيون/name', 'حوثيين/name']);
});

test('a family name, a lone singular and a list of adjectives are not the group', () => {
  assert.deepEqual(mentionsOf('وقال يحيى الحوثي إن المفاوضات متعثرة.', 'org:houthis'), []);
  assert.deepEqual(mentionsOf('وكشف المحامي عن لقاء الشيخ بدر الدين الحوثي بالوفد.', 'org:houthis'), []);
  assert.deepEqual(mentionsOf('وتحدث داعشي سابق عن حياته في السجن.', 'org:isis'), []);
  assert.deepEqual(mentionsOf('المطلوب دولة مدنية لا سنية ولا حوثية.', 'org:houthis'), []);
});

test('the fans of a club and brothers are no groups', () => {
  const text = 'قال مشجع نصراوي إن إخواني في النادي سعداء بالفوز.';
  const ents = analyse({ text }).entities;
  assert.ok(!ents.some((e) => e.kb?.id === 'org:nusra' || e.kb?.id === 'org:muslim-brotherhood'), JSON.stringify(ents));
});

// the rules' reading: the learned chooser was trained before these mentions existed
test('victims counted by the nisba are the recipient of the killing', () => {
  const text = 'وقتل 11 حوثيا في غارة جوية على المعسكر.';
  const was = setArgModelEnabled(false);
  const r = analyse({ text });
  setArgModelEnabled(was);
  const h = r.entities.find((e) => e.kb?.id === 'org:houthis');
  assert.ok(h);
  assert.ok(r.events.some((ev) => ev.type === 'ASSAULT' && ev.recipient.includes(h.id) && !ev.actor.includes(h.id)), JSON.stringify(r.events));
});
