import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'سليم عودة' },
    { id: 'e2', type: 'PER', name: 'منى الخطيب' },
  ],
};

const argsOf = (t: string, type: string, trigger: string): { actor: string[]; recipient: string[] } => {
  const events = eventsIn(t, spec);
  const e = eventOn(events, t, type, trigger);
  assert.ok(e, `${t} → ${show(t, events)}`);
  return { actor: e.actor, recipient: e.recipient };
};

test('a man named after a feminine verb, past the head of its object, is the object; the verb joined by و does not take him', () => {
  const t = 'الشرطة داهمت بيت المعتقل سليم عودة وأطلقت الرصاص عليه.';
  assert.deepEqual(argsOf(t, 'COERCE', 'داهمت'), { actor: [], recipient: ['e1'] });
  assert.deepEqual(argsOf(t, 'ASSAULT', 'وأطلقت').actor, []);
});

test('a masculine verb keeps the name after it as its subject', () => {
  assert.deepEqual(argsOf('داهم جنود بيت المعتقل سليم عودة.', 'COERCE', 'داهم').actor, ['e1']);
});

test('a feminine title, a title, or no word at all before the name leaves it the subject', () => {
  assert.deepEqual(argsOf('هاجمت الناشطة منى الخطيب الحكومة.', 'ACCUSE', 'هاجمت').actor, ['e2']);
  assert.deepEqual(argsOf('هاجمت الدكتور منى الخطيب الحكومة.', 'ACCUSE', 'هاجمت').actor, ['e2']);
  assert.deepEqual(argsOf('هاجمت منى الخطيب الحكومة.', 'ACCUSE', 'هاجمت').actor, ['e2']);
});
