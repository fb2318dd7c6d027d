import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from '../core/types.js';
import { attributionsOf, entitiesBySurface } from './testing.js';
import { sameReferent } from './eval.js';

const cut = (text: string, s: { start?: number; end?: number }) => text.slice(s.start ?? 0, s.end ?? 0);
const view = (t: string, a: Attribution) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance });

test('a title with a dot or a slash stays in a long subject', () => {
  const t = 'أكد رئيس قسم الأرصاد ومدير مركز التميز لأبحاث التغير المناخي بجامعة الملك عبدالعزيز د. منصور المزروعي أن الحرارة ترتفع. وقال السيد/ يوسف مبيضين مدير المجمع إن العمل مستمر.';
  const found = attributionsOf(t);
  assert.equal(found.length, 2);
  const [a, b] = found as [Attribution, Attribution];
  assert.ok(cut(t, a.source).includes('المزروعي'), cut(t, a.source));
  assert.equal(cut(t, a.content), 'الحرارة ترتفع');
  assert.ok(cut(t, b.source).includes('يوسف مبيضين'), cut(t, b.source));
});

test('a relative or adverbial ما is no negation', () => {
  const t = 'بدأت تركيا منذ أسابيع ما وصفه مسؤولون بأنها حرب على الإرهاب. كثيرا ما يصرح الرئيس بضرورة التحول عن الدولار.';
  const found = attributionsOf(t);
  assert.equal(found.length, 2);
  assert.deepEqual(view(t, found[0] as Attribution), { cue: 'وصفه', source: 'مسؤولون', stance: 'assert' });
  assert.equal((found[1] as Attribution).stance, 'assert');
  // At the start of a clause ما still negates.
  const n = 'ما أعلن المتحدث أن الاتفاق انتهى.';
  assert.equal(attributionsOf(n)[0]?.stance, 'none');
});

test('ما أفادت به مصادر: the subject after the resumptive pronoun', () => {
  const t = 'وسلطت الصحف الضوء على ما أفادت به مصادر أمنية أن 47 شخصا قتلوا.';
  const a = attributionsOf(t).find((x) => cut(t, x.cue) === 'أفادت');
  assert.ok(a);
  assert.equal(cut(t, a.source), 'مصادر أمنية');
  assert.equal(a.source.kind, 'anonymous');
});

test('no report: impersonal يتوقع, a first-person أعتقد, a prayer, a question, a clause before a colon', () => {
  const none = [
    'ترتفع الحرارة على الرياض والقصيم ويتوقع أن تلامس خمسين درجة.',
    'ويرجح حتى اللحظة أن المنفذين ذئاب منفردة.',
    'عبروا عن حزنهم لما وقع له، داعين الله أن يتم شفاءه.',
    'كيف تصف نفسك اليوم؟',
    'كانت إنتاجية اليابان متقاعسة لسنوات: الممارسات القديمة متجذرة.',
  ];
  for (const t of none) assert.deepEqual(attributionsOf(t).map((a) => cut(t, a.cue)), [], t);
  const q = 'وقال المحلل: "البيانات مهمة، وأعتقد أن ما سيحدث سيحدد الاتجاه".';
  assert.deepEqual(attributionsOf(q).map((a) => cut(q, a.cue)), ['وقال']);
});

test('accusative and indefinite objects after the subject or a long frame', () => {
  const t = 'توقعت الرئاسة العامة للأرصاد في تقريرها عن حالة الطقس لهذا اليوم الثلاثاء هطولا للأمطار على جازان. كما توقعت الأرصاد طقسا معتدلا على المصايف.';
  const found = attributionsOf(t);
  assert.equal(found.length, 2);
  assert.ok(cut(t, (found[0] as Attribution).content).startsWith('هطولا للأمطار'));
  assert.equal(cut(t, (found[1] as Attribution).source), 'الأرصاد');
  assert.ok(cut(t, (found[1] as Attribution).content).startsWith('طقسا معتدلا'));
  const u = 'أوضحت وزارة الداخلية السعودية هوية الانتحاري مفجر المسجد.';
  const ents = entitiesBySurface(u, [{ id: 'moi', type: 'ORG', name: 'وزارة الداخلية السعودية', forms: ['وزارة الداخلية السعودية'] }]);
  const [o] = attributionsOf(u, ents);
  assert.ok(o);
  assert.equal(o.source.entity, 'moi');
  assert.ok(cut(u, o.content).startsWith('هوية الانتحاري'));
});

test('after بعد أن the speaker is the subject of the main clause; a noun naming no one is the object', () => {
  const t = 'منح نادي مانشستر سيتي جرعة ثقة لمدربه بعد أن أعلن تمديد عقده لعامين.';
  const ents = entitiesBySurface(t, [{ id: 'city', type: 'ORG', name: 'مانشستر سيتي', forms: ['نادي مانشستر سيتي'] }]);
  const [a, ...rest] = attributionsOf(t, ents);
  assert.ok(a);
  assert.equal(rest.length, 0);
  assert.equal(a.source.entity, 'city');
  assert.ok(cut(t, a.content).startsWith('تمديد عقده'));
  const u = 'اعتبر وزير الخارجية أن الاتفاق متوازن، ووصف الاتفاق أمام البرلمان بأنه عملية أخذ وعطاء.';
  const found = attributionsOf(u);
  assert.equal(found.length, 2);
  assert.equal(cut(u, (found[1] as Attribution).source), 'وزير الخارجية');
});

test('sources are scored by their referent', () => {
  const t = 'قال المدير الفني جورجيوس دونيس إن الفريق جاهز. وأكد دونيس الجاهزية. وقال رئيس النادي إن النادي يدعمه.';
  const sp = (s: string, nth = 0) => {
    let k = -1;
    for (let i = 0; i <= nth; i++) k = t.indexOf(s, k + 1);
    return { start: k, end: k + s.length };
  };
  // A name inside the longer phrase, and the same head noun.
  assert.ok(sameReferent(t, [], sp('دونيس', 1), sp('المدير الفني جورجيوس دونيس')));
  assert.ok(sameReferent(t, [], sp('المدير الفني'), sp('المدير الفني جورجيوس دونيس')));
  // The complement of another head is not the same speaker.
  assert.ok(!sameReferent(t, [], sp('النادي', 1), sp('رئيس النادي')));
  // The same entity through different mentions.
  const ents = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'دونيس', forms: ['جورجيوس دونيس', 'دونيس'] }]);
  assert.ok(sameReferent(t, ents, sp('دونيس', 1), sp('جورجيوس دونيس')));
  assert.ok(!sameReferent(t, ents, sp('رئيس النادي'), sp('جورجيوس دونيس')));
});
