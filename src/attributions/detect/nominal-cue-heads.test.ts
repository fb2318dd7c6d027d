import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] =>
  attributionViews(t, entitiesBySurface(t, [])).filter((a) => a.cue.includes(cue)).map((a) => a.source);

test('بحسب X التي حصلت عليها / نشرتها Y: obtained or published information is a source', () => {
  assert.deepEqual(sourceOf('وبحسب المعلومات الأولية التي حصلت عليها الصحيفة، فإن الحريق بدأ في المطبخ.', 'بحسب'), ['المعلومات الأولية']);
  assert.deepEqual(sourceOf('وبحسب الوقائع التي نشرتها الشرطة، فإن اللصوص فروا بسيارة.', 'بحسب'), ['الوقائع']);
});

test('a noun in construct with a survey or a study cites it (وفقا لنتائج مسح)', () => {
  assert.match(sourceOf('ارتفع الإنتاج إلى مليون برميل يوميا وفقا لنتائج مسح أجرته الوكالة.', 'وفقا')[0] ?? '', /نتائج مسح/);
});

test('conformity is still no source (وفقا للنتائج، حسب الخطة التي وضعتها)', () => {
  assert.deepEqual(sourceOf('وتوزع الجوائز وفقا للنتائج النهائية للمسابقة.', 'وفقا'), []);
  assert.deepEqual(sourceOf('ويسير العمل حسب الخطة التي وضعتها الوزارة.', 'حسب'), []);
  assert.deepEqual(sourceOf('ويرتب الطلاب وفقا للعلامة التي حصل عليها كل طالب في الاختبار.', 'وفقا'), []);
});

test('a party leader (قيادي) is an anonymous source after بحسب', () => {
  assert.match(sourceOf('وسيمنع الخطباء من الصعود إلى المنابر، بحسب قيادي بارز في الحزب.', 'بحسب')[0] ?? '', /^قيادي بارز/);
});

test('a court that rules that (حكمت المحكمة بأن) reports; ruling a country or sentencing does not', () => {
  assert.deepEqual(sourceOf('وقد حكمت المحكمة العليا بأن القرار مخالف للدستور.', 'حكمت'), ['المحكمة العليا']);
  assert.deepEqual(sourceOf('وحكمت المحكمة بالسجن خمس سنوات على المتهم.', 'حكمت'), []);
  assert.deepEqual(sourceOf('يحكم الملك البلاد منذ عشرين عاما.', 'يحكم'), []);
});

test('نُقل عن X قوله: with no relayer written, the verbal noun of saying is the cue', () => {
  const t = 'ونقل عن المدرب قوله للصحفيين إن الفريق جاهز للمباراة.';
  const views = attributionViews(t, entitiesBySurface(t, []));
  assert.deepEqual(views.map((a) => [a.cue, a.source]), [['قوله', 'المدرب']]);
});
