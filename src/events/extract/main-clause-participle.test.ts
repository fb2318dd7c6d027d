import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const actorOf = (t: string, spec: LayerSpec, type: string, trigger: string): string[] | undefined => {
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, type, trigger);
  assert.ok(e, `${t} → ${show(t, events)}`);
  return e.actor;
};

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'الكويت' },
    { id: 'e2', type: 'GPE', name: 'الأردن' },
    { id: 'e3', type: 'PER', name: 'سامي العتيبي' },
    { id: 'e4', type: 'ORG', name: 'قوات التحالف' },
  ],
};

test('a participle of manner after a comma takes the main clause\'s subject, not a party of a phrase in between', () => {
  const t = 'وعبر سامي العتيبي في المؤتمر عن ارتياحه لما حققته قوات التحالف من تقدم، مشيدا بالدور الذي تقوم به قوات التحالف في الميدان.';
  assert.deepEqual(actorOf(t, spec, 'SUPPORT', 'مشيدا'), ['e3']);
});

test('a participle after a comma goes with the speaker who opens the sentence, not with the party of a noun between', () => {
  const t = 'وأكد سامي العتيبي مساندة الأردن للكويت في حربها على الإرهاب، داعيا إلى مواصلة العمل المشترك.';
  assert.deepEqual(actorOf(t, spec, 'REQUEST', 'داعيا'), ['e3']);
});

test('no main subject carried past a clause of its own (فيما أشاد X …) to a participle after it', () => {
  const t = 'وعبر سامي العتيبي عن ارتياحه للنتائج، فيما أشاد الأردن بفعاليات المؤتمر، مشيدا بالدور الذي تقوم به قوات التحالف.';
  assert.notDeepEqual(actorOf(t, spec, 'SUPPORT', 'مشيدا'), ['e3']);
});
