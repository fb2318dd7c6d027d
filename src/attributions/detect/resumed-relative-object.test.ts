import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/**
 * وهو الأمر الذي وصفته بأنه …: with an object pronoun resuming الذي or ما the verb has a speaker
 * of its own, no writer's inference (verb-cue.ts, reportsNothing).
 */

test('وهو الأمر الذي وصفته بأنه …: the previous speaker describes', () => {
  const v = attributionViews('وقالت الجمعية إنها لم تتلق أي دعم، وهو الأمر الذي وصفته بأنه «تقصير واضح».');
  assert.deepEqual(v.find((x) => x.cue === 'وصفته'), { cue: 'وصفته', source: 'الجمعية', stance: 'assert' });
});

test('وهو ما يشير إلى أن …: the facts before are the subject, no speaker', () => {
  assert.deepEqual(attributionViews('ارتفعت أسعار الوقود، وهو ما يشير إلى أن التضخم سيزيد.'), []);
});
