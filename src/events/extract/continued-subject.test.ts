import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const visit: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'عادل الجبير' },
    { id: 'e2', type: 'GPE', name: 'موسكو' },
    { id: 'e3', type: 'PER', name: 'فلاديمير بوتين' },
    { id: 'e4', type: 'PER', name: 'سيرغي لافروف' },
  ],
};

const actorOf = (t: string, spec: LayerSpec, type: string, trigger: string): string[] | undefined => {
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, type, trigger);
  assert.ok(e, `${t} → ${show(t, events)}`);
  return e.actor;
};

test('a verb opening its sentence with و and no subject goes on with the subject of the sentence before', () => {
  const t = 'وصل وزير الخارجية عادل الجبير إلى موسكو أمس. وبحث مع الرئيس الروسي فلاديمير بوتين العلاقات بين البلدين.';
  assert.deepEqual(actorOf(t, visit, 'CONSULT', 'وبحث'), ['e1']);
});

test('a state named as the sentence before\'s subject is resumed by a feminine verb, not by a masculine one', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'تركيا' }] };
  const fem = 'أحبطت تركيا محاولة تسلل عبر الحدود. واعتقلت 12 شخصا.';
  assert.deepEqual(actorOf(fem, spec, 'COERCE', 'واعتقلت'), ['e1']);
  const masc = 'أحبطت تركيا محاولة تسلل عبر الحدود. واعتقل 12 شخصا.';
  assert.deepEqual(actorOf(masc, spec, 'COERCE', 'واعتقل'), []);
});

test('a party that opens its sentence as topic is the subject of a verb joined by و after it', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'السعودية' }, { id: 'e2', type: 'GPE', name: 'اليمن' }] };
  const t = 'السعودية هي أكبر الدول المانحة لليمن، ودعت المجتمع الدولي إلى دعمه.';
  assert.deepEqual(actorOf(t, spec, 'REQUEST', 'ودعت'), ['e1']);
});

test('no subject carried over a verb that disagrees, a paragraph\'s end or another party acting in between', () => {
  const fem = 'وصل وزير الخارجية عادل الجبير إلى موسكو أمس. وبحثت مع الرئيس الروسي فلاديمير بوتين العلاقات بين البلدين.';
  assert.deepEqual(actorOf(fem, visit, 'CONSULT', 'وبحثت'), []);
  const paragraph = 'وصل وزير الخارجية عادل الجبير إلى موسكو أمس.\nوبحث مع الرئيس الروسي فلاديمير بوتين العلاقات بين البلدين.';
  assert.deepEqual(actorOf(paragraph, visit, 'CONSULT', 'وبحث'), []);
  const other = 'وصل وزير الخارجية عادل الجبير إلى موسكو أمس، واستقبله نظيره سيرغي لافروف. وبحث مع الرئيس الروسي فلاديمير بوتين العلاقات بين البلدين.';
  assert.deepEqual(actorOf(other, visit, 'CONSULT', 'وبحث'), []);
});

test('a reporting verb joined by و whose attribution found no speaker goes on with the subject before it', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'PER', name: 'سامي العتيبي' }],
    attributions: [{ id: 'a1', cue: 'وناشد', content: 'الجهات المختصة بأن تسرع في البت فيها' }],
  };
  const t = 'أكد المستشار القانوني سامي العتيبي صعوبة قضايا التعويضات في الشركات، وناشد الجهات المختصة بأن تسرع في البت فيها.';
  assert.deepEqual(actorOf(t, spec, 'REQUEST', 'وناشد'), ['e1']);
});
