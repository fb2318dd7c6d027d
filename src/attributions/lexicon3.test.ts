import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, entitiesBySurface, spanText } from './testing.js';

test('يتصور with a clause after أن is a belief reported of its subject; without أن (imagining) it is none', () => {
  const t = 'ويتصور بعض المستثمرين أن أسعار الأراضي ستنخفض خلال العام المقبل.';
  const a = attributionsOf(t, entitiesBySurface(t, []));
  assert.equal(a.length, 1);
  assert.equal(spanText(t, a[0]!.cue), 'ويتصور');
  assert.ok(spanText(t, a[0]!.source).includes('المستثمرين'), spanText(t, a[0]!.source));
  assert.ok(spanText(t, a[0]!.content).startsWith('أسعار الأراضي'), spanText(t, a[0]!.content));
  const t2 = 'يتصور الفنان مشهدا جديدا لمعرضه القادم.';
  assert.equal(attributionsOf(t2, entitiesBySurface(t2, [])).length, 0);
});

test('the participle معلنا reports its announcement, with عن or a nominal object, for the speaker before it', () => {
  const t1 = 'وقال رئيس النادي خالد المطيري إن الفريق جاهز للموسم، معلنا عن تعاقد الإدارة مع مدرب جديد.';
  const te1 = entitiesBySurface(t1, [{ id: 'p1', type: 'PER', name: 'خالد المطيري', forms: ['خالد المطيري'] }]);
  const v1 = attributionViews(t1, te1).filter((x) => x.cue === 'معلنا');
  assert.equal(v1.length, 1);
  assert.ok(v1[0]!.source.includes('خالد المطيري'), v1[0]!.source);
  const t2 = 'ورحب محافظ المدينة سعد الزهراني بالضيوف، معلنا انطلاق فعاليات المهرجان.';
  const te2 = entitiesBySurface(t2, [{ id: 'p2', type: 'PER', name: 'سعد الزهراني', forms: ['سعد الزهراني'] }]);
  const a2 = attributionsOf(t2, te2).filter((x) => spanText(t2, x.cue) === 'معلنا');
  assert.equal(a2.length, 1);
  assert.ok(spanText(t2, a2[0]!.content).startsWith('انطلاق'), spanText(t2, a2[0]!.content));
});
