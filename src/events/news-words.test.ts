import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

function run(text: string, spec: LayerSpec = {}) {
  return extractEvents(buildLayers(text, spec));
}

const show = (text: string, events: IsnadEvent[]) => events.map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`);

test('the act a call or a threat asks for is not an event, also past an aside', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'التنظيم' },
      { id: 'e2', type: 'PER', name: 'إبراهيم العسيري' },
      { id: 'e3', type: 'GPE', name: 'أميركا' },
      { id: 'e4', type: 'PER', name: 'خالد باطرفي' },
      { id: 'e5', type: 'GPE', name: 'الولايات المتحدة' },
    ],
  };
  const t1 = 'ودعا التنظيم، الذي يصفه مسؤولون أميركيون بأنه الفرع الأخطر، إلى شن مزيد من هجمات الذئاب المنفردة ضدها.';
  assert.deepEqual(show(t1, run(t1, spec)), ['REQUEST ودعا']);
  const t2 = 'إن إبراهيم العسيري، طالب في رسالة نشرها أمس موقع المتشددين، بمهاجمة أميركا في عقر دارها.';
  const e2 = run(t2, spec);
  assert.deepEqual(show(t2, e2), ['REQUEST طالب']);
  assert.equal(e2[0]?.mode, 'assault');
  const t3 = 'كما دعا قيادي آخر في التنظيم يدعى خالد باطرفي، في مقطع فيديو، إلى تنفيذ هجمات على الولايات المتحدة.';
  assert.deepEqual(show(t3, run(t3, spec)), ['REQUEST دعا']);
  // An attack told in its own clause after the call stays an event.
  const t4 = 'دعا التنظيم إلى الهدوء. وهاجم مسلحون أميركا.';
  assert.deepEqual(show(t4, run(t4, spec)), ['REQUEST دعا', 'ASSAULT وهاجم']);
});

test('the reporter of a casualty is not its doer', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'PER', name: 'ميلود الزوي' }] };
  const t = 'وقال العقيد ميلود الزوي المتحدث الرسمي، إن 25 جنديا قتلوا وأصيب 35 آخرون جراء الاشتباكات.';
  const kill = run(t, spec).find((e) => e.type === 'ASSAULT' && t.slice(e.trigger.start, e.trigger.end) === 'قتلوا');
  assert.ok(kill);
  assert.deepEqual(kill.actor, []);
});

test('a clash between two parties: the first acts, the second is acted upon', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'الفرقة الرابعة' },
      { id: 'e2', type: 'ORG', name: 'حزب الله' },
    ],
  };
  const t = 'واندلعت الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله في المنطقة.';
  const [clash] = run(t, spec);
  assert.equal(clash?.type, 'ASSAULT');
  assert.deepEqual(clash?.actor, ['e1']);
  assert.deepEqual(clash?.recipient, ['e2']);
});

test('news verbs and nouns added to the lexicon, one per type or more', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'داعش' },
      { id: 'e2', type: 'GPE', name: 'الولايات المتحدة' },
      { id: 'e3', type: 'GPE', name: 'العراق' },
    ],
  };
  const cases: [string, string, string][] = [
    ['أسرت داعش ثلاثة جنود.', 'COERCE', 'أسرت'],
    ['واقتادت الشرطة المتهمين إلى السجن.', 'COERCE', 'واقتادت'],
    ['أعلنت الشرطة تفكيك خلية إرهابية.', 'COERCE', 'تفكيك'],
    ['قررت الحكومة إغلاق المعبر مع العراق.', 'COERCE', 'إغلاق'],
    ['قالت الولايات المتحدة إنها دربت قوات في العراق.', 'AID', 'دربت'],
    ['أمطرت داعش الأحياء بالقذائف.', 'ASSAULT', 'أمطرت'],
    ['اجتاحت داعش مدنا في العراق.', 'ASSAULT', 'اجتاحت'],
    ['وارتكب التنظيم مجزرة في القرية.', 'ASSAULT', 'مجزرة'],
    ['أودى الانفجار بحياة عشرة أشخاص.', 'ASSAULT', 'أودى'],
    ['ونسف مسلحون جسرا.', 'ASSAULT', 'ونسف'],
    ['نظم العشرات وقفة احتجاجية أمام الوزارة.', 'PROTEST', 'وقفة'],
    ['ونزل الآلاف إلى الشوارع في بغداد.', 'PROTEST', 'ونزل'],
    ['امتنعت الولايات المتحدة عن التصويت.', 'REJECT', 'امتنعت'],
    ['أجرت الولايات المتحدة مناورات عسكرية.', 'MOBILIZE', 'مناورات'],
    ['استهجن العراق تصريحات الوزير.', 'ACCUSE', 'استهجن'],
    ['خفضت العراق التمثيل الدبلوماسي.', 'SANCTION', 'خفضت'],
    ['بعث العراق برسالة إلى الولايات المتحدة.', 'CONSULT', 'بعث'],
    ['تخلت الولايات المتحدة عن حلفائها.', 'CONCEDE', 'تخلت'],
    ['أمهل العراق داعش ثلاثة أيام.', 'THREATEN', 'أمهل'],
  ];
  for (const [text, type, trigger] of cases) {
    const events = run(text, spec);
    assert.ok(events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events).join('; ')}`);
  }
  // Guarded senses stay out: a blessing, a political manoeuvre, a disease that spreads.
  for (const text of ['بارك الله فيكم.', 'وصف الوزير ذلك بأنه مناورات سياسية.', 'حذر الأطباء من انتشار المرض.']) {
    const events = run(text, spec).filter((e) => e.type !== 'THREATEN');
    assert.deepEqual(show(text, events), [], text);
  }
});

test('operations named as attacks, dispersals, spoils, broken truces and normalisation', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'ORG', name: 'داعش' }, { id: 'e2', type: 'GPE', name: 'إسرائيل' }] };
  const cases: [string, string, string][] = [
    ['نفذت داعش عملية انتحارية في المدينة.', 'ASSAULT', 'عملية'],
    ['وغنم مقاتلو داعش أسلحة.', 'COERCE', 'وغنم'],
    ['حاولت الشرطة فض الاعتصام بالقوة.', 'COERCE', 'فض'],
    ['اتهمت الحكومة داعش بنقض الهدنة.', 'REJECT', 'بنقض'],
    ['رفض الحزب التطبيع مع إسرائيل.', 'COOPERATE', 'التطبيع'],
  ];
  for (const [text, type, trigger] of cases) {
    const events = run(text, spec);
    assert.ok(events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events).join('; ')}`);
  }
  // A surgery is no attack.
  assert.deepEqual(show('أجرى الطبيب عملية جراحية.', run('أجرى الطبيب عملية جراحية.', spec)), []);
});

test('gatherings of protesters, pursuit, ousting, travel, crimes, burning, clearing and reprisals', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'فلسطين', forms: ['adj:الفلسطيني', 'adj:فلسطينيين'] },
      { id: 'e2', type: 'PER', name: 'القذافي' },
      { id: 'e3', type: 'PER', name: 'أوغلو' },
      { id: 'e4', type: 'GPE', name: 'شانلي اورفة' },
      { id: 'e5', type: 'ORG', name: 'حزب العمال الكردستاني' },
      { id: 'e6', type: 'GPE', name: 'تركيا', forms: ['adj:التركي'] },
    ],
  };
  const cases: [string, string, string][] = [
    ['تجمع متظاهرون في الساحة للتنديد بالقرار.', 'PROTEST', 'تجمع'],
    ['قرر الأمن الفلسطيني ملاحقة المستوطنين.', 'COERCE', 'ملاحقة'],
    ['انتهت الاحتجاجات بإسقاط القذافي.', 'COERCE', 'بإسقاط'],
    ['يتزامن ذلك مع توجه أوغلو إلى شانلي اورفة.', 'CONSULT', 'توجه'],
    ['إن المستوطنين ارتكبوا جرائم بحق أبناء الشعب.', 'ASSAULT', 'جرائم'],
    ['إثر مقتل طفل بعد قيام مستوطنين بحرق منزل.', 'ASSAULT', 'بحرق'],
    ['أعلن الجيش استكمال تطهير البؤر الإرهابية.', 'ASSAULT', 'تطهير'],
    ['أدى ذلك إلى عمليات انتقامية متبادلة بين حزب العمال الكردستاني والجيش التركي.', 'ASSAULT', 'عمليات'],
  ];
  for (const [text, type, trigger] of cases) {
    const events = run(text, spec);
    assert.ok(events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events).join('; ')}`);
  }
  const get = (text: string, trigger: string) => run(text, spec).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
  assert.deepEqual(get('قرر الأمن الفلسطيني ملاحقة المستوطنين.', 'ملاحقة')?.actor, ['e1']);
  assert.deepEqual(get('انتهت الاحتجاجات بإسقاط القذافي.', 'بإسقاط')?.recipient, ['e2']);
  const travel = get('يتزامن ذلك مع توجه أوغلو إلى شانلي اورفة.', 'توجه');
  assert.deepEqual([travel?.actor, travel?.recipient], [['e3'], ['e4']]);
  const reprisal = get('أدى ذلك إلى عمليات انتقامية متبادلة بين حزب العمال الكردستاني والجيش التركي.', 'عمليات');
  assert.deepEqual([reprisal?.actor, reprisal?.recipient], [['e5'], ['e6']]);
  // Other senses stay out: a crowd of pilgrims, a plane shot down, a government toppled in intent,
  // thanks addressed, a crime named, burning fuel, clearing mines.
  for (const text of [
    'تجمع الحجاج في عرفات.', 'انتهى ذلك بإسقاط طائرة.', 'توجه الوزير بالشكر إلى المملكة.', 'أدان الوزير الجريمة الإرهابية.',
    'يجري حرق الوقود في المحطة.', 'تعمل الفرق على تطهير الألغام.',
  ]) {
    assert.deepEqual(show(text, run(text, spec)).filter((x) => !x.startsWith('ACCUSE')), [], text);
  }
  // Coordinated acts of violence are two events; coordinated protest nouns one.
  const t = 'وخاصة جريمة اليوم بحرق وقتل عائلة في نابلس.';
  assert.deepEqual(show(t, run(t, spec)), ['ASSAULT بحرق', 'ASSAULT وقتل']);
  const p = 'وحذر من اتساع الاحتجاجات والمظاهرات ضد الحكومة.';
  assert.deepEqual(show(p, run(p, spec)).filter((x) => x.startsWith('PROTEST')), ['PROTEST الاحتجاجات']);
});

test('a signed agreement: the participle tells the event, its parties after بين', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'إيران' }] };
  const t = 'تجمع متظاهرون للتنديد بالاتفاق النووي الموقع بين إيران والقوى العظمى.';
  const events = run(t, spec);
  assert.deepEqual(show(t, events), ['PROTEST تجمع', 'ACCUSE للتنديد', 'AGREE الموقع']);
  assert.deepEqual(events[2]?.actor, ['e1']);
  // A second gathering's purpose is its own event, not the first one taken up.
  const t2 = 'تجمع متظاهرون للتنديد بالقرار. ثم تجمعوا للتنديد بالاتفاق.';
  assert.deepEqual(show(t2, run(t2, spec)).filter((x) => x.startsWith('ACCUSE')).length, 2);
  // A truce between two parties named after بين.
  const spec2: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'أنقرة' }, { id: 'e2', type: 'ORG', name: 'حزب العمال الكردستاني' }] };
  const t3 = 'أدى الانفجار إلى انهيار هدنة كانت سارية منذ عامين بين سلطات أنقرة وحزب العمال الكردستاني.';
  const truce = run(t3, spec2).find((e) => e.type === 'AGREE');
  assert.deepEqual([truce?.actor, truce?.recipient], [['e1'], ['e2']]);
});

test('a nisba after the preposition of the target is the recipient, not past another act', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'فلسطين', forms: ['adj:فلسطينيين'] }] };
  const t = 'قرر الأمن ملاحقة المستوطنين المتورطين في هجمات ضد فلسطينيين.';
  const events = run(t, spec);
  const by = (w: string) => events.find((e) => t.slice(e.trigger.start, e.trigger.end) === w);
  assert.deepEqual(by('هجمات')?.recipient, ['e1']);
  assert.deepEqual(by('ملاحقة')?.recipient, []);
});

test('a court sentence: the court acts, the sentenced receive; the accused does the act a charge names', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'ليبيا', forms: ['adj:ليبية'] },
      { id: 'e2', type: 'PER', name: 'سيف الإسلام' },
      { id: 'e3', type: 'PER', name: 'عبد الله السنوسي' },
      { id: 'e4', type: 'PER', name: 'البغدادي المحمودي' },
      { id: 'e5', type: 'ORG', name: 'جماعة الإخوان المسلمين' },
      { id: 'e6', type: 'PER', name: 'سليمان هلال الأسد' },
      { id: 'e7', type: 'PER', name: 'بشار الأسد' },
    ],
  };
  const get = (text: string, trigger: string) => run(text, spec).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
  const t1 = 'أصدرت محكمة ليبية اليوم الثلاثاء حكما غيابيا بإعدام سيف الإسلام وثمانية آخرين بتهم ارتكاب جرائم حرب تشمل قتل متظاهرين.';
  const sentence = get(t1, 'حكما');
  assert.equal(sentence?.type, 'COERCE');
  assert.deepEqual([sentence?.actor, sentence?.recipient], [['e1'], ['e2']]);
  assert.deepEqual(get(t1, 'قتل')?.actor, ['e2']);
  const t2 = 'وقال المسؤول إن المحكمة حكمت أيضا بالإعدام على سبعة مسؤولين سابقين بينهم رئيس المخابرات السابق عبد الله السنوسي ورئيس الوزراء السابق البغدادي المحمودي.';
  assert.deepEqual(get(t2, 'حكمت')?.recipient, ['e3', 'e4']);
  const t3 = 'قالت مصادر إن المحكمة حكمت اليوم بالسجن المشدد بين ثلاث وعشر سنوات على 300 من مؤيدي جماعة الإخوان المسلمين.';
  assert.deepEqual(get(t3, 'حكمت')?.recipient, ['e5']);
  const t4 = 'أعلن التلفزيون عن توقيف سليمان هلال الأسد ابن عم بشار الأسد والمتهم بقتل العقيد.';
  assert.deepEqual(get(t4, 'بقتل')?.actor, ['e6']);
  // A killing with no charge before it keeps no such actor.
  const t5 = 'أعلن التلفزيون عن توقيف سليمان هلال الأسد. وقتل مسلحون العقيد.';
  assert.deepEqual(get(t5, 'وقتل')?.actor, []);
});

test('an attack told by a noun and its relative verb, its target named by a nisba, its doer by نسبته … إلى', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'إيران', forms: ['adj:الإيرانية', 'adj:إيرانية'] },
      { id: 'e2', type: 'GPE', name: 'تركيا' },
      { id: 'e3', type: 'ORG', name: 'داعش' },
      { id: 'e4', type: 'ORG', name: 'وكالة الأنباء الإيرانية' },
    ],
  };
  const get = (text: string, trigger: string, s: LayerSpec = spec) => run(text, s).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
  const t1 = 'دعت السلطات الإيرانية مواطنيها إلى عدم السفر إلى تركيا بعد هجوم استهدف حافلة إيرانية في شرق تركيا.';
  const attack = get(t1, 'هجوم');
  assert.deepEqual([attack?.actor, attack?.recipient], [[], ['e1']]);
  const t2 = 'وبحسب وكالة الأنباء الإيرانية، استهدفوا الجمعة حافلة ركاب إيرانية ما أدى إلى مقتل السائق.';
  const credited: LayerSpec = {
    ...spec,
    attributions: [{ id: 'a1', cue: 'وبحسب', source: 'وكالة الأنباء الإيرانية', sourceEntity: 'e4', content: 'استهدفوا' }],
  };
  const targeted = get(t2, 'استهدفوا', credited);
  assert.deepEqual([targeted?.actor, targeted?.recipient], [[], ['e1']]);
  const t3 = 'توجه الوزير إلى المدينة غداة اعتداء انتحاري نسبته السلطات الى تنظيم "داعش" وأسفر عن 31 قتيلا.';
  assert.deepEqual(get(t3, 'اعتداء')?.actor, ['e3']);
});

test('the one who points to seizures and destructions is not their doer', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'PER', name: 'محمد سمير', forms: ['المتحدث'] }],
    attributions: [{ id: 'a1', cue: 'ولفت', source: 'المتحدث', sourceEntity: 'e1', content: 'إلى ضبط' }],
  };
  const t = 'ولفت المتحدث إلى ضبط وتدمير 39 عربة خاصة بالعناصر الإرهابية.';
  const events = run(t, spec);
  assert.deepEqual(show(t, events), ['COERCE ضبط', 'ASSAULT وتدمير']);
  assert.deepEqual(events.map((e) => e.actor), [[], []]);
});

test('jailing, denying and fleeing are events (حبس، أنكر، هرب)', () => {
  const spec = { entities: [{ id: 'e1', type: 'ORG' as const, name: 'النيابة العامة' }, { id: 'e2', type: 'LOC' as const, name: 'قاعدة العند' }] };
  const types = (t: string) => extractEvents(buildLayers(t, spec)).map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)}`);
  assert.deepEqual(types('وأمرت النيابة العامة بحبس المتهمين أربعة أيام.'), ['COERCE بحبس']);
  assert.deepEqual(types('حبس الجمهور الأنفاس في المباراة.'), []);
  assert.deepEqual(types('وأنكر المتهم التهم الموجهة إليه.'), ['REJECT وأنكر']);
  assert.deepEqual(types('وهرب قائد الميليشيات من قاعدة العند.'), ['RETREAT وهرب']);
});
