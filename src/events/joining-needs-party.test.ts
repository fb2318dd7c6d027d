import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

// «انضم/انضمام» is COOPERATE in the dev gold only when a named party joins or is joined
// (انضم مقاتلون إلى داعش، انضمام السعودية إلى التحالف); joining a team, a club, a unit or
// «extremist groups» in general was predicted 11 times over the 46 dev parts and never annotated.

const spec: LayerSpec = {
  entities: [
    { id: 'g1', type: 'GPE', name: 'كينيا' },
    { id: 'o1', type: 'ORG', name: 'تنظيم داعش', forms: ['داعش'] },
  ],
};

test('joining with no named party is no cooperation', () => {
  assertNoEvent('ويحلم كثير من الشباب بالانضمام إلى الفرق الكبرى في الدوري.', spec, 'COOPERATE');
  assertNoEvent('وترك الطالب دراسته وانضم للكتيبة في الجبهة الشمالية.', spec, 'COOPERATE');
});

test('a named party that joins or is joined keeps the event', () => {
  assertEvent('وانضمت كينيا إلى التحالف الدولي العام الماضي.', spec, 'COOPERATE', 'وانضمت');
  assertEvent('وقال التقرير إن مئات الشبان انضموا إلى داعش في العام الماضي.', spec, 'COOPERATE', 'انضموا');
});
