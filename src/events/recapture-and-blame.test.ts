import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'المقاومة الشعبية', forms: ['المقاومة'] },
    { id: 'e2', type: 'GPE', name: 'تعز' },
    { id: 'e3', type: 'ORG', name: 'جماعة الحوثي', forms: ['الحوثيين'] },
    { id: 'e4', type: 'PER', name: 'سامر الحلبي', forms: ['الحلبي'] },
    { id: 'e5', type: 'GPE', name: 'اليمن' },
  ],
};

test('regaining a place (استعاد، استعادة) is an attack; regaining security or trust is none', () => {
  assertEvent('واستعادت المقاومة الشعبية مدينة تعز بعد معارك عنيفة.', spec, 'ASSAULT', 'واستعادت');
  assertEvent('وتمكنت المقاومة من استعادة تعز من الحوثيين.', spec, 'ASSAULT', 'استعادة');
  assertNoEvent('وأكد الحلبي أن التحالف سيبقى حتى يستعيد اليمن أمنه واستقراره.', spec, 'ASSAULT', 'يستعيد');
  // Control regained is told by the noun of control.
  assertNoEvent('وتمكنت المقاومة من استعادة السيطرة على تعز.', spec, 'ASSAULT', 'استعادة');
});

test('an advance of forces (زحف قوات) is an attack; the noun alone is none', () => {
  assertEvent('وأرسلت المقاومة تعزيزات لوقف زحف الميليشيا نحو تعز.', spec, 'ASSAULT', 'زحف');
  assertNoEvent('ويهدد زحف الرمال الطرق في الصحراء.', spec, 'ASSAULT', 'زحف');
});

test('a capture told by its noun after تم (تم أسر) is a coercion; families (أسر الشهداء) are none', () => {
  assertEvent('وقال الحلبي إنه تم أسر عشرين من الحوثيين في تعز.', spec, 'COERCE', 'أسر');
  assertNoEvent('واستقبل الحلبي أسر الشهداء في تعز.', spec, 'COERCE', 'أسر');
});

test('laying the blame (محملا X المسؤولية) is an accusation, also with the party between', () => {
  assertEvent('وأدان الحلبي الهجوم محملا جماعة الحوثي المسؤولية عن سلامة المعتقلين.', spec, 'ACCUSE', 'محملا');
  assertEvent('وحملت المقاومة الشعبية في بيان لها جماعة الحوثي مسؤولية الهجوم.', spec, 'ACCUSE', 'وحملت');
  assertNoEvent('وحملت الطائرة مساعدات إلى تعز.', spec, 'ACCUSE', 'وحملت');
});

test('flight told by its noun after a verb of running or escaping (قاموا بالفرار، سارعوا إلى الفرار) is a retreat', () => {
  assertEvent('وهاجم المسلحون القرية ثم قاموا بالفرار.', spec, 'RETREAT', 'بالفرار');
  assertEvent('وقال الحلبي إن الحوثيين سارعوا إلى الفرار من تعز.', spec, 'RETREAT', 'الفرار');
  assertNoEvent('وقال الحلبي إن عناصر من جنسيات غير يمنية حاولوا الفرار من التنظيم.', spec, 'RETREAT', 'الفرار');
});
