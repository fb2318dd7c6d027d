import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('every noun of a phrase opened by «أي» is any act of its kind, none in particular', () => {
  assertNoEvent('وقال القائد إن قواته مستعدة للرد على أي قصف أو هجوم على القرى.', {}, 'ASSAULT');
  assertNoEvent('وأكد أن الحرس قادر على التصدي لأي محاولة اعتداء على الحدود.', {}, 'ASSAULT', 'اعتداء');
  // an attack with no «أي» before its phrase is still one.
  assertEvent('وردت القوات على قصف أو هجوم استهدف القرى أمس.', {}, 'ASSAULT', 'هجوم');
});
