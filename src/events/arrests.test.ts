import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'الرياض' }] };

test('القبض after a body with its own article is the arrest ألقى names, not the genitive of a party', () => {
  assertEvent('وألقت قوات الأمن القبض على ثلاثة أشخاص في الرياض.', spec, 'COERCE', 'القبض');
  assertEvent('ألقت الشرطة القبض على ثلاثة أشخاص. وقال المتحدث إن التحقيق جار.', spec, 'COERCE', 'القبض');
  // A definite participle after a definite noun is its adjective, not an event.
  assertNoEvent('وقتل سبعة من الفصائل المساندة لها في الرياض.', spec, 'SUPPORT');
});
