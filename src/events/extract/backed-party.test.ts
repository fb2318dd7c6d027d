import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'res', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'army', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'co', type: 'ORG', name: 'التحالف العربي', forms: ['التحالف'] },
    { id: 'hou', type: 'ORG', name: 'الحوثيين', forms: ['الحوثيون'] },
    { id: 'sal', type: 'PER', name: 'علي عبدالله صالح' },
    { id: 'ir', type: 'GPE', name: 'إيران' },
    { id: 'ye', type: 'GPE', name: 'اليمن', forms: ['adj:اليمنية'] },
    { id: 'aden', type: 'GPE', name: 'عدن' },
    { id: 'kur', type: 'ORG', name: 'الأكراد' },
    { id: 'sy', type: 'GPE', name: 'سوريا', forms: ['adj:السوريون'] },
    { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأميركيون'] },
    { id: 'hadi', type: 'PER', name: 'عبد ربه منصور هادي' },
  ],
};

const aid = (text: string, trigger: string) => partiesOf(text, spec, 'AID', trigger);

test('a passive participle of backing: the party it qualifies is the one backed', () => {
  // Asharq Al-Awsat, Al Jazeera, Reuters Arabic styles.
  assert.deepEqual(aid('وتقدمت المقاومة الشعبية المدعومة من التحالف العربي نحو مدينة تعز.', 'المدعومة'), { actor: ['co'], recipient: ['res'] });
  assert.deepEqual(aid('وقصفت طائرات التحالف مواقع الحوثيين المدعومين من إيران في صعدة.', 'المدعومين'), { actor: ['ir'], recipient: ['hou'] });
  assert.deepEqual(aid('واندلعت اشتباكات عنيفة بين الحوثيين مدعومين بقوات علي عبدالله صالح وعناصر المقاومة.', 'مدعومين').recipient, ['hou']);
  assert.deepEqual(aid('وزحفت قوات الحكومة اليمنية مدعومة من التحالف نحو الشمال.', 'مدعومة'), { actor: ['co'], recipient: ['ye'] });
});

test('a participle after a comma, and coordinated backers sharing the one backed', () => {
  const text = 'وتواصل قوات المقاومة الشعبية، مدعومة بعناصر الجيش الوطني، وبإسناد من طائرات التحالف العربي، تقدمها في محافظة مأرب.';
  assert.deepEqual(aid(text, 'مدعومة').recipient, ['res']);
});

test('backing told with بدعم: the subject named right before it is the one backed', () => {
  assert.deepEqual(aid('وتمكنت المقاومة الشعبية بدعم من التحالف العربي من استعادة القاعدة.', 'بدعم').recipient, ['res']);
  assert.deepEqual(aid('وهم الأكراد السوريون بدعم من الولايات المتحدة من صمدوا في كوباني.', 'بدعم').recipient, ['kur']);
});

test('parties coordinated through their members are backed together', () => {
  assert.deepEqual(aid('واستعادت قوات الجيش الوطني وعناصر المقاومة الشعبية المدعومة بطيران التحالف قاعدة العند.', 'المدعومة').recipient, ['army', 'res']);
});

test('other aid told with ب is no backing aside, and a lone nisba before بدعم is no subject', () => {
  assert.ok(!aid('وتعهد المسؤولون الأميركيون بتقديم أسلحة ومعدات إلى مقاتلي العشائر.', 'بتقديم').recipient.includes('us'));
  assert.deepEqual(aid('وتستعد الإدارة لسداد مستحقات المدرب اليمنية بدعم من التحالف العربي.', 'بدعم').recipient, []);
});

test('not a city, a party in a prepositional phrase before بدعم, or a participle coordinated with an earlier qualifier', () => {
  assert.deepEqual(aid('ويأتي ذلك بعد أسابيع على تحرير محافظة عدن بدعم من ضربات التحالف العربي.', 'بدعم').recipient, []);
  assert.deepEqual(aid('وتقاتل القوات ضد الحوثيين بدعم من التحالف العربي في لحج.', 'بدعم').recipient, []);
  assert.deepEqual(aid('وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي، والمدعومة من التحالف العربي، نحو عدن.', 'والمدعومة').recipient, []);
});
