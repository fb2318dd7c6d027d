import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoEvent, describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'إيران' },
    { id: 'e2', type: 'ORG', name: 'مجموعة 5+1' },
    { id: 'e3', type: 'PER', name: 'خالد المنصوري' },
    { id: 'e4', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e5', type: 'GPE', name: 'عدن' },
  ],
};

/** The events of a type in a text. */
function ofType(text: string, type: string, layers: LayerSpec = spec) {
  return eventsIn(text, layers).filter((e) => e.type === type);
}

test('reaching an agreement (التوصل إلى اتفاق، توصلت X إلى اتفاق) is one agreement, not two', () => {
  for (const text of [
    'وجاءت الزيارة بعد التوصل إلى اتفاق نووي بين إيران والقوى الكبرى.',
    'وقالت المنظمة إنها نجحت في التوصل إلى اتفاق سيسمح بإلغاء الرسوم.',
    'وذلك بعد أن توصلت إيران ومجموعة (5+1) إلى اتفاق تاريخي في فيينا.',
    'وتأمل الأطراف في التوصل إلى الاتفاق النهائي قريبا.',
  ]) {
    const events = eventsIn(text, spec);
    assert.equal(ofType(text, 'AGREE').length, 1, `${text} → ${show(text, events)}`);
  }
  // Guard: an agreement told in a clause of its own after the operation's verb stays its own act.
  const text = 'وأوضح خالد المنصوري أن العملية بدأت بقصف مواقع المسلحين في عدن.';
  assert.equal(ofType(text, 'ASSAULT').length, 2, `${text} → ${show(text, eventsIn(text, spec))}`);
  assertNoEvent('وتحدث خالد المنصوري عن الطقس في عدن.', spec, 'AGREE');
});

test('an event already told by the same word, named again as the time of another act (خلال الزيارة، خلال زيارته تلك), is no new event', () => {
  for (const text of [
    'وبدأ خالد المنصوري زيارة رسمية إلى عدن. ويرأس خالد المنصوري خلال الزيارة وفد بلاده في المحادثات.',
    'وأجرى خالد المنصوري زيارة إلى عدن أمس. ودعا خالد المنصوري خلال زيارته تلك الأهالي إلى العودة.',
  ]) {
    const visits = ofType(text, 'CONSULT').filter((e) => /زيار/.test(text.slice(e.trigger.start, e.trigger.end)));
    assert.equal(visits.length, 1, `${text} → ${show(text, eventsIn(text, spec))}`);
  }
  // Guard: a meeting first told after خلال (التقى … خلال الزيارة) is still told.
  const first = 'والتقى خالد المنصوري قادة الجيش الوطني خلال الزيارة التي لم يعلن عنها.';
  assert.ok(ofType(first, 'CONSULT').some((e) => first.slice(e.trigger.start, e.trigger.end) === 'الزيارة'), show(first, eventsIn(first, spec)));
});
