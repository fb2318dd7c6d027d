import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoEvent, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'جمعية البر الخيرية' },
    { id: 'e2', type: 'PER', name: 'سامي العتيبي' },
    { id: 'e3', type: 'PER', name: 'ناصر الحربي' },
    { id: 'e4', type: 'GPE', name: 'فرنسا', forms: ['adj:الفرنسي'] },
    { id: 'e5', type: 'PER', name: 'خالد الشمري' },
  ],
};

/** The actors of the CONSULT event on the trigger word, or undefined when there is none. */
function attendanceActors(text: string, trigger: string): string[] | undefined {
  const ev = eventsIn(text, spec).find((e) => e.type === 'CONSULT' && text.slice(e.trigger.start, e.trigger.end) === trigger);
  return ev?.actor;
}

test('«بحضور» a named official is a meeting done by the attendee', () => {
  assert.deepEqual(attendanceActors('نظمت جمعية البر الخيرية حفلا لتكريم المتطوعين بحضور مدير التعليم سامي العتيبي.', 'بحضور'), ['e2']);
  assert.deepEqual(attendanceActors('وافتتحت جمعية البر الخيرية معرضها السنوي في حضور الأستاذ ناصر الحربي.', 'حضور'), ['e3']);
  // The nisba of a state qualifying the office right after the noun.
  assert.deepEqual(attendanceActors('وأقيمت الندوة في العاصمة بحضور وزير الثقافة الفرنسي.', 'بحضور'), ['e4']);
});

test('the attendees are listed on, past an abbreviated title and a comma with و', () => {
  assert.deepEqual(attendanceActors('ووقعت جمعية البر الخيرية المذكرة بحضور المحافظ د. سامي العتيبي، ومدير الفرع ناصر الحربي.', 'بحضور'), ['e2', 'e3']);
});

test('a meeting noun before «بحضور» does not absorb it, nor does «وذلك» take it up', () => {
  assert.deepEqual(attendanceActors('وعقد خالد الشمري اجتماعا بحضور سامي العتيبي.', 'بحضور'), ['e2']);
  assert.deepEqual(attendanceActors('والتقى خالد الشمري أعضاء الجمعية، وذلك بحضور ناصر الحربي.', 'بحضور'), ['e3']);
});

test('attendance without a named attendee, and the other senses of حضور, are no event', () => {
  assertNoEvent('نظمت جمعية البر الخيرية حفلا بحضور عدد من المسؤولين.', spec, 'CONSULT', 'بحضور');
  assertNoEvent('نظمت جمعية البر الخيرية حفلا بحضور وكلاء الوزارة ومديري الإدارات.', spec, 'CONSULT', 'بحضور');
  assertNoEvent('وشكر سامي العتيبي الحضور على تفاعلهم.', spec, 'CONSULT', 'الحضور');
  assertNoEvent('ودعت جمعية البر الخيرية أعضاءها لحضور الاجتماع.', spec, 'CONSULT', 'لحضور');
});

test('the attendee is no doer of the acts told after the circumstance', () => {
  const text = 'واستقبل خالد الشمري السفير الفرنسي، وذلك بحضور ناصر الحربي. وتناول اللقاء العلاقات بين البلدين.';
  const ev = eventsIn(text, spec).find((e) => text.slice(e.trigger.start, e.trigger.end) === 'اللقاء');
  assert.ok(!ev || !ev.actor.includes('e3'), JSON.stringify(ev));
});

test('a count after «بحضور» names no attendee, nor does a venue after the list', () => {
  assertNoEvent('وشارك في الحفل خالد الشمري بحضور عشرين متطوعا من جمعية البر الخيرية.', spec, 'CONSULT', 'بحضور');
  assert.deepEqual(attendanceActors('ووقعت جمعية البر الخيرية العقد بحضور رئيسها سامي العتيبي بمقر الجمعية في مدينة ناصر الحربي.', 'بحضور'), ['e2']);
});
