import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'jb', type: 'PER', name: 'عادل الجبير' },
    { id: 'hd', type: 'PER', name: 'هايلي ماريام ديسالين' },
    { id: 'et', type: 'GPE', name: 'إثيوبيا', forms: ['adj:الإثيوبي'] },
    { id: 'ru', type: 'GPE', name: 'روسيا', forms: ['adj:الروسية'] },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('the titled person after a possessive meeting noun is the one met', () => {
  const text = 'وأكد عادل الجبير خلال لقائه رئيس الوزراء الإثيوبي هايلي ماريام ديسالين أهمية التعاون.';
  assert.deepEqual(args(text, 'CONSULT', 'لقائه').recipient, ['hd']);
});

test('a title phrase that ends in no party, or a place phrase, gives no titled object', () => {
  assert.deepEqual(args('وأكد عادل الجبير خلال لقائه رئيس الوزراء في المطار أهمية التعاون.', 'CONSULT', 'لقائه').recipient, []);
});

test('the state of a title phrase is not taken for the one met', () => {
  assert.deepEqual(args('وأكد عادل الجبير خلال لقائه رئيس وزراء إثيوبيا أهمية التعاون.', 'CONSULT', 'لقائه').recipient, []);
});
