import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { loadKb } from '../kb/load.js';
import { documentScope } from './candidates.js';
import { descriptionClass, mainStateEntity, resolveDescription } from './describe.js';
import { analyse, find, tokensOf } from './testing.js';

/** The description mentions of an entity, as written. */
function descriptions(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).filter((m) => m.kind === 'description').map((m) => text.slice(m.start, m.end));
}

/** Every description mention of the document (entity name and surface). */
function allDescriptions(text: string, es: readonly Entity[]): string[] {
  return es.flatMap((e) => descriptions(text, e).map((s) => `${e.kb?.id ?? e.name}:${s}`));
}

// --- groups and forces ------------------------------------------------------------

test('التنظيم points back to the armed organisation of the sentence before', () => {
  const text = 'شن تنظيم الدولة هجوما على المدينة. وقال شهود إن التنظيم سيطر على الحي.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:isis')), ['التنظيم']);
});

test('a description more than two sentences after the name stays unresolved', () => {
  const text = 'شن تنظيم الدولة هجوما. وعاد الهدوء. ثم فتحت الأسواق. وبعد أيام عادت الحركة. وقال سكان إن التنظيم انسحب.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:isis')), []);
});

test('two armed organisations in reach compete: التنظيم stays unresolved', () => {
  const text = 'اشتبك تنظيم الدولة مع تنظيم القاعدة قرب المدينة. وقال شهود إن التنظيم انسحب.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('a fitting organisation named later in the same sentence competes', () => {
  const text = 'شن تنظيم الدولة هجوما. وقصفت الطائرات مواقع التنظيم قبل أن يرد حزب العمال الكردستاني.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('القوات points back to an armed force', () => {
  const text = 'تقدمت قوات الكرامة نحو بنغازي. وأكدت القوات أنها سيطرت على المطار.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:karama')), ['القوات']);
});

test('الجيش after a preposition: the mention leaves the proclitic out', () => {
  const text = 'أعلن الجيش الوطني الليبي وقف القتال. ورحب السكان بالجيش بعد الإعلان.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:lna')), ['الجيش']);
});

test('القوات followed by a qualifier is another description (القوات الجوية)', () => {
  const text = 'تقدمت قوات الكرامة نحو بنغازي. وقصفت القوات الجوية المطار.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('الحركة and الحزب point back to the movement and the party', () => {
  const hamas = 'أعلنت حركة حماس موقفها. وقالت الحركة إن الحوار مستمر.';
  assert.deepEqual(descriptions(hamas, find(analyse(hamas), 'org:hamas')), ['الحركة']);
  const akp = 'فاز حزب العدالة والتنمية التركي بالانتخابات. وقال الحزب في بيان إنه سيشكل الحكومة.';
  assert.deepEqual(descriptions(akp, find(analyse(akp), 'org:akp')), ['الحزب']);
});

test('a movement that is also a party competes for الحزب', () => {
  const text = 'أعلنت حركة حماس موقفها. وفاز حزب العدالة والتنمية التركي بالانتخابات. وقال الحزب في بيان إنه سيشكل الحكومة.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:hamas')), []);
  assert.deepEqual(descriptions(text, find(es, 'org:akp')), []);
  // the government the party will form: Turkey's, the only state named
  assert.deepEqual(descriptions(text, find(es, 'gpe:TR')), ['الحكومة']);
});

test('لل before الجماعة is ل + ال, like للأمم', () => {
  const text = 'سيطرت جماعة أنصار الله على صنعاء. ونسب الهجوم للجماعة في بيان.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:houthis')), ['لجماعة']);
});

test('an evaluative adjective keeps the description (التنظيم الإرهابي)', () => {
  const text = 'تبنى تنظيم الدولة التفجير. وقالت الشرطة إن التنظيم الإرهابي خطط له منذ أشهر.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:isis')), ['التنظيم']);
});

// --- governments, ministries, organisations ----------------------------------------

test('الحكومة points back to a named government', () => {
  const text = 'رفضت حكومة الوفاق الاتفاق. وقالت الحكومة إن القرار نهائي.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:gna')), ['الحكومة']);
});

test('الحكومة with no government named is the main state’s government', () => {
  const text = 'يعاني العراق من أزمة مالية. وتعهد العراق بإصلاحات. وأعلنت الحكومة خطة جديدة.';
  const es = analyse(text);
  const iq = find(es, 'gpe:IQ');
  assert.deepEqual(descriptions(text, iq), ['الحكومة']);
  assert.equal(mainStateEntity(es), iq);
});

test('الحكومة stays unresolved when another state is in reach', () => {
  const text = 'يعاني العراق من أزمة مالية. وتعهد العراق بإصلاحات. وقال مسؤول في تركيا إن الحكومة ستساعد.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('الحكومة followed by a nisba is not an anaphor (the adjective links the state)', () => {
  const text = 'رفضت حكومة الوفاق الاتفاق. وقالت الحكومة الليبية إن القرار نهائي.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
  assert.deepEqual(es.find((e) => e.kb?.id === 'gpe:LY')?.mentions.map((m) => m.kind), ['adjective']);
});

test('الوزارة points back to an unlinked ministry by its head word', () => {
  const text = 'أصدرت وزارة التخطيط تقريرها السنوي. وأوضحت الوزارة أن النمو تباطأ.';
  const es = analyse(text, [['وزارة التخطيط', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'وزارة التخطيط')), ['الوزارة']);
});

test('وكيل الوزارة with another ministry later in the sentence stays unresolved', () => {
  const text = 'أصدرت وزارة التخطيط تقريرها. وعين فلان وكيل الوزارة للشؤون الفنية في وزارة الزراعة.';
  const es = analyse(text, [['وزارة التخطيط', 'ORG'], ['وزارة الزراعة', 'ORG']]);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('المنظمة points back to OPEC, but not after a definite noun (اللجنة المنظمة)', () => {
  const text = 'قررت منظمة أوبك خفض الإنتاج. ولن تغير المنظمة سياستها. وقالت اللجنة المنظمة للمؤتمر إن الموعد ثابت.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:opec')), ['المنظمة']);
});

test('any international body competes for المنظمة (الأمم المتحدة and the Red Cross)', () => {
  const text = 'قالت الأمم المتحدة إن الوضع خطير. وأكد الصليب الأحمر الدولي ذلك. وقال متحدث إن المنظمة تلعب دور الوسيط.';
  const es = analyse(text);
  assert.deepEqual(allDescriptions(text, es), []);
});

// --- leaders -------------------------------------------------------------------------

test('الرئيس points back to the head of state named before', () => {
  const text = 'استقبل بشار الأسد الوفد في دمشق. وقال الرئيس إن الحوار ضروري.';
  const es = analyse(text, [['بشار الأسد', 'PER']]);
  assert.deepEqual(descriptions(text, find(es, 'per:bashar-al-assad')), ['الرئيس']);
});

test('الرئيس followed by a word that may be a name is a title, not an anaphor', () => {
  const text = 'استقبل بشار الأسد الوفد. ثم التقى الرئيس هادي بالوفد.';
  const es = analyse(text, [['بشار الأسد', 'PER']]);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('a head of government is no president (رئيس الوزراء)', () => {
  const text = 'التقى رئيس الوزراء سالم البرعصي الوفد. وقال الرئيس إن الحوار ضروري.';
  const es = analyse(text, [['رئيس الوزراء سالم البرعصي', 'PER']]);
  assert.deepEqual(find(es, 'سالم البرعصي')?.roles, ['رئيس الوزراء']);
  assert.deepEqual(allDescriptions(text, es), []);
});

test('الملك المفدى and الأمير point back to the king and the prince', () => {
  const text = 'استقبل خادم الحرمين الشريفين الملك سلمان الوفد. وقد حمل الملك المفدى الضيف تحياته. واجتمع الأمير محمد بن سلمان بالوفد. وأكد الأمير أن العلاقات متينة.';
  const es = analyse(text, [['محمد بن سلمان', 'PER']]);
  assert.deepEqual(descriptions(text, find(es, 'per:king-salman')), ['الملك']);
  assert.deepEqual(descriptions(text, find(es, 'per:mohammed-bin-salman')), ['الأمير']);
});

test('honorifics with a pronoun (فخامته، سموه، جلالته) point back to the leader told before, never ahead', () => {
  const text = 'قام الأمير محمد بن سلمان بزيارة إلى مصر تلبية لدعوة من فخامة الرئيس عبدالفتاح السيسي. وعقد فخامته اجتماعاً مع سموه، حيث نقل سموه تحيات الأمير محمد بن نايف.';
  const es = analyse(text, [['محمد بن سلمان', 'PER'], ['عبدالفتاح السيسي', 'PER'], ['محمد بن نايف', 'PER']]);
  assert.deepEqual(descriptions(text, find(es, 'per:abdel-fattah-el-sisi')), ['فخامته']);
  assert.deepEqual(descriptions(text, find(es, 'per:mohammed-bin-salman')), ['سموه', 'سموه']);
  assert.deepEqual(descriptions(text, find(es, 'per:mohammed-bin-nayef')), []);
  // a king's honorific needs a king in reach; two princes before compete
  const two = 'التقى الأمير محمد بن سلمان الأمير محمد بن نايف. وأكد سموه أهمية اللقاء. ورحب جلالته بالضيوف.';
  assert.deepEqual(allDescriptions(two, analyse(two, [['محمد بن سلمان', 'PER'], ['محمد بن نايف', 'PER']])), []);
});

test('الحلف، المرصد، النقابة point back to the alliance, the observatory, the union named before', () => {
  const text = 'وطلبت تركيا عقد اجتماع لحلف شمال الأطلسي. وقال الحلف في بيان إن الدول الأعضاء تتابع التطورات. وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة. وقال المرصد إن القتال مستمر.';
  const es = analyse(text, [['حلف شمال الأطلسي', 'ORG'], ['المرصد السوري لحقوق الإنسان', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'org:sohr')), ['المرصد']);
  assert.deepEqual(descriptions(text, es.find((e) => e.name.includes('الأطلسي'))), ['الحلف']);
  const union = 'أعلنت نقابة سائقي المترو الإضراب. وقالت النقابة إن المفاوضات فشلت.';
  const us = analyse(union, [['نقابة سائقي المترو', 'ORG']]);
  assert.deepEqual(descriptions(union, find(us, 'نقابة سائقي المترو')), ['النقابة']);
});

// --- المملكة -----------------------------------------------------------------------------

test('المملكة in a Saudi context (its king named) is Saudi Arabia, as a description', () => {
  const text = 'استقبل الملك سلمان الوفد المصري. وأكد الوفد تقدير مصر لمواقف المملكة.';
  const es = analyse(text);
  const sa = find(es, 'gpe:SA');
  assert.deepEqual(sa?.mentions.map((m) => [text.slice(m.start, m.end), m.kind]), [['المملكة', 'description']]);
});

test('المملكة after another kingdom named in reach is that kingdom', () => {
  const text = 'اتهم وزير خارجية مملكة البحرين إيران بالتدخل. وقال إن المملكة سعت إلى تعزيز العلاقة.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'gpe:BH')), ['المملكة']);
});

test('a tagged المملكة with nothing to point to is no entity', () => {
  const text = 'زار الوفد مختلف مناطق المملكة.';
  const es = analyse(text, [['المملكة', 'GPE']]);
  assert.deepEqual(es, []);
});

test('the leaders and state bodies of a state put it in the document scope', () => {
  const kb = loadKb();
  const scope = documentScope(kb, tokensOf('استقبل الملك سلمان الوفد.'));
  assert.ok(scope.named.has('SA'));
  assert.equal(scope.main, undefined);
});

// --- the function of the entity layer --------------------------------------------------

test('resolveDescription applies the same rules to actor descriptions', () => {
  const text = 'رفضت حكومة الوفاق الاتفاق. وقالت الحكومة إن القرار نهائي. وقالت الحكومة الليبية إنها ترفض.';
  const tokens = tokensOf(text);
  const es = analyse(text);
  const first = text.indexOf('الحكومة إن');
  const second = text.indexOf('الحكومة الليبية');
  assert.equal(resolveDescription(es, tokens, first)?.kb?.id, 'org:gna');
  assert.equal(resolveDescription(es, tokens, second), undefined);
});

test('description words: actors after any proclitic, media and officials after و/ف only', () => {
  assert.equal(descriptionClass('للحكومة'), 'government');
  assert.equal(descriptionClass('وبالجيش'), 'army');
  assert.equal(descriptionClass('والمتحدث'), 'spokesperson');
  assert.equal(descriptionClass('بالصحيفة'), undefined);
  assert.equal(descriptionClass('constructor'), undefined);
});

test('a description after و leaves the conjunction out of the mention', () => {
  const text = 'قال وزير الخارجية سالم البرعصي إن الاتفاق قريب، والوزير متفائل.';
  const es = analyse(text, [['سالم البرعصي', 'PER']]);
  const p = find(es, 'سالم البرعصي');
  assert.deepEqual(descriptions(text, p), ['الوزير']);
});

// --- fronts, militias and coalitions --------------------------------------------------

test('الجبهة points back to a front named before (جبهة النصرة)', () => {
  const text = 'أعلنت جبهة النصرة مسؤوليتها عن الهجوم. وقالت الجبهة في بيان إن مقاتليها قتلوا عشرة جنود.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:nusra')), ['الجبهة']);
});

test('الميليشيا points back to a militia named by its head word (ميليشيا الحوثي)', () => {
  const text = 'وهاجمت ميليشيا الحوثي مواقع الجيش. وقالت الميليشيا إنها سيطرت على التلة.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:houthis')), ['الميليشيا']);
});

test('التحالف points back to a coalition named before', () => {
  const text = 'شن التحالف العربي غارات على صنعاء. وقال التحالف إن الغارات استهدفت مخازن أسلحة.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:arab-coalition')), ['التحالف']);
});

test('two fronts in reach compete: الجبهة stays unresolved', () => {
  const text = 'اشتبكت جبهة النصرة مع الجبهة الجنوبية قرب درعا. وقالت الجبهة إن مقاتليها انسحبوا.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:nusra')), []);
  assert.deepEqual(descriptions(text, find(es, 'org:southern-front')), []);
});

test('an unlinked party named by the tagger is taken up by الحزب through its head word', () => {
  const text = 'أعلن حزب الوسط الجديد مقاطعة الانتخابات. وقال الحزب في بيان إن القرار نهائي.';
  const es = analyse(text, [['حزب الوسط الجديد', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'حزب الوسط الجديد')), ['الحزب']);
});

test('an evaluative adjective keeps الجماعة anaphoric (الجماعة المتشددة)', () => {
  const text = 'أدانت الولايات المتحدة هجمات جماعة بوكو حرام في الكاميرون واستنكرت استغلال الجماعة المتشددة للأطفال.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:boko-haram')), ['الجماعة']);
});

test('a bare التحالف with no coalition before it: the Saudi-led one in a document about Yemen', () => {
  const text = 'اشتبكت قوات يمنية مع المقاتلين الحوثيين شمال عدن في اليمن قبل ساعات من هدنة إنسانية أعلنها التحالف.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:arab-coalition')), ['التحالف']);
  // entity ids still follow the order of first mention
  assert.deepEqual(es.map((e) => e.id), es.map((_, n) => `e${n + 1}`));
  assert.ok(es.every((e, n) => n === 0 || (es[n - 1]?.mentions[0]?.start ?? 0) <= (e.mentions[0]?.start ?? 0)));
});

test('a bare التحالف in Iraq with the Islamic State named: the coalition against it; elsewhere nothing', () => {
  const iraq = 'هاجم تنظيم داعش مواقع الجيش العراقي قرب الرمادي في العراق. وقصفت طائرات التحالف مواقع للتنظيم.';
  assert.deepEqual(descriptions(iraq, find(analyse(iraq), 'org:anti-isis-coalition')), ['التحالف']);
  const egypt = 'قال مسؤولون في مصر إن التحالف سيخوض الانتخابات في القاهرة.';
  assert.deepEqual(allDescriptions(egypt, analyse(egypt)), []);
});

test('المقاومة points back to a resistance named before (المقاومة اليمنية)', () => {
  const text = 'وهاجم مسلحو ميليشيا الحوثي مواقع المقاومة اليمنية في تعز. وقالت المقاومة إن الميليشيا قصفت الأحياء.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'org:popular-resistance-yemen')), ['المقاومة']);
  assert.deepEqual(descriptions(text, find(es, 'org:houthis')), ['الميليشيا']);
});

test('a description followed by a relative clause still points back (التحالف الذي تقوده السعودية)', () => {
  const text = 'أعلن تحالف دعم الشرعية بدء عملية جديدة. وقصف طيران التحالف الذي تقوده السعودية مواقع المسلحين.';
  const es = analyse(text, [['تحالف دعم الشرعية', 'ORG']]);
  const coalition = es.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'تحالف دعم الشرعية'));
  assert.deepEqual(descriptions(text, coalition), ['التحالف']);
});

// --- bare head words of bodies and places named before ------------------------------------

test('a bare head word points back to the one body named before with that head (الجهاز، الجامعة)', () => {
  const text = 'أعلن جهاز الشرطة الخليجية خطته الجديدة. وقال الجهاز إنه سيبدأ العمل قريبا. ووقعت جامعة حائل اتفاقية. وأكدت الجامعة أهمية الاتفاق.';
  const es = analyse(text, [['جهاز الشرطة الخليجية', 'ORG'], ['جامعة حائل', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'جهاز الشرطة الخليجية')), ['الجهاز']);
  assert.deepEqual(descriptions(text, es.find((e) => e.name.includes('حائل'))), ['الجامعة']);
});

test('a bare head word after a proclitic and a definite noun: the mention leaves the proclitic out (بالبلدية)', () => {
  const text = 'نفذت بلدية الوسط حملة على المطاعم. وضبط المراقبون الصحيون بالبلدية ديدانا في أكياس الأرز.';
  const es = analyse(text, [['بلدية الوسط', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'بلدية الوسط')), ['البلدية']);
});

test('two bodies named before with the same head compete: the bare head word stays unresolved', () => {
  const text = 'وقعت جامعة حائل اتفاقية مع جامعة تبوك. وقالت الجامعة إن الاتفاق يشمل البحث العلمي. وأعلن جهاز الحسبة خطته. وقال الجهاز إنه سيبدأ العمل.';
  const es = analyse(text, [['جامعة حائل', 'ORG'], ['جامعة تبوك', 'ORG'], ['جهاز الحسبة', 'ORG']]);
  assert.deepEqual(allDescriptions(text, es), ['جهاز الحسبة:الجهاز']);
});

test('a generic head word (الشرطة) is no anaphor; another body of the head spoken of before (الجامعة الأمريكية) competes', () => {
  const text = 'أعلنت شرطة دبي القبض على متهم. وقالت الشرطة إن التحقيق مستمر. ووقعت جامعة حائل اتفاقية مع الجامعة الأمريكية. ودعت الجامعة في بيان الطلاب إلى التسجيل. وأعلن جهاز الحسبة خطته. وقال الجهاز إنه سيبدأ العمل.';
  const es = analyse(text, [['شرطة دبي', 'ORG'], ['جامعة حائل', 'ORG'], ['جهاز الحسبة', 'ORG']]);
  assert.deepEqual(allDescriptions(text, es), ['جهاز الحسبة:الجهاز']);
});

test('a bare head word more than three sentences after the body stays unresolved', () => {
  const text = 'أعلن جهاز الحسبة خطته. وقال الجهاز إنه سيبدأ العمل. وعاد الهدوء. ثم فتحت الأسواق. وبعد أيام عادت الحركة. وقال سكان إن الجهاز انسحب.';
  const es = analyse(text, [['جهاز الحسبة', 'ORG']]);
  assert.deepEqual(descriptions(text, find(es, 'جهاز الحسبة')), ['الجهاز']);
});

test('a place is named by its head word too (سلطنة عمان … السلطنة، للسلطنة)', () => {
  const text = 'انخفضت صادرات سلطنة عمان من النفط. وبلغت واردات السلطنة من الصين مليون ريال. وتصدرت الإمارات قائمة الشركاء التجاريين للسلطنة.';
  const es = analyse(text);
  assert.deepEqual(descriptions(text, find(es, 'gpe:OM')), ['السلطنة', 'لسلطنة']);
});

test('a description followed by إلى is bare (يسعى الجهاز إلى، يسعى التنظيم إلى)', () => {
  const text = 'شن تنظيم الدولة هجوما على المدينة. ويسعى التنظيم إلى السيطرة على الحي.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:isis')), ['التنظيم']);
  const body = 'تأسس جهاز الشرطة الخليجية في أبوظبي. ويسعى الجهاز إلى تعزيز العمل الأمني.';
  assert.deepEqual(descriptions(body, find(analyse(body, [['جهاز الشرطة الخليجية', 'ORG']]), 'جهاز الشرطة الخليجية')), ['الجهاز']);
});
