import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'bu', type: 'PER', name: 'محمد بخاري' },
    { id: 'ob', type: 'PER', name: 'باراك أوباما' },
    { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأمريكي', 'واشنطن'] },
    { id: 'ng', type: 'GPE', name: 'نيجيريا', forms: ['adj:النيجيري'] },
    { id: 'bh', type: 'ORG', name: 'بوكو حرام' },
    { id: 'lv', type: 'PER', name: 'سيرغي لافروف' },
    { id: 'ru', type: 'GPE', name: 'روسيا', forms: ['adj:الروسي'] },
    { id: 'jk', type: 'PER', name: 'جون كيري' },
    { id: 'is', type: 'ORG', name: 'تنظيم داعش' },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('a title phrase after a preposition names the person at its end', () => {
  // Al Jazeera, Asharq Al-Awsat styles.
  assert.deepEqual(args('والتقى الرئيس النيجيري محمد بخاري بالرئيس الأمريكي باراك أوباما في البيت الأبيض.', 'CONSULT', 'والتقى').recipient, ['ob']);
  assert.deepEqual(args('واجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري في جنيف.', 'CONSULT', 'واجتمع').recipient, ['jk']);
});
