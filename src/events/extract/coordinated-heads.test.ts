import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'aramco', type: 'ORG', name: 'أرامكو' },
    { id: 'total', type: 'ORG', name: 'توتال' },
    { id: 'fr', type: 'GPE', name: 'فرنسا', forms: ['adj:الفرنسية'] },
    { id: 'ksu', type: 'ORG', name: 'جامعة الملك سعود' },
    { id: 'sabic', type: 'ORG', name: 'سابك' },
  ],
};

test('a company named after و and its head noun is coordinated with the subject', () => {
  assert.deepEqual(partiesOf('أبرمت شركة أرامكو وشركة توتال اتفاقية لبناء مصفاة.', spec, 'AGREE', 'أبرمت'), { actor: ['aramco', 'total'], recipient: [] });
  assert.deepEqual(partiesOf('وقعت جامعة الملك سعود وشركة سابك مذكرة تفاهم.', spec, 'AGREE', 'وقعت').actor, ['ksu', 'sabic']);
});

test('a nisba after the coordinated company qualifies it and is no recipient', () => {
  assert.deepEqual(partiesOf('أبرمت شركة أرامكو وشركة توتال الفرنسية اتفاقية لبناء مصفاة.', spec, 'AGREE', 'أبرمت'), { actor: ['aramco', 'total'], recipient: [] });
});
