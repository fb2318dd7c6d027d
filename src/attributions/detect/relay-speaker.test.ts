import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('حسبما أوردت X relays the speaker\'s words: a participle after them goes on with the speaker, not the relay', () => {
  const t = 'وأشارت مصادر حسبما أوردت صحيفة "الرياض"، إلى أنه سيتم تمديد المهلة، مبينة أنه سيتم إبلاغ المتأخرين.';
  assert.deepEqual(sourceOf(t, 'مبينة'), ['مصادر']);
});

test('بحسب X still relays as before', () => {
  const t = 'وأكدت مصادر بحسب صحيفة "الرياض"، أن المهلة ستمدد، مضيفة أنه سيتم إبلاغ المتأخرين.';
  assert.deepEqual(sourceOf(t, 'مضيفة'), ['مصادر']);
});
