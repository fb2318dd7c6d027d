import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, describeEvents as show, eventOn, eventsIn, typedTriggers, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش السوري' },
    { id: 'e2', type: 'GPE', name: 'روسيا' },
    { id: 'e3', type: 'PER', name: 'خالد المنصوري' },
    { id: 'e4', type: 'ORG', name: 'جبهة النصرة' },
    { id: 'e5', type: 'GPE', name: 'دمشق' },
  ],
};

function roleOf(text: string, trigger: string, type: string, role: 'actor' | 'recipient', ids: string[], layers: LayerSpec = spec) {
  const events = eventsIn(text, layers);
  const e = eventOn(events, text, type, trigger);
  assert.ok(e, `${text} → ${typedTriggers(text, events).join('; ')}`);
  assert.deepEqual([...e[role]].sort(), ids, `${text} → ${show(text, events)}`);
}

test('a request told as a noun (بطلب، لطلب، طلب) is a request by the one named after it', () => {
  roleOf('ووصل الوفد إلى دمشق بطلب من روسيا.', 'بطلب', 'REQUEST', 'actor', ['e2']);
  roleOf('وانعقد المجلس لطلب خالد المنصوري تحقيقا في الحادث.', 'لطلب', 'REQUEST', 'actor', ['e3']);
  roleOf('وعقدت اللجنة اجتماعها بناء على طلب من روسيا.', 'طلب', 'REQUEST', 'actor', ['e2']);
  // Guard: students (الطلبة) and applications (طلبات التأشيرة) are no request.
  assertNoEvent('ويتنافس الطلبة على المقاعد الجامعية.', spec, 'REQUEST');
  assertNoEvent('وتلقت السفارة طلبات التأشيرة من المواطنين.', spec, 'REQUEST');
  // Guard: demand in the market (الطلب على النفط) is no request.
  assertNoEvent('وارتفع الطلب على النفط هذا العام.', spec, 'REQUEST');
});

test('the doer of an act named as the ground of another (بدعوة من X) is X', () => {
  roleOf('وزار خالد المنصوري دمشق بدعوة من روسيا.', 'بدعوة', 'REQUEST', 'actor', ['e2']);
});

test('a request told as the ground of an act does not swallow the acts after it', () => {
  assertEvent('ووصلت بعثة الخبراء إلى دمشق أمس بطلب من روسيا وبدعم من خالد المنصوري.', spec, 'AID', 'وبدعم');
  assertEvent('وانعقد المجلس لطلب خالد المنصوري تحقيقا في قصف الجيش السوري للمدينة.', spec, 'ASSAULT', 'قصف');
  // Guard: what a call asks for is still no event of its own.
  assertNoEvent('ودعا خالد المنصوري إلى قصف مواقع جبهة النصرة.', spec, 'ASSAULT');
});

test('thanks told as a noun (قدم شكره، تقدم بالشكر) and praise told as a participle (مثنيا) are support', () => {
  roleOf('وقدم خالد المنصوري شكره لروسيا على جهودها.', 'شكره', 'SUPPORT', 'recipient', ['e2']);
  roleOf('وتقدم الجيش السوري بالشكر إلى روسيا.', 'بالشكر', 'SUPPORT', 'actor', ['e1']);
  roleOf('واستقبل خالد المنصوري وفد روسيا، مثنيا على دور روسيا في المنطقة.', 'مثنيا', 'SUPPORT', 'actor', ['e3']);
  // Guard: a man named شكري is no thanks.
  assertNoEvent('والتقى خالد المنصوري بنظيره المصري سامح شكري.', spec, 'SUPPORT');
  // Guard: thanks with no verb of offering before it are no event.
  assertNoEvent('وجاءت كلمة الشكر في ختام الحفل.', spec, 'SUPPORT');
});

test('a military advance told as a noun (واصل تقدمه نحو، خلال تقدم القوات) is an attack by the force that advances', () => {
  roleOf('وواصل الجيش السوري تقدمه نحو دمشق على حساب جبهة النصرة.', 'تقدمه', 'ASSAULT', 'actor', ['e1']);
  roleOf('وقتل خمسة مسلحين خلال تقدم الجيش السوري باتجاه دمشق.', 'تقدم', 'ASSAULT', 'actor', ['e1']);
  // The place it advances towards is no recipient.
  roleOf('وقتل خمسة مسلحين خلال تقدم الجيش السوري باتجاه دمشق.', 'تقدم', 'ASSAULT', 'recipient', []);
  // Guard: offering thanks or a request (تقدم بالشكر، تقدم بطلب), progress and prosperity are no attack.
  assertNoEvent('وتقدم الجيش السوري بالشكر إلى روسيا.', spec, 'ASSAULT');
  assertNoEvent('وتقدم خالد المنصوري بطلب إلى روسيا.', spec, 'ASSAULT');
  assertNoEvent('وتمنى الوزير لروسيا المزيد من التقدم والازدهار.', spec, 'ASSAULT');
  assertNoEvent('ودعا الطرفين إلى التقدم نحو تنفيذ الاتفاق.', spec, 'ASSAULT');
  // Guard: an advance that was stopped (لمنع تقدم) is none.
  assertNoEvent('وحفرت جبهة النصرة الخنادق لمنع تقدم الجيش السوري.', spec, 'ASSAULT', 'تقدم');
});

test('words that only look like a trigger: climate change (تغير المناخ) and the name فيصل', () => {
  assertNoEvent('ووقعت روسيا اتفاق تغير المناخ.', spec, 'ASSAULT');
  assertNoEvent('ويغير خالد المنصوري موقفه من روسيا.', spec, 'ASSAULT');
  assertNoEvent('وأكد الأمير فيصل بن خالد المنصوري في دمشق أن روسيا دولة صديقة.', spec, 'CONSULT');
  // The past of the raid verb still counts.
  assertEvent('وأغارت طائرات روسيا على مواقع جبهة النصرة.', spec, 'ASSAULT', 'وأغارت');
});

test('restrictions imposed (فرض قيودا على) are coercion by the one who imposes them', () => {
  roleOf('وفرض الجيش السوري أمس قيودا مشددة على دخول دمشق.', 'قيودا', 'COERCE', 'actor', ['e1']);
  roleOf('وقررت روسيا فرض قيود على جبهة النصرة.', 'قيود', 'COERCE', 'recipient', ['e4']);
  // Guard: «على قيد الحياة» and restrictions lifted are no coercion.
  assertNoEvent('ولا يزال خالد المنصوري على قيد الحياة.', spec, 'COERCE');
  assertNoEvent('ورفعت روسيا القيود عن جبهة النصرة.', spec, 'COERCE');
});

test('mines planted told after the mines (الألغام التي زرعتها), a hostage held (المختطفة) and a conviction (حكم بالإدانة)', () => {
  assertEvent('ونزعت الفرق الألغام التي زرعتها جبهة النصرة في دمشق.', spec, 'ASSAULT', 'زرعتها');
  assertEvent('ووصلت الرهينة المختطفة منذ فبراير إلى دمشق.', spec, 'ASSAULT', 'المختطفة');
  assertEvent('وأفرج عن الرهينة التي كانت مختطفة في دمشق.', spec, 'ASSAULT', 'مختطفة');
  assertEvent('وصدر حكم بالإدانة ضد خالد المنصوري.', spec, 'COERCE', 'حكم');
  // Guard: planting trees is no attack.
  assertNoEvent('وزرعت روسيا الأشجار في دمشق.', spec, 'ASSAULT');
});

test('a call told by the participle داعيا is a request; a prayer for the fallen (داعيا للشهداء بالرحمة) is not', () => {
  roleOf('وانتقد خالد المنصوري الخطة، داعيا روسيا إلى الانسحاب.', 'داعيا', 'REQUEST', 'actor', ['e3']);
  assertNoEvent('وزار خالد المنصوري المصابين في دمشق، داعيا للشهداء بالرحمة.', spec, 'REQUEST');
  assertNoEvent('وعزى خالد المنصوري روسيا، داعيا بالشفاء العاجل للمصابين.', spec, 'REQUEST');
  // Guard: a preacher (الداعية) is no call.
  assertNoEvent('وقال الداعية الإسلامي خالد المنصوري إن الصبر مفتاح الفرج.', spec, 'REQUEST');
});

test('the adverb هنا (وهنا تبدو، من هنا) is no congratulation; هنأ still is', () => {
  assertNoEvent('وهنا تبدو اللحمة الوطنية في أقوى صورها.', spec, 'SUPPORT');
  assertNoEvent('ومن هنا جاءت الحاجة إلى الحوار مع روسيا.', spec, 'SUPPORT');
  roleOf('وهنأ خالد المنصوري روسيا بالعيد.', 'وهنأ', 'SUPPORT', 'recipient', ['e2']);
});

test('the short past دان (ودان X الهجوم) is a condemnation like أدان', () => {
  roleOf('ودان خالد المنصوري بشدة قصف الجيش السوري.', 'ودان', 'ACCUSE', 'actor', ['e3']);
});

test('a seizure told as a noun (بحجز أموال، تم حجز مواد) is coercion', () => {
  assertEvent('وقامت الشرطة بحجز أموال جبهة النصرة.', spec, 'COERCE', 'بحجز');
  assertEvent('وتم حجز مواد متعددة في دمشق.', spec, 'COERCE', 'حجز');
  // Guard: booking tickets or trips is no seizure.
  assertNoEvent('وحجز خالد المنصوري تذاكر السفر إلى دمشق.', spec, 'COERCE');
  assertNoEvent('وأعلن فتح باب الحجز للرحلات إلى دمشق.', spec, 'COERCE');
});

test('a participle of manner after a main verb that tells no event (أكد، قدّم) is done by the sentence\'s first party', () => {
  roleOf('وأكد خالد المنصوري أن الحل سياسي، داعيا روسيا إلى الحوار.', 'داعيا', 'REQUEST', 'actor', ['e3']);
  roleOf('ومن جانبه، عبر خالد المنصوري في المؤتمر عن أمله في التوصل إلى حل، مشيدا بدور روسيا.', 'مشيدا', 'SUPPORT', 'actor', ['e3']);
  // Guard: a party after a preposition is no subject (وفي لقاء مع خالد المنصوري …).
  roleOf('وفي لقاء مع خالد المنصوري أمس، أكد المتحدث أن الحل سياسي، مشيدا بدور روسيا.', 'مشيدا', 'SUPPORT', 'actor', []);
});

test('a verb in a relative clause whose pronoun is the antecedent as object (الألغام التي زرعتها X) has its subject named after it', () => {
  roleOf('ونزعت الفرق الألغام التي زرعتها جبهة النصرة في دمشق.', 'زرعتها', 'ASSAULT', 'actor', ['e4']);
  roleOf('وعاد السكان إلى المنازل التي قصفها الجيش السوري في دمشق.', 'قصفها', 'ASSAULT', 'actor', ['e1']);
});

test('a subject separated from its verb by a phrase of place or partnership (X في … وبالتنسيق مع Y فعل) is still its subject', () => {
  roleOf('وأفادت مصادر أن الجيش السوري في المحافظة وبالتنسيق مع روسيا قصف مواقع جبهة النصرة.', 'قصف', 'ASSAULT', 'actor', ['e1']);
  // Guard: a party inside a phrase after a noun (أنصار جبهة النصرة في دمشق) opens no clause.
  roleOf('ومنع الهجمات على أنصار جبهة النصرة في دمشق قصف الجيش السوري.', 'قصف', 'ASSAULT', 'actor', ['e1']);
});

test('a partnership told as the manner of an act (وبالتنسيق مع Y، بالتعاون مع Y) is done by the act\'s subject', () => {
  roleOf('وقصف الجيش السوري مواقع جبهة النصرة بالتنسيق مع روسيا.', 'بالتنسيق', 'COOPERATE', 'actor', ['e1']);
  roleOf('وأفادت مصادر أن الجيش السوري وبالتعاون مع روسيا قصف مواقع جبهة النصرة.', 'وبالتعاون', 'COOPERATE', 'actor', ['e1']);
});

test('two parties named by coordinated nisbas after a head (الجانبين السوري والروسي اتفقا) are both the subject', () => {
  const layers: LayerSpec = {
    entities: [
      { id: 'e2', type: 'GPE', name: 'روسيا', forms: ['adj:الروسي'] },
      { id: 'e6', type: 'GPE', name: 'سوريا', forms: ['adj:السوري'] },
    ],
  };
  roleOf('وقال مسؤولون إن الجانبين السوري والروسي اتفقا على الحوار.', 'اتفقا', 'AGREE', 'actor', ['e2', 'e6'], layers);
});

test('«we» in the words of a state\'s officer named with its nisba (قال وزير الخارجية الروسي X إن "اتفاقنا …") is his state', () => {
  const layers: LayerSpec = {
    entities: [
      { id: 'e2', type: 'GPE', name: 'روسيا', forms: ['adj:الروسي'] },
      { id: 'e3', type: 'PER', name: 'خالد المنصوري' },
      { id: 'e4', type: 'ORG', name: 'جبهة النصرة' },
    ],
  };
  roleOf('وقال وزير الخارجية الروسي خالد المنصوري إن "اتفاقنا مع جبهة النصرة يشمل فتح المعابر".', 'اتفاقنا', 'AGREE', 'actor', ['e2'], layers);
  // Guard: a speaker named without a state keeps the act.
  roleOf('وقال خالد المنصوري إن "اتفاقنا مع جبهة النصرة يشمل فتح المعابر".', 'اتفاقنا', 'AGREE', 'actor', ['e3'], layers);
});

test('a verb in a relative clause with its pronoun on a preposition (الذي تسيطر عليه X) has X as its doer, not the antecedent', () => {
  roleOf('وانسحب المسلحون من حي في دمشق الذي تسيطر عليه جبهة النصرة منذ عامين.', 'تسيطر', 'COERCE', 'actor', ['e4']);
  roleOf('وزار الوفد معسكرا قرب دمشق التي هاجمها الجيش السوري أمس.', 'هاجمها', 'ASSAULT', 'actor', ['e1']);
  // Guard: the antecedent stays the doer when the verb has its own object (جبهة النصرة التي تسيطر على دمشق).
  roleOf('وقاتل الجيش السوري جبهة النصرة التي تسيطر على دمشق منذ عامين.', 'تسيطر', 'COERCE', 'actor', ['e4']);
});

test('an agreement taken up again (الاتفاق مع روسيا) names the deal already told, no new signing', () => {
  const text = 'ووقعت دمشق اتفاقا مع روسيا أمس. وقال خالد المنصوري إن الاتفاق مع روسيا سيعزز الأمن، داعيا إلى دعم الاتفاق.';
  const events = eventsIn(text, spec).filter((e) => e.type === 'AGREE');
  assert.equal(events.length, 1, show(text, eventsIn(text, spec)));
  // Guard: the deal concluded between parties (إنجاز الاتفاق بين …) is told again as an act.
  const text2 = 'ووقعت دمشق اتفاقا مع روسيا أمس. وجاء ذلك بعد أسبوع من إنجاز الاتفاق بين روسيا وجبهة النصرة.';
  assert.equal(eventsIn(text2, spec).filter((e) => e.type === 'AGREE').length, 2, show(text2, eventsIn(text2, spec)));
});

test('defending a deal, a decision or an ally (دافع عن القرار، الدفاع عن الاتفاق) is support', () => {
  roleOf('ودافع خالد المنصوري عن قرار روسيا أمام البرلمان.', 'ودافع', 'SUPPORT', 'actor', ['e3']);
  assertEvent('وقال إن الجيش السوري يدافع عن الاتفاق مع روسيا.', spec, 'SUPPORT', 'يدافع');
  // Guard: defending the homeland, and the ministry of defence, are no support.
  assertNoEvent('وتعهد الجيش السوري بالدفاع عن الوطن.', spec, 'SUPPORT');
  assertNoEvent('وقال وزير الدفاع إن روسيا مستعدة للحوار.', spec, 'SUPPORT');
});

test('an invasion (غزو X) has X as the invaded; a nisba after it with an object in ل (الغزو الروسي لدمشق) is the invader', () => {
  const layers: LayerSpec = { entities: [...(spec.entities ?? []).filter((e) => e.id !== 'e2'), { id: 'e2', type: 'GPE', name: 'روسيا', forms: ['adj:الروسي', 'adj:الروسية'] }] };
  roleOf('وقال خالد المنصوري إن الأوضاع تبدلت منذ غزو دمشق.', 'غزو', 'ASSAULT', 'actor', [], layers);
  roleOf('وقال خالد المنصوري إن الأوضاع تبدلت منذ غزو دمشق.', 'غزو', 'ASSAULT', 'recipient', ['e5'], layers);
  roleOf('وتحدث خالد المنصوري عن ذكرى الغزو الروسي لدمشق.', 'الغزو', 'ASSAULT', 'actor', ['e2'], layers);
  // Guard: a targeting noun with its nisba and no object after it keeps the nisba out of the doer's place.
  roleOf('وأدان خالد المنصوري الاستهداف الروسي.', 'الاستهداف', 'ASSAULT', 'actor', [], layers);
});

test('a pronoun after a contrast (إلا أنها، غير أنه) goes on with the subject of the أن-clause before it, not the speaker', () => {
  roleOf('وأوضح خالد المنصوري أن جبهة النصرة كانت تملك قائمة بالمطلوبين، إلا أنها قامت باعتقال عائلات بأكملها.', 'باعتقال', 'COERCE', 'actor', ['e4']);
  roleOf('وأوضح خالد المنصوري أن جبهة النصرة كانت تملك قائمة، غير أنها هاجمت دمشق.', 'هاجمت', 'ASSAULT', 'actor', ['e4']);
});

test('a name in quotation marks after its preposition (من قبل «X»، ضد «X») keeps that preposition', () => {
  roleOf('وقال خالد المنصوري إن الهجوم على دمشق من قبل «جبهة النصرة» أصبح مسألة وقت.', 'الهجوم', 'ASSAULT', 'actor', ['e4']);
  // Guard: a quotation that opens with a name is no prepositional phrase.
  roleOf('وقال خالد المنصوري: «جبهة النصرة هاجمت دمشق».', 'هاجمت', 'ASSAULT', 'actor', ['e4']);
});

test('acceptance weighed against refusal (قبول أو رفض، بالموافقة أو عدم الموافقة) is no agreement yet', () => {
  assertNoEvent('ويجتمع النواب الشهر المقبل للبت في قبول أو رفض الخطة الروسية.', spec, 'AGREE');
  assertNoEvent('وسيصوت المجلس على الخطة سواء بالموافقة عليها أو عدم الموافقة.', spec, 'AGREE');
  // Guard: an acceptance told as done is still one.
  assertEvent('وأعلنت روسيا موافقتها على الخطة.', spec, 'AGREE', 'موافقتها');
});

test('a verb after a comma and و opens its own clause, not a noun coordinated with the one before (مناقشة X، وطلب من Y)', () => {
  const text = 'وأمر خالد المنصوري بعدم طلب مناقشة الجيش السوري، وطلب من روسيا إرسال وفد.';
  roleOf(text, 'وطلب', 'REQUEST', 'actor', ['e3']);
  roleOf(text, 'وطلب', 'REQUEST', 'recipient', ['e2']);
});

test('a definite agreement as the complement of a stance (رفضه للاتفاق، تسويقا للاتفاق) names the deal, not its making', () => {
  assertNoEvent('وأعلن خالد المنصوري تأييده للاتفاق مع روسيا أمام الصحفيين.', spec, 'AGREE');
  assertNoEvent('وتواصل الحكومة حملتها تسويقا للاتفاق الجديد مع روسيا.', spec, 'AGREE');
});

test('an agreement as the genitive of a word that reviews, sends or judges it (مراجعة اتفاق، معارضو الاتفاق) names the deal', () => {
  assertNoEvent('وناقش النواب قانون مراجعة اتفاق روسيا التجاري أمس.', spec, 'AGREE');
  assertNoEvent('وهاجم معارضو الاتفاق خالد المنصوري في الجلسة.', spec, 'AGREE');
});

test('an acceptance others are urged to give (لإقناع X بقبول، حثهم على الموافقة) is no agreement yet', () => {
  assertNoEvent('وتسعى الحكومة لإقناع النواب بقبول الخطة الروسية.', spec, 'AGREE');
  // Guard: an acceptance told as given is still one.
  assertEvent('وأعلنت روسيا موافقتها على الخطة.', spec, 'AGREE', 'موافقتها');
});
