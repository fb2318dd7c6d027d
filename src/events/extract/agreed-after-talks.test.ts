import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'jo', type: 'GPE', name: 'الأردن' },
    { id: 'eg', type: 'GPE', name: 'مصر' },
    { id: 'a', type: 'PER', name: 'ناصر جودة' },
    { id: 'b', type: 'PER', name: 'سامح شكري' },
  ],
};

test('both sides agreeing right after their talks are the actors of the agreement', () => {
  const text = 'التقى وزير الخارجية ناصر جودة نظيره سامح شكري في عمان. واتفق الجانبان على تنسيق المواقف.';
  assert.deepEqual(partiesOf(text, spec, 'AGREE', 'واتفق'), { actor: ['a', 'b'], recipient: [] });
  const dual = 'وبحث ناصر جودة مع سامح شكري الأوضاع في المنطقة، واتفقا على عقد لقاء آخر.';
  assert.deepEqual(partiesOf(dual, spec, 'AGREE', 'واتفقا').actor, ['a', 'b']);
});

test('an agreement with its own subject, or with no talks before it, keeps what its clause says', () => {
  assert.deepEqual(partiesOf('التقى ناصر جودة سامح شكري. واتفق الأردن على المشاركة في المؤتمر.', spec, 'AGREE', 'واتفق').actor, ['jo']);
  assert.deepEqual(partiesOf('واتفق الجانبان على تنسيق المواقف.', spec, 'AGREE', 'واتفق').actor, []);
});
