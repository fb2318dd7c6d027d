import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const envoy: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'دي ميستورا' },
    { id: 'e2', type: 'ORG', name: 'نظام الأسد' },
  ],
  attributions: [
    { id: 'a1', cue: 'ودعا', source: 'دي ميستورا', sourceEntity: 'e1', content: 'إلى التمسك', contentEnd: 'المدنيين' },
    { id: 'a2', cue: 'مطالبا', source: 'دي ميستورا', sourceEntity: 'e1', content: 'بوقف' },
  ],
};

test('a reporting verb that is itself the event is done by the source the attribution found for it (ودعا المبعوث الأممي، مطالبا)', () => {
  const t = 'وأضاف دي ميستورا أن الوضع خطير. ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين، مطالبا نظام الأسد بوقف القصف.';
  const events = eventsIn(t, envoy);
  const call = eventOn(events, t, 'REQUEST', 'ودعا');
  assert.deepEqual(call?.actor, ['e1'], `${t} → ${show(t, events)}`);
  const demand = eventOn(events, t, 'REQUEST', 'مطالبا');
  assert.deepEqual(demand?.actor, ['e1'], `${t} → ${show(t, events)}`);
});

test('no actor from a cue whose source was taken from a phrase after a preposition, or from a plural cue with a single source', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'GPE', name: 'العراق' }],
    attributions: [{ id: 'a1', cue: 'حذروا', source: 'العراق', sourceEntity: 'e1', content: 'من محاولات' }],
  };
  const t = 'فإن عددا من رجال الدين ممن ينتمون إلى الأحزاب في العراق حذروا من محاولات إسقاط الحكومة.';
  const events = eventsIn(t, spec);
  assert.ok(!events.some((e) => e.actor.includes('e1')), `${t} → ${show(t, events)}`);
});

test('no actor from a cue of what was not said (لم تقاتل أو تطالب)', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'PER', name: 'محمد علي الحوثي' }, { id: 'e2', type: 'GPE', name: 'إيران' }],
    attributions: [{ id: 'a1', cue: 'تطالب', source: 'محمد علي الحوثي', sourceEntity: 'e1', content: 'بشرعيته', stance: 'none' }],
  };
  const t = 'حكم الرئيس محمد علي الحوثي شهرا ثم نساه الجميع، حتى إيران نفسها لم تقاتل أو تطالب بشرعيته.';
  const events = eventsIn(t, spec);
  assert.ok(!events.some((e) => e.actor.includes('e1') && t.slice(e.trigger.start, e.trigger.end) === 'تطالب'), `${t} → ${show(t, events)}`);
});

test('no actor from a source named after the cue past words other than titles (هدد أيضا أعضاء الكابيتول هيل)', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'ORG', name: 'الكابيتول هيل' }, { id: 'e2', type: 'PER', name: 'باراك أوباما' }],
    attributions: [{ id: 'a1', cue: 'هدد', source: 'الكابيتول هيل', sourceEntity: 'e1', content: 'بأنه سيستخدم' }],
  };
  const t = 'لم يكتف باراك أوباما بذلك، بل هدد أيضا أعضاء (الكابيتول هيل) في حالة رفضهم للاتفاقية بأنه سيستخدم حق النقض.';
  const events = eventsIn(t, spec);
  assert.ok(!events.some((e) => e.type === 'THREATEN' && e.actor.includes('e1')), `${t} → ${show(t, events)}`);
});

test('a subject before the cue verb is its own, not the source found elsewhere (مواطن يطالب)', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'PER', name: 'بدر الجبل' }],
    attributions: [{ id: 'a1', cue: 'يطالب', source: 'بدر الجبل', sourceEntity: 'e1', content: 'بحقوقه' }],
  };
  const t = 'بدر الجبل - تبوك: نشرت الصحيفة خبرا بعنوان مواطن يطالب بحقوقه المالية من إدارة السجون.';
  const events = eventsIn(t, spec);
  assert.ok(!events.some((e) => e.actor.includes('e1')), `${t} → ${show(t, events)}`);
});
