import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'قوات الأمن التونسية', forms: ['قوات الامن'] },
    { id: 'e2', type: 'ORG', name: 'الجيش السوري' },
    { id: 'e3', type: 'ORG', name: 'ميليشيات الحوثي' },
    { id: 'e4', type: 'ORG', name: 'عكاظ' },
    { id: 'e5', type: 'PER', name: 'الهويدي' },
  ],
};

/** The events of a type on a trigger word. */
function eventsOn(text: string, type: string, trigger: string) {
  const events = eventsIn(text, spec);
  return { events, found: events.filter((x) => x.type === type && text.slice(x.trigger.start, x.trigger.end) === trigger) };
}

test('a masdar coordinated with the object of a support verb shares the verb\'s subject further on (تمكنت قوات الأمن من تطويق … والقبض، يقوم الجيش بإلقاء … وتدمير)', () => {
  const t1 = 'وتمكنت قوات الامن من تطويق الاماكن المتواجد فيها المشتبه بهم والقبض على 13 عنصرا.';
  const r1 = eventsOn(t1, 'COERCE', 'والقبض');
  assert.ok(r1.found.length === 1 && r1.found[0]!.actor.includes('e1'), `${t1} → ${show(t1, r1.events)}`);
  const t2 = 'ويقوم الجيش السوري بإلقاء البراميل المتفجرة على الأطفال والنساء وتدمير المنازل.';
  const r2 = eventsOn(t2, 'ASSAULT', 'وتدمير');
  assert.ok(r2.found.length === 1 && r2.found[0]!.actor.includes('e2'), `${t2} → ${show(t2, r2.events)}`);
});

test('the subject of a support verb does not reach a noun past a boundary or a place phrase', () => {
  // A full stop between: another sentence.
  const t1 = 'وقام الجيش السوري بإلقاء البراميل على المدينة. وتدمير المنازل مستمر منذ أشهر.';
  const r1 = eventsOn(t1, 'ASSAULT', 'وتدمير');
  assert.ok(!r1.found.some((e) => e.actor.includes('e2')), `${t1} → ${show(t1, r1.events)}`);
  // A place coordinated with a place after في (حي الروضة وحي التحرير).
  const t2 = 'وأقدمت ميليشيات الحوثي على استهداف الأحياء السكنية في الروضة والتحرير الأسفل بقذائف الدبابات.';
  const r2 = eventsOn(t2, 'ASSAULT', 'والتحرير');
  assert.ok(!r2.found.some((e) => e.actor.includes('e3')), `${t2} → ${show(t2, r2.events)}`);
});

test('a verb joined by و to a first verb that is no event shares the party the sentence opens with («عكاظ» تجولت …، والتقت)', () => {
  const t1 = '«عكاظ» تجولت في عدد من الأحياء السكنية بالمواقع الحدودية، والتقت عددا من المواطنين القاطنين فيها.';
  const r1 = eventsOn(t1, 'CONSULT', 'والتقت');
  assert.ok(r1.found.length === 1 && r1.found[0]!.actor.includes('e4'), `${t1} → ${show(t1, r1.events)}`);
  // Guard: a name that opens the sentence without a verb after it is no subject of a later و-verb.
  const t2 = 'الهويدي وهذه البطولة لم تقم في موعدها، وطلب المنظمون تأجيلها.';
  const r2 = eventsOn(t2, 'REQUEST', 'وطلب');
  assert.ok(!r2.found.some((e) => e.actor.includes('e5')), `${t2} → ${show(t2, r2.events)}`);
});
