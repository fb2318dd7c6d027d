import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagDocument } from './document.js';
import { bioSpans } from './metrics.js';

/** The ORG spans of one sentence tagged as the analysis tags it (with the fills). */
function orgs(sentence: string): string[] {
  const words = sentence.split(' ');
  const [tags] = tagDocument([words], { fill: true });
  return bioSpans(tags ?? []).filter((s) => s.type === 'ORG').map((s) => words.slice(s.start, s.end).join(' '));
}

test('the analysis finds bodies named by a head word and its specifying words', () => {
  assert.ok(orgs('وأعلنت اللجنة العليا للإغاثة عن إرسال مساعدات جديدة .').includes('اللجنة العليا للإغاثة'));
  assert.ok(orgs('وقالت الهيئة العامة للغذاء والدواء في بيان إن المنتج غير آمن .').includes('الهيئة العامة للغذاء والدواء'));
});

test('a head alone stays untagged in the analysis', () => {
  assert.deepEqual(orgs('وأصدرت المحكمة حكمها أمس .'), []);
});
