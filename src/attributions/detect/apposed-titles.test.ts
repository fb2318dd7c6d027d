import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const view = (t: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).map((x) => `${x.cue} | ${x.source}`);
};

test('أكد وكيل الوزارة …، رئيس مجلس الإدارة …، الدكتور X، أهمية …: titles between commas lead to the name', () => {
  const t = 'أكد وكيل وزارة المياه لشؤون الكهرباء، رئيس مجلس إدارة الشركة السعودية للكهرباء، الدكتور صالح العواجي، أهمية مذكرة التعاون مع المدينة.';
  assert.deepEqual(view(t, ['صالح العواجي']), ['أكد | صالح العواجي']);
});

test('يقول رئيس المعهد، الدكتور X، إن …: a rank before the apposed name', () => {
  const t = 'من جهته، يقول رئيس معهد الدراسات الآسيوية بالجامعة، الدكتور عبدالحكيم الطحاوي، إن التاريخ لا ينسى.';
  assert.deepEqual(view(t, ['عبدالحكيم الطحاوي']), ['يقول | عبدالحكيم الطحاوي']);
});
