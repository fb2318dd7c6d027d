import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

test('a club named by a common word after its players or two clubs', () => {
  const text = 'احتج لاعبو الهلال على القرار، وتقدم فريقا الشباب والنصر بشكوى.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:al-hilal')), ['الهلال']);
  assert.deepEqual(surfaces(text, find(es, 'org:al-nassr')), ['النصر']);
});

test('a second club joined to the first by و', () => {
  const text = 'أوقفت اللجنة مدربي النصر والهلال مباراتين.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:al-hilal')), ['الهلال']);
});

test('the common words stay words without such a context', () => {
  const text = 'رأى الناس الهلال في السماء، وتحقق النصر بعد صبر.';
  const es = analyse(text);
  assert.equal(find(es, 'org:al-hilal'), undefined);
  assert.equal(find(es, 'org:al-nassr'), undefined);
});
