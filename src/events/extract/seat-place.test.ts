import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'ks', type: 'PER', name: 'الملك سلمان بن عبدالعزيز' },
    { id: 'ss', type: 'PER', name: 'عبدالفتاح السيسي' },
    { id: 'dr', type: 'GPE', name: 'الدرعية' },
    { id: 'jk', type: 'PER', name: 'جون كيري' },
    { id: 'sa', type: 'GPE', name: 'السعودية' },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('a place glued to ب that closes a phrase opened by في is where one meets, not the one met', () => {
  assert.deepEqual(args('استقبل الملك سلمان بن عبدالعزيز في قصر العوجا بالدرعية، اليوم السبت، الرئيس المصري.', 'CONSULT', 'استقبل'), { actor: ['ks'], recipient: [] });
});

test('a party after ب with no phrase of place before it is still the one met with', () => {
  assert.deepEqual(args('والتقى الملك سلمان بن عبدالعزيز في الرياض بوزير الخارجية الأمريكي جون كيري.', 'CONSULT', 'والتقى'), { actor: ['ks'], recipient: ['jk'] });
  assert.deepEqual(args('والتقى الملك سلمان بن عبدالعزيز بعبدالفتاح السيسي.', 'CONSULT', 'والتقى'), { actor: ['ks'], recipient: ['ss'] });
});
