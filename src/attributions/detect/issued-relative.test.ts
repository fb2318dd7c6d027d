import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, spec: Parameters<typeof entitiesBySurface>[1] = []): string[] =>
  attributionViews(t, entitiesBySurface(t, spec)).filter((x) => x.cue === cue).map((x) => x.source);

test('a verb with خلاله after «بيان أصدره X» has the issuer as its source, not the body named before', () => {
  const t = 'رحبت الجمعية الخيرية بالقرار الجديد.\nجاء ذلك في بيان أصدره الدكتور سامي العمري، رئيس الجمعية الخيرية، أوضح خلاله أن الجمعية وزعت المساعدات.';
  const ents = [
    { id: 's', type: 'PER' as const, name: 'سامي العمري', forms: ['سامي العمري'] },
    { id: 'j', type: 'ORG' as const, name: 'الجمعية الخيرية', forms: ['الجمعية الخيرية'] },
  ];
  const got = sourceOf(t, 'أوضح', ents);
  assert.equal(got.length, 1);
  assert.ok(got[0]?.includes('العمري'));
});

test('a pronoun of the other gender does not resume the issued noun (negative case)', () => {
  const t = 'جاء ذلك في بيان أصدره الدكتور سامي العمري، أوضحت خلالها الجمعية أن المساعدات وزعت.';
  const ents = [{ id: 's', type: 'PER' as const, name: 'سامي العمري', forms: ['سامي العمري'] }];
  assert.ok(sourceOf(t, 'أوضحت', ents).every((s) => !s.includes('العمري')));
});
