import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:المصري', 'adj:المصرية'] },
    { id: 'it', type: 'GPE', name: 'إيطاليا', forms: ['adj:الإيطالية'] },
    { id: 'co', type: 'ORG', name: 'شركة نوفا' },
    { id: 'ma', type: 'GPE', name: 'المغرب', forms: ['adj:المغربي'] },
    { id: 'tn', type: 'GPE', name: 'تونس', forms: ['adj:التونسي'] },
    { id: 'p1', type: 'PER', name: 'سعيد العلمي' },
    { id: 'p2', type: 'PER', name: 'منير الحداد' },
    { id: 'gulf', type: 'ORG', name: 'مجلس التعاون' },
    { id: 'p3', type: 'PER', name: 'جون ميلر' },
    { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأمريكي'] },
    { id: 'ps', type: 'GPE', name: 'فلسطين', forms: ['adj:الفلسطينيين'] },
    { id: 'ilpol', type: 'ORG', name: 'الشرطة الإسرائيلية' },
    { id: 'tr', type: 'ORG', name: 'الجيش التركي' },
    { id: 'pkk', type: 'ORG', name: 'حزب العمال الكردستاني' },
  ],
};

function argsOf(text: string, type: string, trigger: string): { actor: string[]; recipient: string[] } {
  const ev = eventOn(eventsIn(text, spec), text, type, trigger);
  assert.ok(ev, `no ${type} on ${trigger}`);
  return { actor: ev.actor, recipient: ev.recipient };
}

test('a person titled by a nisba after بين and after و: the first acts, the second receives', () => {
  assert.deepEqual(argsOf('وتناول اتصال هاتفي بين الرئيسين المغربي سعيد العلمي والتونسي منير الحداد أوضاع المنطقة.', 'CONSULT', 'اتصال'), { actor: ['p1'], recipient: ['p2'] });
  // A comma before the second; an adjective of the first party's name before its و.
  assert.deepEqual(argsOf('وجاء لقاء بين وزيري الخارجية المغربي سعيد العلمي، والتونسي منير الحداد في الرباط.', 'CONSULT', 'لقاء'), { actor: ['p1'], recipient: ['p2'] });
  assert.deepEqual(argsOf('وانتهت محادثات بين وزراء مجلس التعاون الخليجي ووزير الخارجية الأمريكي جون ميلر.', 'CONSULT', 'محادثات').recipient, ['p3']);
});

test('a plain noun before the second party\'s name, and a nisba standing for the first', () => {
  assert.deepEqual(argsOf('وقال إن الاتفاق الموقع بين الحكومة المصرية وشركة نوفا سيوفر الغاز.', 'AGREE', 'الموقع').recipient, ['co']);
  assert.deepEqual(argsOf('وتتحول المواجهات بين الشبان الفلسطينيين والشرطة الإسرائيلية إلى عنف.', 'ASSAULT', 'المواجهات'), { actor: ['ps'], recipient: ['ilpol'] });
});

test('a party coordinated after a nisba is the second party, not the person titled', () => {
  assert.deepEqual(argsOf('وتواصلت الاشتباكات بين الجيش التركي وحزب العمال الكردستاني.', 'ASSAULT', 'الاشتباكات'), { actor: ['tr'], recipient: ['pkk'] });
});

test('a noun with a possessive after بين is an unnamed party: no name further on is taken', () => {
  assert.deepEqual(argsOf('وتسعى الأحزاب إلى التعاون بين ممثليها داخل حكومة سعيد العلمي.', 'COOPERATE', 'التعاون').actor.includes('p1'), false);
});

test('a second party that names the first again leaves the first the actor', () => {
  assert.deepEqual(argsOf('وتأجج الخلاف وتصاعدت المواجهات بين الرئيس الأمريكي وحلفاء الولايات المتحدة في المنطقة.', 'ASSAULT', 'المواجهات').actor, ['us']);
});
