import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('وحول تفاصيل الدراسة، بين: the noun in a fronted topic closed by a comma is not the speaker', () => {
  const t = 'وقال مسؤول في الهيئة إن العمل جار على المشروع منذ عامين. وحول نتائج الدراسة، أوضح أن الأرقام ستعلن قريبا.';
  // The official with the body he belongs to (unnamed-source-body.ts).
  assert.deepEqual(sourceOf(t, 'أوضح'), ['مسؤول في الهيئة']);
});
