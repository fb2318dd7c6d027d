import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'kh', type: 'PER', name: 'علي خامنئي' },
    { id: 'eu', type: 'GPE', name: 'أوروبا', forms: ['adj:الأوروبيين'] },
    { id: 'hrw', type: 'ORG', name: 'هيومن رايتس ووتش' },
    { id: 'fa', type: 'PER', name: 'لوران فابيوس' },
    { id: 'fr', type: 'GPE', name: 'فرنسا', forms: ['adj:الفرنسي'] },
    { id: 'ir', type: 'GPE', name: 'إيران' },
    { id: 'bh', type: 'GPE', name: 'البحرين' },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('blame directed with وجه: its addressee after إلى or ل', () => {
  // AFP via Asharq Al-Awsat, Al Jazeera, BBC Arabic styles.
  assert.deepEqual(args('وجه المرشد الأعلى علي خامنئي انتقادا حادا إلى الأوروبيين الثلاثاء.', 'ACCUSE', 'انتقادا'), { actor: ['kh'], recipient: ['eu'] });
  assert.deepEqual(args('ووجهت منظمة هيومن رايتس ووتش انتقادات لاذعة لوزير الخارجية الفرنسي لوران فابيوس.', 'ACCUSE', 'انتقادات'), { actor: ['hrw'], recipient: ['fa'] });
  assert.deepEqual(args('ووجهت البحرين اتهامات مباشرة إلى إيران بتهريب الأسلحة.', 'ACCUSE', 'اتهامات').recipient, ['ir']);
});

test('not a party named further on in the sentence', () => {
  // Yonhap via Asharq Al-Awsat style.
  assert.deepEqual(args('وقالت الشرطة إن الرجل وجه التهديد في تعليق كتبه على الموقع الإلكتروني للبحرين أمس.', 'THREATEN', 'التهديد').recipient, []);
});

test('without وجه the noun keeps its own prepositions', () => {
  assert.deepEqual(args('وصدرت انتقادات حادة في باريس إلى جانب تصريحات لوران فابيوس.', 'ACCUSE', 'انتقادات').recipient, []);
});
