import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'سلمان', forms: ['الملك سلمان'] },
    { id: 'e2', type: 'PER', name: 'باراك أوباما' },
    { id: 'e3', type: 'PER', name: 'محمود عباس' },
    { id: 'e4', type: 'GPE', name: 'فلسطين', forms: ['adj:الفلسطيني'] },
    { id: 'e5', type: 'ORG', name: 'مايكروسوفت' },
    { id: 'e6', type: 'ORG', name: 'آيفون' },
    { id: 'e7', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأمريكي'] },
  ],
  quantities: [{ text: '47 مليون', kind: 'count', value: 47000000, unit: null }],
};

test('هاتف with a party after it, past titles and nisbas, is the verb of a call', () => {
  assertEvent('وهاتف الملك سلمان الرئيس باراك أوباما وبحثا تطورات الأوضاع.', spec, 'CONSULT', 'وهاتف');
  assertEvent('وحاول رئيس الوزراء امتصاص الغضب وهاتف الرئيس الفلسطيني محمود عباس.', spec, 'CONSULT', 'وهاتف');
  assertEvent('هاتفه الرئيس الأمريكي باراك أوباما أمس.', spec, 'CONSULT', 'هاتفه');
  // A caller before it: after «قد».
  assertEvent('وكان باراك أوباما قد هاتف محمود عباس أمس.', spec, 'CONSULT', 'هاتف');
});

test('هاتف as the noun «telephone» tells no call', () => {
  assertNoEvent('وأعلنت مايكروسوفت اليوم عن هاتفها الذكي الجديد.', spec, 'CONSULT');
  assertNoEvent('وأكدت مايكروسوفت أن هاتفها الجديد سيكون متاحا بسعر معقول.', spec, 'CONSULT');
  assertNoEvent('وقالت الشركة إنها باعت 47 مليون هاتف آيفون في الربع الثالث.', spec, 'CONSULT');
  assertNoEvent('وكشف أن هاتف آيفون 7 سيتميز بذاكرة أكبر.', spec, 'CONSULT');
  assertNoEvent('وخصصت الأمانة رقم هاتف مباشر للمواطنين.', spec, 'CONSULT');
  assertNoEvent('ولكن هاتفه كان مغلقا.', spec, 'CONSULT');
  // A call told by its noun keeps its event.
  assertEvent('وأجرى باراك أوباما اتصالا هاتفيا مع محمود عباس.', spec, 'CONSULT', 'اتصالا');
});
