import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

// Trigger words added in triggers.json 1.45.0, each with the condition that keeps its other senses out.
const ENTITIES = [
  { id: 'is', type: 'GPE' as const, name: 'إسرائيل', forms: ['الإسرائيلية', 'adj:الإسرائيلية'] },
  { id: 'lb', type: 'GPE' as const, name: 'لبنان', forms: ['اللبنانية', 'adj:اللبنانية'] },
  { id: 'ye', type: 'GPE' as const, name: 'اليمن', forms: ['اليمني', 'adj:اليمني'] },
];
const found = (t: string) => extractEvents(buildLayers(t, { entities: ENTITIES }))
  .map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)}`);

test('an incursion, a genocide, a stabbing and destruction left behind are ASSAULT', () => {
  const cases: [string, string][] = [
    ['وتوغلت دبابات إسرائيلية مسافة كيلومترين داخل الأراضي اللبنانية فجر اليوم.', 'ASSAULT وتوغلت'],
    ['وحذرت المنظمة من خطر الإبادة التي يتعرض لها سكان القرية.', 'ASSAULT الإبادة'],
    ['وأصيب حارس بعدة طعنات قرب المحطة مساء أمس.', 'ASSAULT طعنات'],
    ['ونقل الرجل إلى المستشفى بعد تعرضه للطعن بسكين في السوق.', 'ASSAULT للطعن'],
    ['وتحدث السكان عن الدمار الذي خلفه القصف في الحي القديم.', 'ASSAULT الدمار'],
    ['وأوقفت الشرطة ثلاثة رجال بتهمة التعدي على موظف البلدية.', 'ASSAULT التعدي'],
  ];
  for (const [t, want] of cases) assert.ok(found(t).includes(want), `${t} → ${found(t).join(' / ')}`);
});

test('the same words in their other senses tell no event', () => {
  const none: [string, string][] = [
    ['وتناول المؤتمر خطر انتشار أسلحة الدمار الشامل في المنطقة.', 'الدمار'],
    ['وقدم المحامي طعنا في الحكم أمام محكمة الاستئناف.', 'طعنا'],
    ['وحذرت البلدية من التعدي على الأراضي الحكومية.', 'التعدي'],
    ['وقال الكاتب إن تلك السياسة لا تجلب سوى الدمار والخراب للمنطقة.', 'الدمار'],
    ['ودعا المؤتمر إلى نشر قيم التعارف والتفاهم بين الشعوب.', 'والتفاهم'],
    ['ووصف البيان التصريحات بأنها تعد تعديا واضحا على سيادة البلاد.', 'تعديا'],
    ['ووقع الوزيران مذكرة تفاهم في مجال التعليم.', 'تفاهم'],
    ['وقال المتحدث رافضا الإدلاء بتفاصيل إضافية.', 'رافضا'],
    ['وناقشت الندوة ظاهرة التحرش في الأماكن العامة.', 'التحرش'],
  ];
  for (const [t, word] of none) assert.ok(!found(t).some((x) => x.endsWith(` ${word}`)), `${t} → ${found(t).join(' / ')}`);
});

test('air cover, a force backed by another, an understanding, a stance against and collusion', () => {
  const cases: [string, string][] = [
    ['وتقدمت القوات تحت غطاء جوي من طائرات التحالف.', 'AID غطاء'],
    ['وسيطر الجيش اليمني المسنود بطيران التحالف على الموقع.', 'AID المسنود'],
    ['وقال الوزير إن التفاهم مع لبنان بشأن الحدود البحرية كامل.', 'AGREE التفاهم'],
    ['وجدد الوزير موقف الحكومة الرافض للتدخل الأجنبي.', 'REJECT الرافض'],
    ['واتهم الحزب الحكومة بالتواطؤ مع المهربين.', 'COOPERATE بالتواطؤ'],
    ['وقالت الشرطة إن شابا ابتز فتاة بصور خاصة.', 'THREATEN ابتز'],
  ];
  for (const [t, want] of cases) assert.ok(found(t).includes(want), `${t} → ${found(t).join(' / ')}`);
});
