import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'محمود الزهراني' },
    { id: 'e2', type: 'GPE', name: 'أبها' },
    { id: 'e3', type: 'PER', name: 'سعيد القحطاني' },
    { id: 'e4', type: 'GPE', name: 'الأردن', forms: ['adj:الأردني'] },
    { id: 'e5', type: 'PER', name: 'فهد العتيبي' },
  ],
};

const roles = (t: string, trigger: string) => partiesOf(t, spec, 'CONSULT', trigger);

test('«وكان في استقباله X»: the party after the formula is the host, the one the pronoun resumes the guest', () => {
  const t = 'وصل الوزير محمود الزهراني إلى أبها مساء أمس، وكان في استقباله مدير الجامعة الدكتور سعيد القحطاني.';
  assert.deepEqual(roles(t, 'استقباله'), { actor: ['e3'], recipient: ['e1'] });
});

test('«كان في استقبال Y … X»: without a pronoun the genitive is the guest and the party after it the host', () => {
  const t = 'وكان في استقبال السفير الأردني في المطار الأستاذ فهد العتيبي مدير المراسم.';
  assert.deepEqual(roles(t, 'استقبال'), { actor: ['e5'], recipient: ['e4'] });
});

test('a place after an unnamed guest is neither guest nor host (في استقبال الطائرة في أبها …)', () => {
  const t = 'وكان في استقبال الطائرة في أبها مدير الجامعة الدكتور سعيد القحطاني.';
  assert.deepEqual(roles(t, 'استقبال'), { actor: ['e3'], recipient: [] });
});
