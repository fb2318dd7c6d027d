import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'res', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'co', type: 'ORG', name: 'طيران التحالف' },
    { id: 'army', type: 'ORG', name: 'الجيش الوطني' },
  ],
};

const aid = (text: string, trigger: string) => partiesOf(text, spec, 'AID', trigger);

test('a backing phrase with و goes with the name right before it', () => {
  const text = 'وكانت المقاومة الشعبية وبدعم من كتائب الجيش المؤيد للحكومة قد استعادت التلة.';
  assert.deepEqual(aid(text, 'وبدعم'), { actor: [], recipient: ['res'] });
});

test('a noun of backing joined to a first one: its backer after من, the same party backed', () => {
  const text = 'وكانت المقاومة الشعبية وبدعم من كتائب الجيش المؤيد للحكومة وغطاء جوي من طيران التحالف قد استعادت التلة.';
  assert.deepEqual(aid(text, 'وغطاء'), { actor: ['co'], recipient: ['res'] });
  const second = 'وواصلت المقاومة الشعبية بدعم من الجيش الوطني وغطاء جوي من طيران التحالف زحفها نحو الجبل.';
  assert.deepEqual(aid(second, 'وغطاء'), { actor: ['co'], recipient: ['res'] });
});

test('a participle with و still qualifies a noun further back', () => {
  const text = 'وتقدمت المقاومة الشعبية الموالية للحكومة، والمدعومة من طيران التحالف، نحو الجبل.';
  assert.deepEqual(aid(text, 'والمدعومة').recipient, []);
});
