import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'داعش' },
    { id: 'e2', type: 'GPE', name: 'تركيا' },
  ],
};

test('«راح ضحيته» tells the casualties of an attack: an ASSAULT event of its own', () => {
  assertEvent('وقع تفجير في بلدة سروج جنوب تركيا والذي راح ضحيته 31 شخصا.', spec, 'ASSAULT', 'ضحيته');
  assertEvent('العملية الإرهابية التي نفذتها داعش في تجمع للأكراد، راح ضحيتها عشرات القتلى والجرحى.', spec, 'ASSAULT', 'ضحيتها');
  // A victim without the verb of falling is no act (ضحية الإهمال).
  assertNoEvent('وكان الطفل ضحيته الأولى.', spec, 'ASSAULT', 'ضحيته');
});

test('the nisba «تدريبي» (of training) is no act of training', () => {
  assertNoEvent('وأطلقت تركيا برنامج تدريبي للشباب.', spec, 'AID', 'تدريبي');
  assertNoEvent('وقالت تركيا إن المركز يقدم دعما ماليا وتدريبي للأسر.', spec, 'AID', 'وتدريبي');
});
