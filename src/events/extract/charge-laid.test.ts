import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../../core/types.js';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const run = (text: string, spec: LayerSpec) => extractEvents(buildLayers(text, spec));
const at = (text: string, events: IsnadEvent[], trigger: string) => events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

const spec: LayerSpec = {
  entities: [
    { id: 'p1', type: 'PER', name: 'جوهر تسارناييف' },
    { id: 'p2', type: 'PER', name: 'أحمد ماهر' },
    { id: 'p3', type: 'PER', name: 'بنيامين نتنياهو' },
    { id: 'g1', type: 'GPE', name: 'بيونغ يانغ' },
  ],
};

test('the accused of a charge laid with وجّه, after لـ or إلى, is the recipient', () => {
  const t1 = 'وكان الادعاء الأمريكي وجه إلى جوهر تسارناييف (21 عاما) تهمة استخدام سلاح دمار شامل.';
  assert.deepEqual(at(t1, run(t1, spec), 'تهمة')?.recipient, ['p1']);
  const t2 = 'ووجهت النيابة العامة تهمة التخابر مع جهات أجنبية للناشط أحمد ماهر.';
  assert.deepEqual(at(t2, run(t2, spec), 'تهمة')?.recipient, ['p2']);
  const t3 = 'وتم توجيه تهمة الفساد وخيانة الأمانة لرئيس الوزراء بنيامين نتنياهو.';
  assert.deepEqual(at(t3, run(t3, spec), 'تهمة')?.recipient, ['p3']);
});

test('a state after لـ inside the charge is not the accused; «بتهمة» lays no charge', () => {
  const t1 = 'ووجهت السلطات تهمة الترويج لبيونغ يانغ إلى ناشط يساري.';
  assert.deepEqual(at(t1, run(t1, spec), 'تهمة')?.recipient ?? [], []);
  const t2 = 'واعتقلت الشرطة أحمد ماهر بتهمة التخابر مع بيونغ يانغ.';
  assert.equal(run(t2, spec).filter((e) => e.type === 'ACCUSE').length, 0);
});
