/**
 * The conformance suite every Store backend must pass: call
 * `storeConformance(name, factory)` from a backend's test file with a factory
 * returning a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from './store.js';
import { contentHash } from './prepare.js';
import { DOCS } from './testing/fixtures.js';
import { fakeAnalyse } from './testing/fake-analysis.js';

function doc(id: string) {
  const d = DOCS.find((x) => x.id === id);
  if (!d) throw new Error(`no fixture ${id}`);
  return d;
}

export function storeConformance(name: string, factory: () => Promise<Store>): void {
  aggregateConformance(name, factory);
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory();
      for (const d of DOCS) await store.putAnalysis(d, fakeAnalyse(d));
    });
    after(async () => {
      await store.close();
    });

    async function entityId(n: string): Promise<string> {
      const [e] = await store.findEntities(n, 1);
      assert.ok(e, `entity ${n} found`);
      return e.id;
    }

    it('keeps the analysis whole and keys documents by content hash', async () => {
      const d = doc('d1');
      const id = contentHash(d.text);
      assert.equal(await store.hasDocument(id), true);
      assert.equal(await store.hasDocument(contentHash('nothing like it')), false);
      const got = await store.getDocument(id);
      assert.ok(got);
      assert.deepEqual(got.analysis, fakeAnalyse(d));
      assert.equal(got.inputId, 'd1');
      assert.equal(got.source, 'arabi21');
      assert.equal(got.date, '2019-09-25');
      assert.equal(got.chars, d.text.length);
      assert.equal(await store.getDocument('0'.repeat(64)), undefined);
      // A backend that knows its entity ids tells them for each entity of the analysis.
      if (got.entityIds !== undefined) {
        for (const e of got.analysis.entities) {
          const storeId: string | undefined = got.entityIds[e.id];
          assert.ok(storeId !== undefined, `store id of ${e.id}`);
          assert.equal((await store.getEntity(storeId))?.type, e.type);
        }
      }
    });

    it('is idempotent: the same text again adds nothing', async () => {
      const before = await store.stats();
      const d = doc('d2');
      const r = await store.putAnalysis({ ...d, id: 'another-id' }, fakeAnalyse(d));
      assert.deepEqual(r, { id: contentHash(d.text), created: false, replaced: false });
      assert.deepEqual({ ...(await store.stats()), bytes: 0 }, { ...before, bytes: 0 });
    });

    it('replaces an analysis without duplicating its rows', async () => {
      const before = await store.stats();
      const d = doc('d2');
      const r = await store.putAnalysis(d, fakeAnalyse(d), { replace: true });
      assert.equal(r.replaced, true);
      const afterStats = await store.stats();
      assert.deepEqual({ ...afterStats, bytes: 0 }, { ...before, bytes: 0 });
      const haftar = await store.getEntity(await entityId('حفتر'));
      assert.equal(haftar?.documents, 3);
    });

    it('lists documents with filters and paging', async () => {
      const all = await store.listDocuments({ limit: 2 });
      assert.equal(all.total, 5);
      assert.equal(all.items.length, 2);
      assert.equal(all.items[0]?.date, '2019-10-02', 'most recent first');
      const next = await store.listDocuments({ limit: 2, offset: 4 });
      assert.equal(next.items.length, 1);
      assert.deepEqual((await store.listDocuments({ source: 'arabi21' })).items.map((x) => x.inputId).sort(), ['d1', 'd5']);
      const range = await store.listDocuments({ from: '2019-09-26', to: '2019-09-27' });
      assert.deepEqual(range.items.map((x) => x.inputId).sort(), ['d2', 'd3', 'd4']);
      const withKremlin = await store.listDocuments({ entity: await entityId('الكرملين') });
      assert.deepEqual(withKremlin.items.map((x) => x.inputId).sort(), ['d1', 'd2', 'd4']);
    });

    it('iterates every document with its analysis', async () => {
      const ids: string[] = [];
      for await (const d of store.iterateDocuments()) {
        assert.equal(d.analysis.text.length, d.chars);
        ids.push(d.inputId ?? '');
      }
      assert.deepEqual(ids.sort(), ['d1', 'd2', 'd3', 'd4', 'd5']);
      const some: string[] = [];
      for await (const d of store.iterateDocuments({ source: 'bbc' })) some.push(d.inputId ?? '');
      assert.deepEqual(some, ['d3']);
    });

    it('searches through clitics and normalisation, highlighting the original text', async () => {
      const res = await store.search({ q: 'روسيا', limit: 10 });
      const ids = res.items.map((h) => h.doc.inputId).sort();
      assert.deepEqual(ids, ['d1', 'd3', 'd4'], 'وروسيا and لرُوسيا are found; موسكو is not روسيا');
      const d3 = res.items.find((h) => h.doc.inputId === 'd3');
      assert.ok(d3);
      const text = doc('d3').text;
      const surfaces = d3.matches.map((m) => text.slice(m.start, m.end));
      assert.deepEqual(surfaces, ['لرُوسيا', 'وروسيا']);
      for (const h of d3.highlights) {
        assert.equal(d3.snippet.slice(h.start, h.end), text.slice(h.start + d3.snippetStart, h.end + d3.snippetStart));
        assert.ok(surfaces.includes(d3.snippet.slice(h.start, h.end)));
      }
      assert.equal(res.total, 3);
      for (let i = 1; i < res.items.length; i++) {
        assert.ok((res.items[i - 1] as { score: number }).score >= (res.items[i] as { score: number }).score, 'ranked');
      }
    });

    it('folds the query as the index: a query with hamza, diacritics and clitics', async () => {
      const a = await store.search({ q: 'بالكرملين' });
      assert.deepEqual(a.items.map((h) => h.doc.inputId).sort(), ['d1', 'd2', 'd4']);
      const b = await store.search({ q: 'ليبيَا' });
      assert.ok(b.total >= 3);
    });

    it('expands to nisba forms on request only', async () => {
      const plain = await store.search({ q: 'روسيا' });
      const expanded = await store.search({ q: 'روسيا', expand: true });
      assert.ok(!plain.items.some((h) => h.doc.inputId === 'd2'));
      // d2 has "نفي روسي" only in its title, which is not indexed; d3 has السفير الروسي.
      const d3 = expanded.items.find((h) => h.doc.inputId === 'd3');
      assert.ok(d3);
      assert.ok(d3.matches.some((m) => doc('d3').text.slice(m.start, m.end) === 'الروسي'));
      assert.ok(expanded.total >= plain.total);
    });

    it('supports phrases, OR and filters', async () => {
      const phrase = await store.search({ q: '"المشير خليفة حفتر"' });
      assert.deepEqual(phrase.items.map((h) => h.doc.inputId).sort(), ['d1', 'd4']);
      const noPhrase = await store.search({ q: '"حفتر المشير"' });
      assert.equal(noPhrase.total, 0);
      const or = await store.search({ q: 'النفط OR طرابلس' });
      assert.deepEqual(or.items.map((h) => h.doc.inputId).sort(), ['d2', 'd5']);
      const and = await store.search({ q: 'النفط طرابلس' });
      assert.equal(and.total, 0);
      const filtered = await store.search({ q: 'حفتر', source: 'alwasat' });
      assert.deepEqual(filtered.items.map((h) => h.doc.inputId), ['d4']);
      const dated = await store.search({ q: 'حفتر', from: '2019-09-26', to: '2019-09-26' });
      assert.deepEqual(dated.items.map((h) => h.doc.inputId).sort(), ['d2', 'd4']);
      const byEntity = await store.search({ q: 'ليبيا', entity: await entityId('فاغنر') });
      assert.deepEqual(byEntity.items.map((h) => h.doc.inputId).sort(), ['d1', 'd4']);
    });

    it('rejects a query with nothing to search', async () => {
      await assert.rejects(store.search({ q: ' ... ' }), (e: unknown) => (e as { code?: string }).code === 'USAGE');
    });

    it('merges entities across documents by knowledge-base id and by name', async () => {
      const id = await entityId('حفتر');
      const e = await store.getEntity(id);
      assert.ok(e);
      assert.equal(e.name, 'خليفة حفتر');
      assert.equal(e.kbId, 'Q5345');
      assert.equal(e.documents, 3);
      assert.deepEqual(e.documentList.map((d) => d.inputId).sort(), ['d1', 'd2', 'd4']);
      assert.ok(e.aliases.some((a) => a.name === 'حفتر'));
      assert.ok(e.aliases.some((a) => a.name === 'خليفة حفتر'));
      assert.deepEqual(e.roles, [{ role: 'مشير', count: 2 }]);
      const russia = e.cooccurring.find((c) => c.name === 'روسيا');
      assert.equal(russia?.count, 3);
      assert.deepEqual(e.timeline.map((t) => [t.date, t.documents]), [['2019-09-25', 1], ['2019-09-26', 2]]);
      assert.equal(e.mentionList.length, e.mentions);
      for (const m of e.mentionList) {
        const d = await store.getDocument(m.docId);
        assert.equal(d?.analysis.text.slice(m.start, m.end), m.surface);
      }
      // No knowledge-base id: merged by type + normalised name.
      const kremlin = await store.getEntity(await entityId('الكرملين'));
      assert.equal(kremlin?.documents, 3);
      assert.equal(kremlin?.kbId, undefined);
      assert.equal(e.said.assert, 2);
    });

    it('lists and finds entities', async () => {
      const all = await store.listEntities({ limit: 100 });
      assert.equal(all.total, (await store.stats()).entities);
      const counts = all.items.map((x) => x.documents);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
      const gpe = await store.listEntities({ type: 'GPE' });
      assert.deepEqual(gpe.items.map((x) => x.name).sort(), ['روسيا', 'ليبيا']);
      const q = await store.listEntities({ q: 'حفتر' });
      assert.deepEqual(q.items.map((x) => x.name), ['خليفة حفتر']);
      const bySource = await store.listEntities({ source: 'bbc' });
      assert.deepEqual(bySource.items.map((x) => x.name), ['روسيا']);
      assert.deepEqual(await store.findEntities('لا أحد'), []);
      const found = await store.findEntities('خليفه حفتر');
      assert.equal(found[0]?.name, 'خليفة حفتر');
      assert.equal(await store.getEntity('999999'), undefined);
    });

    it('answers who said what, by source, about an entity, and by stance', async () => {
      const haftar = await entityId('حفتر');
      const said = await store.attributions({ by: haftar });
      assert.equal(said.total, 2);
      for (const a of said.items) {
        assert.equal(a.sourceEntity?.name, 'خليفة حفتر');
        assert.equal(a.cue.text, 'قال');
        assert.ok(a.content.text.includes('روسيا'));
        assert.ok(a.about.some((x) => x.name === 'روسيا'));
      }
      const about = await store.attributions({ about: await entityId('فاغنر') });
      assert.deepEqual(about.items.map((a) => a.doc.inputId).sort(), ['d1', 'd4']);
      assert.ok(about.items.every((a) => a.sourceEntity?.name === 'الكرملين'));
      const denials = await store.attributions({ stance: 'deny' });
      assert.equal(denials.total, 1);
      assert.equal(denials.items[0]?.cue.text, 'نفت');
      assert.equal(denials.items[0]?.sourceEntity?.name, 'روسيا');
      const anon = await store.attributions({ sourceKind: 'anonymous' });
      assert.equal(anon.items[0]?.doc.inputId, 'd3');
      const dated = await store.attributions({ by: haftar, from: '2019-09-26' });
      assert.deepEqual(dated.items.map((a) => a.doc.inputId), ['d4']);
    });

    it('answers events by actor, type and date', async () => {
      const haftar = await entityId('حفتر');
      const byActor = await store.events({ actor: haftar });
      assert.equal(byActor.total, 1);
      const ev = byActor.items[0];
      assert.equal(ev?.type, 'ASSAULT');
      assert.equal(ev?.trigger.text, 'هاجم');
      assert.ok(ev?.sentence?.includes('طرابلس'));
      const support = await store.events({ type: 'SUPPORT' });
      assert.ok(support.items.some((x) => x.actors.some((a) => a.name === 'الكرملين') && x.recipients.length === 0));
      assert.equal((await store.events({ type: 'ASSAULT', to: '2019-09-25' })).total, 0);
      assert.equal((await store.events({ type: 'ASSAULT', from: '2019-09-26', to: '2019-09-26' })).total, 1);
      const negated = await store.events({ negated: true });
      assert.ok(negated.items.every((x) => x.negated));
    });

    it('clusters the same story across outlets', async () => {
      const res = await store.stories();
      assert.equal(res.total, 1);
      const s = res.items[0];
      assert.ok(s);
      assert.deepEqual(s.documents.map((d) => d.inputId).sort(), ['d1', 'd4']);
      assert.deepEqual(s.outlets.map((o) => o.source).sort(), ['alwasat', 'arabi21']);
      assert.equal(s.kind, 'duplicate');
      assert.equal(s.from, '2019-09-25');
      assert.equal(s.to, '2019-09-26');
      assert.equal((await store.stories({ minOutlets: 3 })).total, 0);
      // d1 and d4 are a day apart: a half-day window parts them; 0 is no limit.
      assert.equal((await store.stories({ windowDays: 0.5 })).total, 0);
      assert.equal((await store.stories({ windowDays: 0 })).total, 1);
    });

    it('reports statistics', async () => {
      const s = await store.stats();
      assert.equal(s.documents, 5);
      const expect = DOCS.map((d) => fakeAnalyse(d));
      assert.equal(s.attributions, expect.reduce((n, a) => n + a.attributions.length, 0));
      assert.equal(s.events, expect.reduce((n, a) => n + a.events.length, 0));
      assert.equal(s.quantities, expect.reduce((n, a) => n + a.quantities.length, 0));
      assert.equal(s.times, expect.reduce((n, a) => n + a.times.length, 0));
      assert.equal(s.mentions, expect.reduce((n, a) => n + a.entities.reduce((k, e) => k + e.mentions.length, 0), 0));
      assert.equal(s.entities, 5);
      assert.deepEqual(s.sources[0], { source: 'arabi21', documents: 2 });
      assert.equal(s.from, '2019-09-25');
      assert.equal(s.to, '2019-10-02');
      assert.ok(s.schemaVersion >= 1);
    });
  });
}

/** Per-entity aggregates (co-occurrences, timeline, names, paging) as documents come and go. */
function aggregateConformance(name: string, factory: () => Promise<Store>): void {
  describe(`store conformance, entity aggregates: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory();
    });
    after(async () => {
      await store.close();
    });
    const put = (id: string, text: string, date?: string, replace = false) => {
      const input = { id, text, source: 'test', ...(date !== undefined && { date }) };
      return store.putAnalysis(input, fakeAnalyse(input), { replace });
    };
    const byName = async (n: string) => {
      const [e] = await store.findEntities(n, 1);
      assert.ok(e, `entity ${n}`);
      const d = await store.getEntity(e.id);
      assert.ok(d);
      return d;
    };
    const co = (e: { cooccurring: { name: string; count: number }[] }) =>
      Object.fromEntries(e.cooccurring.map((c) => [c.name, c.count]));

    it('counts co-occurrences, days and names as documents are added', async () => {
      await put('a1', 'قال خليفة حفتر إن روسيا تدعم ليبيا.', '2020-01-01');
      await put('a2', 'التقى حفتر بمسؤولين في موسكو. وقال الكرملين إن فاغنر ليست هناك.', '2020-01-02');
      const haftar = await byName('حفتر');
      assert.equal(haftar.documents, 2);
      assert.deepEqual(co(haftar), { 'روسيا': 2, 'ليبيا': 1, 'الكرملين': 1, 'فاغنر': 1 });
      assert.equal(haftar.cooccurring[0]?.name, 'روسيا', 'most shared documents first');
      const russia = await byName('روسيا');
      assert.deepEqual(co(russia), { 'خليفة حفتر': 2, 'ليبيا': 1, 'الكرملين': 1, 'فاغنر': 1 });
      assert.deepEqual(haftar.timeline, [
        { date: '2020-01-01', documents: 1, mentions: 1 }, { date: '2020-01-02', documents: 1, mentions: 1 },
      ]);
      assert.ok(russia.aliases.some((a) => a.name === 'موسكو'), 'surfaces are aliases');
      const top = await store.getEntity(haftar.id, { cooccurLimit: 1 });
      assert.deepEqual(top?.cooccurring.map((c) => [c.name, c.count]), [['روسيا', 2]]);
    });

    it('takes a replaced or re-analysed document back out of the aggregates', async () => {
      // Same text, new analysis: the counts stay as they were.
      await put('a2', 'التقى حفتر بمسؤولين في موسكو. وقال الكرملين إن فاغنر ليست هناك.', '2020-01-02', true);
      const haftar = await byName('حفتر');
      assert.deepEqual(co(haftar), { 'روسيا': 2, 'ليبيا': 1, 'الكرملين': 1, 'فاغنر': 1 });
      assert.equal(haftar.documents, 2);
      assert.equal(haftar.mentions, 2);
      assert.equal(haftar.mentionList.length, 2);
    });

    it('pages through the documents of an entity, most recent first', async () => {
      for (let i = 3; i <= 7; i++) await put(`a${i}`, `زار السراج ليبيا في اليوم ${i}.`, `2020-02-0${i}`);
      const all = await store.getEntity((await byName('السراج')).id, { docLimit: 2 });
      assert.ok(all);
      assert.equal(all.documents, 5);
      assert.deepEqual(all.documentList.map((d) => d.inputId), ['a7', 'a6']);
      const next = await store.getEntity(all.id, { docLimit: 2, docOffset: 2 });
      assert.deepEqual(next?.documentList.map((d) => d.inputId), ['a5', 'a4']);
      const last = await store.getEntity(all.id, { docLimit: 2, docOffset: 4 });
      assert.deepEqual(last?.documentList.map((d) => d.inputId), ['a3']);
      const few = await store.getEntity(all.id, { mentionLimit: 3 });
      assert.equal(few?.mentionList.length, 3);
      const libya = await byName('ليبيا');
      assert.equal(co(libya)['فائز السراج'], 5);
      assert.equal(libya.timeline.length, 6);
    });

    it('lists who said what about an entity and documents with it, most recent first', async () => {
      const russia = await byName('روسيا');
      const about = await store.attributions({ about: russia.id });
      assert.deepEqual(about.items.map((a) => a.doc.inputId), ['a1']);
      const withLibya = await store.listDocuments({ entity: (await byName('ليبيا')).id, limit: 3 });
      assert.equal(withLibya.total, 6);
      assert.deepEqual(withLibya.items.map((d) => d.inputId), ['a7', 'a6', 'a5']);
    });
  });
}
