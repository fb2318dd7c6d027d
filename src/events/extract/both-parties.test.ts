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

test('a dual subject of both parties: the parties of the meeting before, not a name in what they discussed', () => {
  const text = 'والتقى الرئيس النيجيري محمد بخاري بالرئيس الأمريكي باراك أوباما في واشنطن. وناقش الرئيسان مسائل أمنية تشمل التهديد الذي تمثله جماعة بوكو حرام.';
  assert.deepEqual(args(text, 'CONSULT', 'وناقش'), { actor: ['bu', 'ob'], recipient: [] });
  const text2 = 'واجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري، وبحث الوزيران الحرب على تنظيم داعش.';
  assert.deepEqual(args(text2, 'CONSULT', 'وبحث'), { actor: ['lv', 'jk'], recipient: [] });
});
