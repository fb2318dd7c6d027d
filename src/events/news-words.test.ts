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
