import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'er', type: 'PER', name: 'رجب طيب أردوغان' },
    { id: 'bi', type: 'PER', name: 'بنيامين نتنياهو' },
    { id: 'hf', type: 'PER', name: 'هاكان فيدان' },
    { id: 'jb', type: 'PER', name: 'جان نويل بارو' },
    { id: 'ls', type: 'PER', name: 'بيت هيغسيث' },
    { id: 'tr', type: 'GPE', name: 'تركيا', forms: ['adj:التركي'] },
    { id: 'fr', type: 'GPE', name: 'فرنسا', forms: ['adj:الفرنسي'] },
    { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأمريكي'] },
    { id: 'mb', type: 'PER', name: 'محمد بن سلمان' },
    { id: 'sa', type: 'GPE', name: 'السعودية', forms: ['adj:السعودي'] },
    { id: 'ms', type: 'PER', name: 'محمد شياع السوداني' },
    { id: 'iq', type: 'GPE', name: 'العراق', forms: ['adj:العراقي'] },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('a second title phrase right after a named subject is the object of a meeting', () => {
  // Anadolu, BBC Arabic, Reuters Arabic styles.
  assert.deepEqual(args('التقى الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في أنقرة.', 'CONSULT', 'التقى'), { actor: ['er'], recipient: ['ms'] });
  assert.deepEqual(args('واستقبل وزير الخارجية التركي هاكان فيدان نظيره الفرنسي جان نويل بارو في إسطنبول.', 'CONSULT', 'واستقبل'), { actor: ['hf'], recipient: ['jb'] });
  assert.deepEqual(args('والتقى ولي العهد السعودي الأمير محمد بن سلمان وزير الدفاع الأمريكي بيت هيغسيث في الرياض.', 'CONSULT', 'والتقى'), { actor: ['mb'], recipient: ['ls'] });
});

test('a title phrase ending in another person is the object of other verbs too', () => {
  assert.deepEqual(args('ودعا ولي العهد السعودي الأمير محمد بن سلمان رئيس الوزراء العراقي محمد شياع السوداني إلى زيارة الرياض.', 'REQUEST', 'ودعا'), { actor: ['mb'], recipient: ['ms'] });
  // No title before the subject's name.
  assert.deepEqual(args('واتهم رجب طيب أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو بارتكاب جرائم.', 'ACCUSE', 'واتهم'), { actor: ['er'], recipient: ['bi'] });
});

test('a title phrase after the subject that ends in a state or nothing named stays its apposition', () => {
  assert.deepEqual(args('واتهم رجب طيب أردوغان رئيس الجمهورية التركية الحكومة بالتقصير.', 'ACCUSE', 'واتهم'), { actor: ['er'], recipient: [] });
});
