import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** Each attribution as «cue | source | kind | cue of the one it came through». */
function chains(t: string): string[] {
  const all = attributionsOf(t);
  return all.map((a) => {
    const via = all.find((b) => b.id === a.via);
    return `${spanText(t, a.cue)} | ${spanText(t, a.source)} | ${a.source.kind} | ${via ? spanText(t, via.cue) : '-'}`;
  });
}

test('في تقرير ترجمته "عربي21": the translating outlet is the outer link, as اطلعت عليه', () => {
  const t = 'وقالت الصحيفة، في تقرير ترجمته "عربي21"، إن الحكومة تواجه أزمة.';
  assert.deepEqual(chains(t), ['وقالت | الصحيفة | named | ترجمته', 'ترجمته | عربي21 | outlet | -']);
});

test('في المقال الذي ترجمه موقع X، أن: after a relative on the text, without the commas too', () => {
  const t = 'وأضافت الصحيفة في المقال الذي ترجمه موقع "عربي21" أن الحكومة تواجه أزمة.';
  const c = chains(t);
  assert.ok(c.some((x) => x.startsWith('وأضافت | الصحيفة | named | ترجمه')), c.join('\n'));
  assert.ok(c.some((x) => x.startsWith('ترجمه | ') && x.includes('| outlet | -')), c.join('\n'));
});

test('ترجمته as "its translation" after no text noun is no chain', () => {
  const t = 'وقال الوزير الذي تم نقل خطابه وترجمته إلى العبرية، إن المحادثات مثمرة.';
  assert.ok(chains(t).every((x) => !x.startsWith('وترجمته')));
});
