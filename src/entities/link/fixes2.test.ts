import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// --- knowledge-base entries for bodies and places that recur in the region's news ----

test('named security units and bodies are found without the tagger (قوات الطوارئ الخاصة، مستشفى قوى الأمن)', () => {
  const text = 'زار قائد قوات الطوارئ الخاصة المصابين في مستشفى قوى الأمن بالرياض.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'org:sa-special-emergency-forces')), ['قوات الطوارئ الخاصة']);
  assert.ok(find(es, 'org:sa-security-forces-hospital'));
});

test('the singular and the command of the unit are the same body (قوة الطوارئ الخاصة)', () => {
  const text = 'استهدف التفجير مسجد قوة الطوارئ الخاصة في عسير.';
  assert.ok(find(analyse(text), 'org:sa-special-emergency-forces'));
});

test('the southern resistance of Yemen is a known armed group', () => {
  const text = 'واستعاد مقاتلون يطلقون على أنفسهم اسم المقاومة الجنوبية معظم مدينة عدن.';
  const e = find(analyse(text), 'org:southern-resistance-yemen');
  assert.equal(e?.type, 'ORG');
  assert.equal(e?.kb?.country, 'YE');
});

test('towns of the region that recur in the news are known places (بعقوبة، المقدادية، الشيخ زويد، محايل عسير)', () => {
  const text = 'انفجرت عبوتان في المقدادية في بعقوبة، وداهمت قوة منزلا بالشيخ زويد، ونقل الجثمان إلى محايل عسير.';
  const es = analyse(text);
  for (const id of ['gpe:IQ-muqdadiya', 'gpe:IQ-baqubah', 'gpe:EG-sheikh-zuweid', 'gpe:SA-muhayil']) assert.ok(find(es, id), id);
});

test('the Arab human rights committee and its charter are known (the charter when the tagger marks it)', () => {
  const text = 'دعا رئيس لجنة حقوق الانسان العربية إلى احترام الحقوق الواردة في الميثاق العربي لحقوق الإنسان.';
  const es = analyse(text, [['الميثاق العربي لحقوق الإنسان', 'MISC']]);
  assert.ok(find(es, 'org:arab-human-rights-committee'));
  assert.ok(find(es, 'misc:arab-charter-human-rights'));
});

// --- short names of recurring bodies, bound to the country of the document -----------

test('«الجيش الوطني» in a document about Yemen is the Yemeni army, elsewhere not', () => {
  const ye = 'صد الجيش الوطني والمقاومة الشعبية هجوما في تعز اليمنية. وقالت مصادر يمنية إن الهجوم فشل في اليمن.';
  assert.deepEqual(surfaces(ye, find(analyse(ye), 'org:yemen-army')), ['الجيش الوطني']);
  const ly = 'تقدم الجيش الوطني في بنغازي الليبية. وقالت مصادر ليبية إن القتال مستمر في ليبيا.';
  assert.equal(find(analyse(ly), 'org:yemen-army'), undefined);
});

test('the Houthi militias named by their nisba are the Houthis (الميليشيات الحوثية)', () => {
  const text = 'اتهمت المقاومة الميليشيات الحوثية بزرع الألغام في عدن.';
  assert.deepEqual(surfaces(text, find(analyse(text), 'org:houthis')), ['الميليشيات الحوثية']);
});

test('«قوات الطوارئ» is the Saudi unit where Saudi Arabia is named', () => {
  const text = 'استهدف التفجير مسجد قوات الطوارئ في منطقة عسير بالسعودية.';
  assert.ok(find(analyse(text), 'org:sa-special-emergency-forces'));
});

test('places of recurring news (سوروتش، سروج، ذي قار، قاعدة إنجرليك، قصر الحكم، المعاشيق)', () => {
  const text = 'وقع هجوم سوروتش قرب قاعدة انجرليك، وبعد تفجير سروج اجتمع أمير الرياض بزواره في قصر الحكم بالسعودية، ودخلت المقاومة المعاشيق في عدن، وتظاهر محتجون في ذي قار.';
  const es = analyse(text);
  assert.deepEqual(surfaces(text, find(es, 'gpe:TR-suruc')), ['سوروتش', 'سروج']);
  for (const id of ['loc:TR-incirlik', 'loc:SA-qasr-al-hukm', 'loc:YE-maashiq', 'gpe:IQ-dhi-qar']) assert.ok(find(es, id), id);
});

// --- «المركز» points back to the centre named before --------------------------------

test('«المركز» points back to the one centre named just before, not as a rank nor among two centres', () => {
  const text = 'زار الوزير مركز الملك سلمان للإغاثة والأعمال الإنسانية. وأشاد بالقائمين على المركز في هذه الفترة القصيرة.';
  const e = find(analyse(text), 'org:sa-ksrelief');
  assert.deepEqual(surfaces(text, e), ['مركز الملك سلمان للإغاثة والأعمال الإنسانية', 'المركز']);
  // but not a rank, nor one of two centres
  const rank = 'زار الوزير مركز الملك سلمان للإغاثة والأعمال الإنسانية. واحتل الفريق المركز الأول في البطولة.';
  assert.deepEqual(surfaces(rank, find(analyse(rank), 'org:sa-ksrelief')), ['مركز الملك سلمان للإغاثة والأعمال الإنسانية']);
  const two = 'زار الوزير مركز الملك سلمان للإغاثة والأعمال الإنسانية ومركز الملك عبدالله للحوار. وأشاد بالقائمين على المركز.';
  const es = analyse(two, [['مركز الملك عبدالله للحوار', 'ORG']]);
  assert.ok(!es.some((e) => e.mentions.some((m) => two.slice(m.start, m.end) === 'المركز')));
});

// --- the crown prince's title as a mention of the person ----------------------------

test('the crown prince title after the name, or alone, is a mention of the person who holds it', () => {
  const text = 'وصل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء إلى عمان. وأمر ولي ولي العهد بتأمين طائرات.';
  const e = find(analyse(text, [['الأمير محمد بن سلمان', 'PER']]), 'per:mohammed-bin-salman');
  assert.deepEqual(surfaces(text, e), ['الأمير محمد بن سلمان', 'ولي ولي العهد', 'ولي ولي العهد']);
  // a title before another person's name is that person's (استقبل الملك سلمان ولي العهد الأمير محمد بن نايف)
  const two = 'استقبل الملك سلمان ولي العهد الأمير محمد بن نايف في جدة.';
  const es = analyse(two, [['الملك سلمان', 'PER'], ['محمد بن نايف', 'PER']]);
  assert.ok(!es.some((x) => x.mentions.some((m) => two.slice(m.start, m.end) === 'ولي العهد')));
});
