import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:name[:kb id]|mention surfaces`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) =>
    `${e.type}:${e.name}${e.kb ? ':' + e.kb.id : ''}|${e.mentions.map((m) => text.slice(m.start, m.end)).join('/')}`);
}

test('a definite broken plural demonym is its state', () => {
  const a = entities('وتمكن المغاربة من إحباط محاولة تسلل عبر الحدود.');
  assert.ok(a.includes('GPE:المغرب:gpe:MA|المغاربة'), a.join(' '));
  const b = entities('وهاجم الأفغان قافلة للقوات الأجنبية قرب قندهار.');
  assert.ok(b.some((x) => x.startsWith('GPE:أفغانستان:gpe:AF|الأفغان')), b.join(' '));
});

test('an indefinite broken plural demonym after a plural of people is its state', () => {
  const a = entities('وقتل ثلاثة جنود أتراك في هجوم بسيارة مفخخة.');
  assert.ok(a.some((x) => x.startsWith('GPE:تركيا:gpe:TR|أتراك')), a.join(' '));
  const b = entities('وقصف مقاتلون روس مستشفى ميدانيا في ريف إدلب.');
  assert.ok(b.some((x) => x.startsWith('GPE:روسيا:gpe:RU|روس')), b.join(' '));
  const c = entities('وقال مسؤولون أفغان إن مسلحين هاجموا نقطة تفتيش. وكان بين الضحايا تجار روس وأتراك.');
  assert.ok(c.some((x) => x.startsWith('GPE:أفغانستان:gpe:AF|أفغان')), c.join(' '));
  assert.ok(c.some((x) => x.startsWith('GPE:تركيا:gpe:TR|أتراك')), c.join(' '));
});

test('a gate named after a people and a person bearing a demonym as a name are no state', () => {
  const a = entities('واقتحم مستوطنون المسجد الأقصى من جهة باب المغاربة صباح اليوم.');
  assert.ok(!a.some((x) => x.includes(':gpe:MA')), a.join(' '));
  const b = entities('وقال الدبلوماسي الأمريكي السابق دينيس روس إن العقوبات غير كافية.');
  assert.ok(!b.some((x) => x.includes(':gpe:RU')), b.join(' '));
  const c = entities('وقالت لبنى ألمان مديرة البرنامج إن المساعدات وصلت إلى المخيم.');
  assert.ok(!c.some((x) => x.includes(':gpe:DE')), c.join(' '));
});
