import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('لا and لن negate a habit or a forecast: no source that kept silent', () => {
  const said = (t: string): string[] => cues(t).filter((c) => !/^و?(قال|ذكر|أكد)$/.test(c));
  assert.deepEqual(said('قال المدرب إن اللقاء العائلي لا يناقش الأفكار، ولا يوضح ما يجري بين الأبناء.'), []);
  assert.deepEqual(said('وذكر المحلل أن الموسم صعب، ولا يظهر أن أيا من الفرق جاهز للمنافسة.'), []);
  assert.deepEqual(said('وأكد المحلل أن السوق لا تؤكد خروجها من الموجة الهابطة.'), []);
});

test('لم with a verb of saying still reports a silence, and لا يستبعد still puts the content forward', () => {
  assert.deepEqual(attributionViews('ولم تكشف الشركة عن تفاصيل الصفقة الجديدة.').map((x) => [x.cue, x.stance]), [['ولم تكشف', 'none']]);
  assert.deepEqual(attributionViews('وقال الوزير إنه لا يستبعد أن ترتفع الأسعار.').map((x) => [x.cue, x.stance]),
    [['وقال', 'assert'], ['لا يستبعد', 'assert']]);
});

test('a negated verb of thinking or seeing tells what someone did not expect, not a statement withheld', () => {
  const said = (t: string): string[] => cues(t).filter((c) => !/^و?(قال|ذكر|أكد)$/.test(c));
  assert.deepEqual(said('وقال المدرب: «الفوز مهم»، لكنه لم يتوقع ردود الفعل الغاضبة من الجمهور.'), []);
  assert.deepEqual(said('وذكر السكان أنهم انتظروا طويلا، ولكن لم يروا من تلك الوعود إلا التأجيل.'), []);
  // A verb of saying negated with لم is still a silence.
  assert.deepEqual(said('وقال المدرب: «الفوز مهم»، لكنه لم يكشف عن تشكيلة الفريق.'), ['لم يكشف']);
});

test('دعا whose subject is a state of affairs (مما، الأمر الذي، أمر) means "led to": no call by a speaker', () => {
  const said = (t: string): string[] => cues(t).filter((c) => !/^و?(قال|أضاف|أكد)$/.test(c));
  assert.deepEqual(said('وأضاف الوزير أن الطلب ارتفع، الأمر الذي دعا الزوار إلى اللجوء للصهاريج.'), []);
  assert.deepEqual(said('وقال المدير إن الانقطاع تكرر، مما دعا الهيئة إلى التدخل.'), []);
  assert.deepEqual(said('وأكد أن الزيادة أمر يدعو إلى التوقع بانقطاع الكهرباء.'), []);
  // A speaker who calls for something is still one.
  assert.deepEqual(said('ودعا الأمير الشباب إلى التطوع.'), ['ودعا']);
});

test('موضحا بها/فيها with a noun tells what a document shows, not what someone said', () => {
  assert.deepEqual(cues('وطلبت الجامعة من المقبولين الحضور مصطحبين أصل وثيقة التخرج، موضحاً بها التقدير العام والمعدل.'), []);
  assert.deepEqual(cues('وأشار إلى أن الوزارة ستعلن الأسماء لاحقا، موضحا فيها تفاصيل المعدل وتاريخ التخرج.'), ['وأشار']);
  // With أن after it, the participle reports a statement.
  assert.deepEqual(cues('ونشر الوزير تغريدة، موضحا فيها أن القرار نهائي.').includes('موضحا'), true);
});

test('a verb form that opens a person\'s name (روي هودجسون، وعد الحربي) is the name, not a cue', () => {
  const t = 'وقال روي هودجسون مدرب الفريق إن اللاعبين جاهزون.';
  const ents = entitiesBySurface(t, [{ id: 'r', type: 'PER', name: 'روي هودجسون', forms: ['روي هودجسون'] }]);
  assert.deepEqual(attributionViews(t, ents).map((x) => [x.cue, x.source]), [['وقال', 'روي هودجسون']]);
  const u = 'وذكرت الطالبة وعد الحربي أن المسابقة كانت صعبة.';
  const ents2 = entitiesBySurface(u, [{ id: 'w', type: 'PER', name: 'وعد الحربي', forms: ['وعد الحربي'] }]);
  assert.deepEqual(attributionViews(u, ents2).map((x) => x.cue), ['وذكرت']);
});
