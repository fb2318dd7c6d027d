import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:name`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) => `${e.type}:${e.name}`);
}

test('a party named by a coordinated pair after حزب is one name', () => {
  const a = entities('وقال حزب القانون والعدالة إن الحكومة فشلت.');
  assert.ok(a.includes('ORG:حزب القانون والعدالة'), a.join(' '));
  const b = entities('وفاز حزب العدالة والتنمية بالانتخابات.');
  assert.ok(b.includes('ORG:حزب العدالة والتنمية'), b.join(' '));
  const c = entities('وحصل حزب العدالة والتنمية الحاكم على أغلبية المقاعد.');
  assert.ok(c.includes('ORG:حزب العدالة والتنمية'), c.join(' '));
});

test('a known party before و and a body after it stay two parties', () => {
  const a = entities('وهاجم حزب الله والنظام السوري مواقع المعارضة.');
  assert.ok(a.includes('ORG:حزب الله'), a.join(' '));
  const b = entities('ودعا حزب الإصلاح والحزب الاشتراكي إلى الحوار.');
  assert.ok(b.includes('ORG:الحزب الاشتراكي'), b.join(' '));
  const c = entities('وتقاتل ميليشيات حزب الله والحرس الثوري في سوريا.');
  assert.ok(c.includes('ORG:حزب الله'), c.join(' '));
});
