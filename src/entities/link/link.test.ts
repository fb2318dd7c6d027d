import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces, tokensOf } from './testing.js';
import { descriptionClass, resolveDescription } from './describe.js';

// --- within-document merging -------------------------------------------------

test('a last name joins the full name of the same person', () => {
  const text = 'قال سالم البرعصي إن الاتفاق قريب. وأضاف البرعصي أن المحادثات مستمرة.';
  const es = analyse(text, [['سالم البرعصي', 'PER'], ['البرعصي', 'PER', 1]]);
  const p = es.filter((e) => e.type === 'PER');
  assert.equal(p.length, 1);
  assert.equal(p[0]?.name, 'سالم البرعصي');
  assert.deepEqual(surfaces(text, p[0]), ['سالم البرعصي', 'البرعصي']);
});

test('a last name seen before the full name still merges', () => {
  const text = 'أكد البرعصي أن الاتفاق قريب، وكان سالم البرعصي قد زار المدينة.';
  const es = analyse(text, [['البرعصي', 'PER'], ['سالم البرعصي', 'PER']]);
  assert.equal(es.filter((e) => e.type === 'PER').length, 1);
  assert.equal(es[0]?.name, 'سالم البرعصي');
});

test('the last name is found alone even where the tagger missed it', () => {
  const text = 'قال سالم البرعصي إن الاتفاق قريب. ثم عاد البرعصي إلى بلاده.';
  const es = analyse(text, [['سالم البرعصي', 'PER']]);
  assert.deepEqual(surfaces(text, find(es, 'سالم البرعصي')), ['سالم البرعصي', 'البرعصي']);
});

test('titles are stripped into roles', () => {
  const text = 'وقال اللواء المنشق سالم البرعصي إن قواته تتقدم.';
  const es = analyse(text, [['اللواء المنشق سالم البرعصي', 'PER']]);
  const p = find(es, 'سالم البرعصي');
  assert.ok(p);
  assert.deepEqual(p.roles, ['لواء']);
  assert.deepEqual(surfaces(text, p), ['سالم البرعصي']);
});

test('a construct title with a nisba: role and an adjective mention of the state', () => {
  const text = 'وبحث مع وزير الدفاع الروسي سيرغي شويغو الوضع.';
  const es = analyse(text, [['سيرغي شويغو', 'PER']]);
  const p = find(es, 'سيرغي شويغو');
  assert.deepEqual(p?.roles, ['وزير الدفاع الروسي']);
  const ru = find(es, 'gpe:RU');
  assert.equal(ru?.mentions[0]?.kind, 'adjective');
  assert.deepEqual(surfaces(text, ru), ['الروسي']);
});

test('a title does not swallow the first name that follows it', () => {
  const text = 'التقى وزير الدفاع الروسي سيرغي شويغو ضيفه.';
  const es = analyse(text, [['وزير الدفاع الروسي سيرغي شويغو', 'PER']]);
  assert.equal(find(es, 'سيرغي شويغو')?.name, 'سيرغي شويغو');
});

test('a tagged form with a glued conjunction merges with the person (وشويغو)', () => {
  const text = 'التقى سيرغي شويغو الوفد، وكانت اللغة بين الوفد وشويغو واحدة.';
  const es = analyse(text, [['سيرغي شويغو', 'PER'], ['وشويغو', 'LOC']]);
  const p = find(es, 'سيرغي شويغو');
  assert.deepEqual(surfaces(text, p), ['سيرغي شويغو', 'شويغو']);
  assert.equal(es.filter((e) => e.type === 'LOC').length, 0);
});

test('hamza spelling variants of an outlet are one entity', () => {
  const text = 'قالت صحيفة "إنترناشيونال بزنس تايمز" إن ... ورغم أن "انترناشيونال بزنس تايمز" لم تتمكن.';
  const es = analyse(text);
  const ibt = find(es, 'org:ibt');
  assert.equal(ibt?.mentions.length, 2);
  assert.equal(es.length, 1);
});

test('hamza variants of an unknown organisation share one entity and key', () => {
  const text = 'أعلنت مؤسسة إبداع عن برنامج، وقالت مؤسسة ابداع إنه يبدأ غدا.';
  const es = analyse(text, [['مؤسسة إبداع', 'ORG'], ['مؤسسة ابداع', 'ORG']]);
  assert.equal(es.length, 1);
  assert.equal(es[0]?.key, 'org:مؤسسه ابداع');
  assert.equal(es[0]?.kb, undefined);
});

test('clitics before a state name stay outside the mention', () => {
  const text = 'دعا لروسيا وروسيا وبروسيا.';
  const es = analyse(text);
  const ru = find(es, 'gpe:RU');
  assert.deepEqual(surfaces(text, ru), ['روسيا', 'روسيا', 'روسيا']);
});

test('لل before a name is read as ل + ال', () => {
  const text = 'وجه رسالة للأمم المتحدة.';
  const un = find(analyse(text), 'org:un');
  assert.ok(un);
  assert.equal(surfaces(text, un)[0], 'لأمم المتحدة');
});

test('an organisation named again with a trailing nisba merges (حكومة التوافق الليبية)', () => {
  const text = 'لا تعترف بحكومة النهضة الليبية، ثم دعمت حكومة النهضة المبادرة.';
  const es = analyse(text, [['حكومة النهضة الليبية', 'ORG'], ['حكومة النهضة', 'ORG', 1]]);
  const orgs = es.filter((e) => e.type === 'ORG');
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0]?.mentions.length, 2);
  assert.deepEqual(surfaces(text, find(es, 'gpe:LY')), ['الليبية']);
});

test('a nisba inside a person name is not a mention of the state', () => {
  const text = 'قال محمد المصري إن السوق مستقرة.';
  const es = analyse(text, [['محمد المصري', 'PER']]);
  assert.equal(find(es, 'gpe:EG'), undefined);
});

// --- states in all their forms ------------------------------------------------

test('nisba adjectives, masculine, feminine and plural, link to their state', () => {
  const text = 'الموقف الروسي والطائرات الروسية والمعارضة السورية ومواقف السوريين.';
  const es = analyse(text);
  assert.deepEqual(find(es, 'gpe:RU')?.mentions.map((m) => m.kind), ['adjective', 'adjective']);
  assert.deepEqual(surfaces(text, find(es, 'gpe:SY')), ['السورية', 'السوريين']);
});

test('a state name that is also its adjective counts as the adjective after a definite noun', () => {
  const text = 'قدمت الفرق السعودية العرضة في السعودية.';
  const sa = find(analyse(text), 'gpe:SA');
  assert.deepEqual(sa?.mentions.map((m) => m.kind), ['adjective', 'name']);
});

test('a two-word nisba (الكوري الجنوبي) links to its state', () => {
  const text = 'قال الرئيس الكوري الجنوبي إن المحادثات مستمرة.';
  assert.ok(find(analyse(text), 'gpe:KR'));
});

test('a capital acting as its government is a capital mention of the state', () => {
  const text = 'وقالت موسكو إنها لن تتدخل.';
  const ru = find(analyse(text), 'gpe:RU');
  assert.equal(ru?.mentions[0]?.kind, 'capital');
});

test('coordinated capitals speaking are both states', () => {
  const text = 'تستخدمها كل من موسكو ودمشق في الحديث عن المعارضة.';
  const es = analyse(text);
  assert.equal(find(es, 'gpe:RU')?.mentions[0]?.kind, 'capital');
  assert.equal(find(es, 'gpe:SY')?.mentions[0]?.kind, 'capital');
  assert.deepEqual(surfaces(text, find(es, 'gpe:SY')), ['دمشق']);
});

test('a capital as a place is the city itself', () => {
  const text = 'عقد الاجتماع في موسكو ثم انتقل الوفد بموسكو إلى الفندق.';
  const es = analyse(text);
  const city = find(es, 'gpe:RU-moscow');
  assert.equal(city?.mentions.length, 2);
  assert.equal(city?.mentions[0]?.kind, 'name');
  assert.equal(find(es, 'gpe:RU'), undefined);
});

test('a capital after a noun in construct is a place (محافظات القاهرة)', () => {
  const es = analyse('هطلت الأمطار في محافظات القاهرة والإسكندرية.');
  assert.ok(find(es, 'gpe:EG-cairo'));
  assert.equal(find(es, 'gpe:EG'), undefined);
});

test('a full state name is one mention with no nested adjective', () => {
  const text = 'وصل وفد من الولايات المتحدة الأمريكية والمملكة العربية السعودية.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'gpe:US')), ['الولايات المتحدة الأمريكية']);
  assert.deepEqual(surfaces(text, find(es, 'gpe:SA')), ['المملكة العربية السعودية']);
  assert.equal(es.length, 2);
});

test('a descriptor word stays outside a place name (دولة، مدينة)', () => {
  const text = 'تدعمه دولة الإمارات العربية وقواته في مدينة سرت.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'gpe:AE')), ['الإمارات العربية']);
  assert.deepEqual(surfaces(text, find(es, 'gpe:LY-sirte')), ['سرت']);
});

test('a tagged span with a descriptor word before a known name links (سلطنة عمان)', () => {
  const text = 'وصل الوفد إلى سلطنة عمان.';
  const es = analyse(text, [['سلطنة عمان', 'GPE']]);
  assert.equal(es.length, 1);
  assert.equal(es[0]?.kb?.id, 'gpe:OM');
});

test('المغرب after صلاة is the prayer, elsewhere the state', () => {
  assert.equal(find(analyse('بعد صلاة المغرب مباشرة.'), 'gpe:MA'), undefined);
  assert.ok(find(analyse('زار الوزير المغرب أمس.'), 'gpe:MA'));
});

test('عمان is Oman, and Amman after العاصمة الأردنية', () => {
  const es = analyse('زار الوزير سلطنة عمان ثم عمان، قبل أن يصل إلى العاصمة الأردنية عمان.');
  assert.equal(find(es, 'gpe:OM')?.mentions.length, 2);
  assert.equal(find(es, 'gpe:JO-amman')?.mentions.length, 1);
});

test('a country name that is a common word needs its full form (مالي)', () => {
  assert.equal(find(analyse('الوضع المالي للشركة جيد ودعمه مالي.'), 'gpe:ML'), undefined);
  assert.ok(find(analyse('وصل إلى جمهورية مالي.'), 'gpe:ML'));
});

// --- linking ----------------------------------------------------------------

test('aliases link to one entry (الناتو / حلف شمال الأطلسي)', () => {
  const text = 'قال حلف شمال الأطلسي إن الناتو مستعد.';
  const es = analyse(text);
  assert.equal(es.length, 1);
  assert.equal(es[0]?.kb?.id, 'org:nato');
  assert.equal(es[0]?.kb?.wikidata, 'Q7184');
  assert.equal(es[0]?.kb?.sector, 'IGO');
  assert.equal(es[0]?.name, 'حلف شمال الأطلسي');
});

test('a descriptor before an outlet is a role, not part of the name', () => {
  const text = 'كشف تقرير لوكالة "رويترز" أن الصفقة تمت.';
  const r = find(analyse(text), 'org:reuters');
  assert.deepEqual(surfaces(text, r), ['رويترز']);
  assert.deepEqual(r?.roles, ['وكالة']);
  assert.equal(r?.kb?.sector, 'MED');
});

test('an outlet named by a common word needs a descriptor: صحيفة الرياض vs الرياض', () => {
  const es = analyse('قالت صحيفة الرياض إن الوفد وصل إلى الرياض.');
  assert.equal(find(es, 'org:al-riyadh')?.mentions.length, 1);
  assert.equal(find(es, 'gpe:SA-riyadh')?.mentions.length, 1);
});

test('the descriptor chooses between outlets of the same name', () => {
  const es = analyse('نقلت قناة الجزيرة عن صحيفة الجزيرة خبرا.');
  assert.ok(find(es, 'org:al-jazeera'));
  assert.ok(find(es, 'org:al-jazirah'));
});

test('quotes are enough context for an outlet; a bare common word is nothing', () => {
  assert.ok(find(analyse('ذكرت "الحياة" أن الوزير استقال.'), 'org:al-hayat'));
  assert.equal(analyse('تعود الحياة اليومية إلى طبيعتها اليوم.').length, 0);
});

test('a generic ministry name links only in a document about its country', () => {
  const sa = analyse('أعلنت وزارة الداخلية في المملكة العربية السعودية القبض على خلية.');
  assert.ok(find(sa, 'org:sa-moi'));
  const ly = analyse('أعلنت وزارة الداخلية في ليبيا القبض على خلية، وأكدت ليبيا ذلك.');
  assert.equal(find(ly, 'org:sa-moi'), undefined);
  const fallback = analyse('أعلنت وزارة الداخلية القبض على خلية.', [], { defaultCountry: 'SA' });
  assert.ok(find(fallback, 'org:sa-moi'));
});

test('المملكة is Saudi Arabia in a document that names it, even when another state is named more', () => {
  const text = 'وصل وفد من اليمن إلى السعودية، وتدعم المملكة اليمن منذ بداية الأزمة في اليمن.';
  assert.deepEqual(surfaces(text, find(analyse(text), 'gpe:SA')), ['السعودية', 'المملكة']);
  // alone it is Saudi Arabia too, unless another kingdom is named (kingdom-alone.ts)
  assert.equal(find(analyse('تدعم المملكة المبادرة.'), 'gpe:SA')?.kb?.id, 'gpe:SA');
  assert.equal(find(analyse('زار الوفد الأردن، وتدعم المملكة المبادرة.'), 'gpe:SA'), undefined);
});

test('a club named by a common word links when the tagger marks it an organisation', () => {
  const text = 'فاز النصر على الشباب.';
  const es = analyse(text, [['النصر', 'ORG']]);
  assert.equal(find(es, 'org:al-nassr')?.kb?.id, 'org:al-nassr');
  assert.equal(find(es, 'org:al-shabab-sa'), undefined);
});

test('religions and feasts link only when tagged; a lone title is no person', () => {
  const text = 'تحدث عن الإسلام والقرآن، وقال ولي العهد إن رمضان قريب.';
  const es = analyse(text, [['الإسلام', 'MISC'], ['ولي', 'PER']]);
  assert.deepEqual(es.map((e) => e.kb?.id), ['misc:islam']);
  assert.equal(es[0]?.kb?.wikidata, 'Q432');
});

test('a person named with a longer lineage links to the shorter known name', () => {
  const text = 'استقبل محمد بن سلمان بن عبدالعزيز الوفد.';
  const es = analyse(text, [['محمد بن سلمان بن عبدالعزيز', 'PER']]);
  const known = analyse('استقبل محمد بن سلمان الوفد.', [['محمد بن سلمان', 'PER']]);
  assert.ok(known[0]?.kb, 'the short form is in the knowledge base');
  assert.equal(es[0]?.kb?.id, known[0]?.kb?.id);
  assert.deepEqual(surfaces(text, es[0]), ['محمد بن سلمان بن عبدالعزيز']);
});

test('an unknown outlet in quotes after a descriptor is an organisation', () => {
  const text = 'ذكرت صحيفة "ذا صن" أن اللاعب انتقل.';
  const e = analyse(text).find((x) => x.type === 'ORG');
  assert.equal(e?.name, 'ذا صن');
  assert.deepEqual(e?.roles, ['صحيفة']);
});

test('a common-noun phrase tagged as an organisation is dropped; a state-qualified one kept', () => {
  const es = analyse('ضد الحكومة الانتقالية، ودعم الحكومة الليبية.', [['الحكومة الانتقالية', 'ORG'], ['الحكومة الليبية', 'ORG']]);
  assert.equal(find(es, 'الحكومة الانتقالية'), undefined);
  assert.ok(find(es, 'الحكومة الليبية'));
});

test('function words the tagger took into a name are trimmed', () => {
  const text = 'وفي الوقت نفسه، فان البرعصي يزعم ذلك، وكان سالم البرعصي قد قال.';
  const es = analyse(text, [['فان البرعصي', 'PER'], ['سالم البرعصي', 'PER']]);
  assert.equal(es.length, 1);
  assert.deepEqual(surfaces(text, es[0]), ['البرعصي', 'سالم البرعصي']);
});

test('currency words tagged as names are dropped', () => {
  const es = analyse('بقيمة 4.2 مليار دولار.', [['دولار', 'MISC']]);
  assert.equal(es.length, 0);
});

test('unlinked entities get a stable key, linked ones their KB id', () => {
  const a = analyse('قال سالم البرعصي إن ليبيا بخير.', [['سالم البرعصي', 'PER']]);
  const b = analyse('وأكد سالم البرعصي الخبر.', [['سالم البرعصي', 'PER']]);
  assert.equal(find(a, 'سالم البرعصي')?.key, find(b, 'سالم البرعصي')?.key);
  assert.equal(find(a, 'gpe:LY')?.key, 'gpe:LY');
});

test('entity ids follow the order of first mention', () => {
  const es = analyse('زار وفد من مصر روسيا ثم سوريا، وعاد إلى مصر.');
  assert.deepEqual(es.map((e) => [e.id, e.kb?.id]), [['e1', 'gpe:EG'], ['e2', 'gpe:RU'], ['e3', 'gpe:SY']]);
});

// --- descriptions -------------------------------------------------------------

test('an unnamed spokesman and المتحدث are one person', () => {
  const text = 'ونفى ناطق باسم الوزارة الخبر، إلا أن المتحدث أكد أن العمل مستمر.';
  const es = analyse(text);
  const s = es.find((e) => e.type === 'PER');
  assert.deepEqual(surfaces(text, s), ['ناطق باسم الوزارة', 'المتحدث']);
  assert.deepEqual(s?.mentions.map((m) => m.kind), ['description', 'description']);
});

test('a named spokesman keeps the title as a role and creates no unnamed person', () => {
  const text = 'قال المتحدث باسم الخارجية أحمد أبو زيد إن الزيارة ناجحة.';
  const es = analyse(text, [['أحمد أبو زيد', 'PER']]);
  const persons = es.filter((e) => e.type === 'PER');
  assert.equal(persons.length, 1);
  assert.deepEqual(persons[0]?.roles, ['المتحدث باسم الخارجية']);
});

test('الوزير refers to the latest minister', () => {
  const text = 'التقى وزير الخارجية سامح شكري نظيره. وقال الوزير إن اللقاء مثمر.';
  const es = analyse(text, [['سامح شكري', 'PER']]);
  const p = find(es, 'سامح شكري');
  assert.deepEqual(surfaces(text, p), ['سامح شكري', 'الوزير']);
});

test('الصحيفة refers to the latest newspaper, not an earlier one or an agency', () => {
  const text = 'نقلت صحيفة "الغارديان" عن وكالة رويترز، ثم قالت صحيفة "التايمز" إن ... وأكدت الصحيفة ذلك.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:the-times')), ['التايمز', 'الصحيفة']);
  assert.equal(find(es, 'org:guardian')?.mentions.length, 1);
});

test('resolveDescription picks by class and position', () => {
  const text = 'نقلت وكالة رويترز عن صحيفة الغارديان خبرا، وقالت الوكالة إن ... وقالت الصحيفة إن';
  const tokens = tokensOf(text);
  const es = analyse(text);
  const agencyAt = text.indexOf('الوكالة');
  const paperAt = text.indexOf('الصحيفة');
  assert.equal(resolveDescription(es, tokens, agencyAt, 'الوكالة')?.kb?.id, 'org:reuters');
  assert.equal(resolveDescription(es, tokens, paperAt)?.kb?.id, 'org:guardian');
  assert.equal(resolveDescription(es, tokens, 0, 'الصحيفة'), undefined);
  assert.equal(descriptionClass('والمتحدث'), 'spokesperson');
  assert.equal(descriptionClass('المدينة'), undefined);
});

// --- armed parties named by a description, places that name their state --------------

test('armed parties named by a description link to their bodies', () => {
  const text = 'شنت طائرات سلاح الجو التركي غارات، وقال مقاتلو المقاومة اليمنية إنهم تقدموا، وقصفت قوات النظام السوري حلب.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:turkey-air-force')), ['سلاح الجو التركي']);
  assert.deepEqual(surfaces(text, find(es, 'org:popular-resistance-yemen')), ['المقاومة اليمنية']);
  assert.deepEqual(surfaces(text, find(es, 'org:syrian-army')), ['قوات النظام السوري']);
});

test('an armed group named by a generic head (الجيش الحر) links once its country is named anywhere', () => {
  const text = 'قال ناشطون إن معارك عنيفة دارت في سوريا. وأعلن الجيش الحر سيطرته على البلدة بعد معارك مع تنظيم داعش في إدلب.';
  assert.deepEqual(surfaces(text, find(analyse(text), 'org:fsa')), ['الجيش الحر']);
  // in a document that names no Syrian place, state or body, the bare form stays unlinked
  const bare = 'وأعلن الجيش الحر سيطرته على البلدة.';
  assert.equal(find(analyse(bare), 'org:fsa'), undefined);
});

test('المملكة is Saudi Arabia when a Saudi region or city is named, even in a document about another state', () => {
  const peru = 'استقبل أمير منطقة الرياض سفير جمهورية البيرو لدى المملكة إدوارد مارتينيتي.';
  assert.deepEqual(surfaces(peru, find(analyse(peru), 'gpe:SA')), ['المملكة']);
  const asir = 'أدانت مصر التفجير الإرهابي الذي استهدف مسجدا في عسير، مؤكدة وقوفها إلى جانب المملكة.';
  assert.deepEqual(surfaces(asir, find(analyse(asir), 'gpe:SA')), ['المملكة']);
  // with nothing Saudi named, another state's document leaves it alone
  const france = 'وصل الرئيس الفرنسي إلى المملكة في زيارة رسمية.';
  assert.equal(find(analyse(france), 'gpe:SA'), undefined);
});

test('religious titles the tagger took into a name become roles and the person links (آية الله، المرجع)', () => {
  const ayatollah = 'دعا آية الله العظمى علي السيستاني إلى الوحدة.';
  const a = find(analyse(ayatollah, [['آية الله العظمى علي السيستاني', 'PER']]), 'per:ali-al-sistani');
  assert.deepEqual(surfaces(ayatollah, a), ['علي السيستاني']);
  assert.deepEqual(a?.roles, ['آية الله']);
  const marja = 'وقال المرجع الشيعي علي السيستاني إن الحكومة مسؤولة.';
  const m = find(analyse(marja, [['المرجع الشيعي علي السيستاني', 'PER']]), 'per:ali-al-sistani');
  assert.deepEqual(surfaces(marja, m), ['علي السيستاني']);
  assert.deepEqual(m?.roles, ['المرجع الشيعي']);
  // «آية الله» tagged alone before a name is no person of its own
  const alone = 'وقال آية الله محمد اليعقوبي إن الاحتجاجات مشروعة.';
  const es = analyse(alone, [['آية الله', 'PER'], ['محمد اليعقوبي', 'PER']]);
  assert.deepEqual(es.filter((e) => e.type === 'PER').map((e) => e.name), ['محمد اليعقوبي']);
  // a verse (آية) before no name stays a common word
  const verse = 'وتلا آية من القرآن الكريم قبل أن يتحدث محمد علي.';
  assert.deepEqual(find(analyse(verse, [['محمد علي', 'PER']]), 'محمد علي')?.roles, undefined);
});
