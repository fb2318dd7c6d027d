import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';
import { isCondolence } from './condolence.js';

const spec: LayerSpec = {
  entities: [
    { id: 'pm', type: 'PER', name: 'ماري دوبوا', forms: ['دوبوا'] },
    { id: 'isis', type: 'ORG', name: 'داعش' },
  ],
};

test('words of condolence with their clitics', () => {
  for (const w of ['تعازيه', 'بالتعازي', 'وتعزيته', 'مواساتها', 'العزاء']) assert.ok(isCondolence(w.replace(/ة/g, 'ه').replace(/آ|أ|إ/g, 'ا')), w);
  assert.ok(!isCondolence('تعزيز'));
});

test('the one who offers condolences is not the doer of the attack he mourns', () => {
  const text = 'وذكر المكتب أن دوبوا قدمت تعازيها في ضحايا تفجير استهدف سوقا شعبية.';
  assert.deepEqual(partiesOf(text, spec, 'ASSAULT', 'تفجير').actor, []);
});

test('a support verb without condolence still lends its subject', () => {
  const text = 'وقالت الشرطة إن داعش نفذ أمس تفجيرا استهدف سوقا شعبية.';
  assert.deepEqual(partiesOf(text, spec, 'ASSAULT', 'تفجيرا').actor, ['isis']);
});
