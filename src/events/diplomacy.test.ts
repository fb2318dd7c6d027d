import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

function run(text: string, spec: LayerSpec = {}) {
  return extractEvents(buildLayers(text, spec));
}

const show = (text: string, events: IsnadEvent[]) => events.map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`);
const at = (text: string, events: IsnadEvent[], trigger: string) => events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

test('a call received: the caller past a long title phrase is the actor, the one who received it the recipient', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'محمد بن سلمان بن عبدالعزيز' },
      { id: 'e2', type: 'PER', name: 'عبدربه منصور هادي' },
      { id: 'e3', type: 'GPE', name: 'اليمن', forms: ['الجمهورية اليمنية'] },
    ],
  };
  const t = 'تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس اتصالاً هاتفيًا من فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية.';
  const call = at(t, run(t, spec), 'اتصالاً');
  assert.equal(call?.type, 'CONSULT');
  assert.deepEqual([call?.actor, call?.recipient], [['e2'], ['e1']]);
});

test('a reception: the one received, named past the place and an aside or told by «له», is the recipient', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'الملك سلمان بن عبدالعزيز آل سعود' },
      { id: 'e2', type: 'PER', name: 'سامح شكري' },
      { id: 'e3', type: 'GPE', name: 'مصر', forms: ['جمهورية مصر العربية', 'adj:المصري'] },
      { id: 'e4', type: 'PER', name: 'محمود عباس', forms: ['عباس'] },
      { id: 'e5', type: 'PER', name: 'وائل عطية' },
      { id: 'e6', type: 'ORG', name: 'السلطة الفلسطينية' },
      { id: 'e7', type: 'PER', name: 'عبد اللطيف الزياني', forms: ['الزياني'] },
      { id: 'e8', type: 'PER', name: 'خالد محفوظ بحاح' },
      { id: 'e9', type: 'GPE', name: 'الرياض', forms: ['منطقة الرياض'] },
      { id: 'e10', type: 'PER', name: 'فيصل بن بندر' },
    ],
  };
  const t1 = 'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في قصر السلام اليوم معالي وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له.';
  const r1 = at(t1, run(t1, spec), 'استقبل');
  assert.deepEqual([r1?.actor, r1?.recipient], [['e1'], ['e2']]);
  const t2 = 'وأكد عباس، عقب استقباله في مكتبه السفير المصري لدى السلطة الفلسطينية وائل عطية، على أهمية القوة المشتركة.';
  const r2 = at(t2, run(t2, spec), 'استقباله');
  assert.deepEqual([r2?.actor, r2?.recipient], [['e4'], ['e5']]);
  const t3 = 'وأعرب الزياني، لدى استقبال رئيس مجلس الوزراء خالد محفوظ بحاح، له الليلة الماضية، عن ارتياحه لما تحقق.';
  const e3 = run(t3, spec);
  const r3 = at(t3, e3, 'استقبال');
  assert.deepEqual([r3?.actor, r3?.recipient], [['e8'], ['e7']]);
  // The feeling expressed is the one's who expressed it, not the nearest name's.
  const felt = at(t3, e3, 'ارتياحه');
  assert.equal(felt?.type, 'SUPPORT');
  assert.deepEqual(felt?.actor, ['e7']);
  // The host's own title (أمير منطقة الرياض) is not the one received.
  const t4 = 'استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه أمس السفير المصري لدى المملكة.';
  assert.deepEqual(at(t4, run(t4, spec), 'استقبل')?.recipient, ['e3']);
  // A reception taken up by a definite noun is no new event.
  const t5 = 'استقبل الملك سلمان بن عبدالعزيز آل سعود سامح شكري. ونقل شكري خلال الاستقبال تحيات عباس.';
  assert.deepEqual(show(t5, run(t5, spec)), ['CONSULT استقبل']);
});

test('a visit or a meeting told as a circumstance is done by the main clause\'s subject', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'اشتون كارتر', forms: ['كارتر'] },
      { id: 'e2', type: 'PER', name: 'مسعود بارزاني', forms: ['بارزاني'] },
      { id: 'e3', type: 'GPE', name: 'العراق', forms: ['للعراق'] },
      { id: 'e4', type: 'PER', name: 'عبدربه منصور هادي' },
      { id: 'e5', type: 'PER', name: 'إسماعيل ولد الشيخ' },
      { id: 'e6', type: 'GPE', name: 'عدن', forms: ['محافظة عدن'] },
      { id: 'e7', type: 'PER', name: 'أحمد داوود أوغلو' },
    ],
  };
  const t1 = 'التقى وزير الدفاع اشتون كارتر الجمعة رئيس الإقليم مسعود بارزاني في اليوم الثاني من زيارته للعراق.';
  const visit = at(t1, run(t1, spec), 'زيارته');
  assert.deepEqual([visit?.actor, visit?.recipient], [['e1'], ['e3']]);
  // A meeting after a call stays an event; the visit the call asks for does not.
  const t2 = 'ودعا الرئيس عبدربه منصور هادي خلال لقائه اليوم المبعوث إسماعيل ولد الشيخ الى زيارة محافظة عدن.';
  const e2 = run(t2, spec);
  assert.deepEqual(show(t2, e2), ['REQUEST ودعا', 'CONSULT لقائه']);
  assert.deepEqual(at(t2, e2, 'لقائه')?.actor, ['e4']);
  // A call told as a circumstance: the one named just before made it; what he expressed is his.
  const t3 = 'وعبر رئيس الإقليم مسعود بارزاني في اتصال هاتفي مع رئيس الوزراء أحمد داوود أوغلو عن "استيائه من المستوى الخطير".';
  const e3 = run(t3, spec);
  assert.deepEqual([at(t3, e3, 'اتصال')?.actor, at(t3, e3, 'اتصال')?.recipient], [['e2'], ['e7']]);
  const displeasure = at(t3, e3, 'استيائه');
  assert.equal(displeasure?.type, 'ACCUSE');
  assert.deepEqual(displeasure?.actor, ['e2']);
});

test('a condemnation: the doer of the condemned act is the recipient; a quoted «ندين» is the speaker\'s', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'إقليم كردستان العراق' },
      { id: 'e2', type: 'GPE', name: 'تركيا', forms: ['adj:التركية'] },
      { id: 'e3', type: 'ORG', name: 'حزب العمال الكردستاني' },
      { id: 'e4', type: 'ORG', name: 'برلمان إقليم كردستان' },
      { id: 'e5', type: 'GPE', name: 'البحرين', forms: ['المنامة'] },
      { id: 'e6', type: 'GPE', name: 'إيران', forms: ['adj:الإيرانيين'] },
      { id: 'e7', type: 'ORG', name: 'وكالة أنباء البحرين' },
    ],
  };
  const t1 = 'دانت قيادة إقليم كردستان العراق السبت القصف الجوي الذي شنته الطائرات التركية ضد مواقع حزب العمال الكردستاني.';
  const c1 = at(t1, run(t1, spec), 'دانت');
  assert.equal(c1?.type, 'ACCUSE');
  assert.deepEqual([c1?.actor, c1?.recipient], [['e1'], ['e2']]);
  const t2 = 'وقال برلمان إقليم كردستان في بيان "في الوقت الذي ندين بشدة هذه الهجمات نطالب بوقفها فورا".';
  const e2 = run(t2, spec);
  assert.deepEqual([at(t2, e2, 'ندين')?.actor, at(t2, e2, 'نطالب')?.actor], [['e4'], ['e4']]);
  const t3 = 'وأدانت المنامة بشدة في نبأ أوردته وكالة أنباء البحرين اليوم استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين تجاه البحرين.';
  const e3 = run(t3, spec);
  assert.deepEqual(at(t3, e3, 'وأدانت')?.recipient, ['e6']);
  // Hostile statements are an accusation by those who make them.
  const hostile = at(t3, e3, 'التصريحات');
  assert.equal(hostile?.type, 'ACCUSE');
  assert.deepEqual([hostile?.actor, hostile?.recipient], [['e6'], ['e5']]);
  // The reason after the party condemned (أدانت X Y لهجومها) leaves Y the recipient.
  const t4 = 'أدانت البحرين إيران لهجومها على السفارة.';
  assert.deepEqual(at(t4, run(t4, spec), 'أدانت')?.recipient, ['e6']);
});

test('recalling an ambassador: the state he is posted to; consultations he is called for are no event', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'البحرين', forms: ['مملكة البحرين'] },
      { id: 'e2', type: 'GPE', name: 'إيران' },
    ],
  };
  const t = 'استدعت مملكة البحرين سفيرها لدى إيران للتشاور في أعقاب التصريحات.';
  const events = run(t, spec);
  assert.deepEqual(show(t, events), ['SANCTION استدعت']);
  assert.deepEqual([events[0]?.actor, events[0]?.recipient], [['e1'], ['e2']]);
});

test('participles and nouns of stance: مرفوضة, مطالباً, مهدداً, مجمدة, a truce (وقف إطلاق النار), «ستظل إلى جانب»', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'راشد بن عبدالله آل خليفة' },
      { id: 'e2', type: 'GPE', name: 'إيران', forms: ['adj:الإيرانية'] },
      { id: 'e3', type: 'ORG', name: 'تنظيم الإخوان' },
      { id: 'e4', type: 'ORG', name: 'الأمم المتحدة' },
      { id: 'e5', type: 'ORG', name: 'مجلس التعاون', forms: ['دول مجلس التعاون'] },
      { id: 'e6', type: 'GPE', name: 'اليمن', forms: ['adj:اليمني'] },
      { id: 'e7', type: 'ORG', name: 'التحالف' },
    ],
  };
  const t1 = 'أكد الشيخ راشد بن عبدالله آل خليفة أن التدخلات الإيرانية في الشأن الداخلي مرفوضة شكلاً ومضموناً.';
  const rejected = run(t1, {
    ...spec,
    attributions: [{ id: 'a1', cue: 'أكد', source: 'راشد بن عبدالله آل خليفة', sourceEntity: 'e1', content: 'التدخلات' }],
  });
  assert.deepEqual(show(t1, rejected), ['REJECT مرفوضة']);
  assert.deepEqual([rejected[0]?.actor, rejected[0]?.recipient], [['e1'], ['e2']]);
  const t2 = 'وزعم تنظيم الإخوان أن الحالة خطرة، مطالباً الأمم المتحدة بتنظيم وفد، مهدداً بنشر موجات عنف.';
  assert.deepEqual(show(t2, run(t2, spec)), ['REQUEST مطالباً', 'THREATEN مهدداً']);
  // A species threatened with extinction is no threat.
  const t3 = 'وتعد هذه الطيور مهددة بالانقراض.';
  assert.deepEqual(show(t3, run(t3, spec)), []);
  const t4 = 'وتستهدف العقوبات الجديدة أربعة أفراد وسبع سفن أصبحت ممتلكات مجمدة.';
  assert.deepEqual(show(t4, run(t4, spec)), ['SANCTION العقوبات', 'SANCTION مجمدة']);
  const t5 = 'وقال إنه يرفض وقف إطلاق النار الذي يعتزم التحالف تطبيقه.';
  assert.deepEqual(show(t5, run(t5, spec)), ['REJECT يرفض', 'AGREE وقف']);
  const t6 = 'وقال إن دول مجلس التعاون ستظل إلى جانب الشعب اليمني حتى يستعيد أمنه.';
  const side = run(t6, spec);
  assert.deepEqual(show(t6, side), ['SUPPORT ستظل']);
  assert.deepEqual([side[0]?.actor, side[0]?.recipient], [['e5'], ['e6']]);
  // «تستهدف» right after a sanction noun tells its reach, not an attack.
  const t7 = 'وقالت الوزارة إن العقوبات الجديدة تستهدف أربعة أفراد.';
  assert.deepEqual(show(t7, run(t7, spec)), ['SANCTION العقوبات']);
});

test('the subject pronoun after إنه stands for the one who says it, not the platform just before', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'جماعة الحوثي' },
      { id: 'e2', type: 'ORG', name: 'تويتر' },
    ],
    attributions: [{ id: 'a1', cue: 'قال', source: 'جماعة الحوثي', sourceEntity: 'e1', content: 'يرفض' }],
  };
  const t = 'قال زعيم جماعة الحوثي في رسالة نشرت على حساب للجماعة على موقع تويتر إنه يرفض الهدنة.';
  assert.deepEqual(at(t, run(t, spec), 'يرفض')?.actor, ['e1']);
});

test('a relative clause whose antecedent is no entity lends neither actor nor recipient', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'مجلس التعاون' },
      { id: 'e2', type: 'PER', name: 'عبد اللطيف الزياني' },
    ],
    attributions: [{ id: 'a1', cue: 'أكد', source: 'عبد اللطيف الزياني', sourceEntity: 'e2', content: 'مجلس' }],
  };
  const t = 'أكد عبد اللطيف الزياني أن مجلس التعاون يتمسك بانسحاب الميليشيات من المدن والمواقع التي تسيطر عليها.';
  const control = at(t, run(t, spec), 'تسيطر');
  assert.deepEqual([control?.actor, control?.recipient], [[], []]);
});

test('help to people named by their place; a charge names the act\'s object; a quoted name is no event', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'اليمن' },
      { id: 'e2', type: 'ORG', name: 'النظام السوري', forms: ['نظام بشار الاسد'] },
      { id: 'e3', type: 'GPE', name: 'عدن', forms: ['ميناء عدن'] },
    ],
  };
  const t1 = 'وجه الملك بتقديم المساعدات الإنسانية للأشقاء في اليمن.';
  assert.deepEqual(at(t1, run(t1, spec), 'المساعدات')?.recipient, ['e1']);
  const t2 = 'تستهدف العقوبات سبع كيانات متهمة بمساعدة نظام بشار الاسد.';
  const helped = at(t2, run(t2, spec), 'بمساعدة');
  assert.deepEqual([helped?.actor, helped?.recipient], [[], ['e2']]);
  const t3 = 'وصلت اليوم سفينة " درب الخير " إلى ميناء عدن.';
  assert.deepEqual(show(t3, run(t3, spec)), []);
});

test('a support verb reaches its noun past a bracketed aside (فرض في أبريل (نيسان) الماضي عقوبات)', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'مجلس الأمن الدولي' },
      { id: 'e2', type: 'PER', name: 'علي عبدالله صالح' },
      { id: 'e3', type: 'ORG', name: 'الأمم المتحدة' },
    ],
  };
  const t1 = 'وكان مجلس الأمن الدولي فرض في أبريل (نيسان) الماضي عقوبات على علي عبدالله صالح.';
  const s1 = at(t1, run(t1, spec), 'عقوبات');
  assert.deepEqual([s1?.actor, s1?.recipient], [['e1'], ['e2']]);
  const t2 = 'جمدت الحكومة الأموال التزاما بالعقوبات التي أقرتها الأمم المتحدة.';
  const e2 = run(t2, spec);
  assert.deepEqual(at(t2, e2, 'بالعقوبات')?.actor, ['e3']);
  assert.equal(at(t2, e2, 'التزاما'), undefined);
});

test('an arrival at a place is a visit; the visit noun that follows as its circumstance is the same event', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'جون كيري' },
      { id: 'e2', type: 'GPE', name: 'القاهرة' },
      { id: 'e3', type: 'GPE', name: 'عدن' },
      { id: 'e4', type: 'PER', name: 'عبدربه منصور هادي' },
    ],
  };
  const t1 = 'وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس في زيارة تستغرق يومين.';
  const e1 = run(t1, spec);
  assert.deepEqual(show(t1, e1), ['CONSULT زيارة']);
  assert.deepEqual([e1[0]?.actor, e1[0]?.recipient, e1[0]?.mode], [['e1'], ['e2'], 'visit']);
  const t2 = 'ووصل الرئيس عبدربه منصور هادي إلى عدن قادما من الرياض.';
  const e2 = at(t2, run(t2, spec), 'ووصل');
  assert.deepEqual([e2?.type, e2?.actor, e2?.recipient], ['CONSULT', ['e4'], ['e3']]);
  // what reaches a number, or aid and forces that arrive, is no visit
  for (const t of ['وصل عدد القتلى إلى 50 شخصا.', 'وصلت المساعدات إلى عدن.', 'وصلت تعزيزات إلى عدن.']) {
    assert.ok(!run(t, spec).some((e) => e.type === 'CONSULT'), t);
  }
  // a visit told again in a clause of its own stays a second event
  const t3 = 'وكيري هو أول وزير يزور القاهرة منذ عامين وتجيء زيارته بعد الاتفاق.';
  assert.equal(run(t3, spec).filter((e) => e.type === 'CONSULT').length, 2);
});
