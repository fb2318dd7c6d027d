import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'jb', type: 'PER', name: 'عادل الجبير' },
    { id: 'ir', type: 'GPE', name: 'إيران' },
    { id: 'ar', type: 'PER', name: 'ألبرت ديل روساريو' },
    { id: 'ph', type: 'GPE', name: 'الفلبين' },
    { id: 'cn', type: 'GPE', name: 'الصين' },
    { id: 'un', type: 'ORG', name: 'الأمم المتحدة' },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('the party right after a comma that closes the named subject and its title is the object', () => {
  assert.deepEqual(args('وطالب عادل الجبير، إيران بوقف التدخل في شؤون المنطقة.', 'REQUEST', 'وطالب'), { actor: ['jb'], recipient: ['ir'] });
  assert.deepEqual(args('واتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين بممارسة أنشطة بناء.', 'ACCUSE', 'واتهم'), { actor: ['ar'], recipient: ['cn'] });
});

test('not past a comma after other words, nor a party set off by commas', () => {
  // Words that are no title stand between the subject and the comma.
  assert.deepEqual(args('وطالب عادل الجبير بوقف التدخل، إيران ترفض ذلك.', 'REQUEST', 'وطالب'), { actor: ['jb'], recipient: [] });
  // A name between commas is an aside.
  assert.deepEqual(args('ودعا عادل الجبير، الأمم المتحدة، إلى التحرك.', 'REQUEST', 'ودعا'), { actor: ['jb'], recipient: [] });
});
