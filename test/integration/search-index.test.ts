import { randomUUID } from 'node:crypto';
import {
  createMeiliClient,
  deleteDocument,
  deleteProvisionsOfVersion,
  ensureIndexes,
  indexDocuments,
  indexProvisions,
  indexSettings,
  indexUid,
  search,
  SearchUnavailableError,
  PASSAGE_WORDS,
  toProvisionIndexDocuments,
  type DocumentIndexInput,
  type ProvisionIndexInput,
  type SearchQuery,
} from '@legis/search';
import { corpusSample, indexableDocument, searchCorpus, type IndexableDocument } from '../support/search-corpus';
import { searchTestEnv } from '../support/search-env';

const env = searchTestEnv();
const { client, config } = env;

/** Real documents that make up the background every assertion must hold against. */
const background: IndexableDocument[] = corpusSample(60, (d) => d.level === 'provincial' && !/^1[23]\/2023\//.test(d.number)).map((d) =>
  indexableDocument(d),
);
const allProvisions = () => background.flatMap((d) => d.provisions);
/** Index documents written for these provisions: one per passage. */
const passagesOf = (provisions: readonly ProvisionIndexInput[]) => provisions.flatMap(toProvisionIndexDocuments).length;

/** A field value of its own isolates a test's documents; quotes and a backslash test escaping. */
const uniqueField = (name: string) => `${name} "${randomUUID().slice(0, 8)}" \\ test`;

async function indexAll(docs: IndexableDocument[]): Promise<void> {
  await indexDocuments(client, config, docs.map((d) => d.document));
  await indexProvisions(client, config, docs.flatMap((d) => d.provisions));
}

const publicProvisions = (q: string, extra: Partial<Omit<SearchQuery, 'target'>> = {}) =>
  search(client, config, { q, target: 'provisions', visibility: { public: true }, pageSize: 100, ...extra });

beforeAll(async () => {
  await ensureIndexes(client, config);
  // Twice: indexing is idempotent by id (checked below).
  await indexAll(background);
  await indexAll(background);
});

afterAll(() => env.cleanup());

describe('index settings', () => {
  it('are applied as code: searchable order, no typos on identifiers, synonyms', async () => {
    const settings = await client.index(indexUid(config, 'provisions')).getSettings();
    expect(settings.searchableAttributes).toEqual(['documentNumber', 'citationKey', 'heading', 'text', 'documentTitle', 'aliases']);
    expect(settings.typoTolerance).toMatchObject({ disableOnAttributes: ['citationKey', 'documentNumber'], disableOnNumbers: true });
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['effectiveFrom', 'effectiveTo', 'versionId', 'draftingAgencyId']));
    expect(settings.synonyms).toMatchObject({ UBND: ['Ủy ban nhân dân'] });
    expect(settings.facetSearch).toBe(false);
  });

  it('are idempotent, and a drifted setting is put back and reported', async () => {
    expect((await ensureIndexes(client, config)).map((r) => [r.base, r.created, r.changedSettings])).toEqual([
      ['documents', false, []],
      ['provisions', false, []],
    ]);
    const uid = indexUid(config, 'documents');
    await client.index(uid).updateSearchableAttributes(['text', 'title']).waitTask();
    const report = await ensureIndexes(client, config);
    expect(report[0]).toMatchObject({ base: 'documents', created: false, changedSettings: ['searchableAttributes'] });
    expect(await client.index(uid).getSearchableAttributes()).toEqual(indexSettings('documents').searchableAttributes);
  });

  it('keeps one copy per id when the same documents are indexed again', async () => {
    const stats = await client.index(indexUid(config, 'provisions')).getStats();
    expect(stats.numberOfDocuments).toBe(passagesOf(allProvisions()));
  });
});

describe('Vietnamese text', () => {
  it('finds text with diacritics from a query without them ("dat dai" → "đất đai")', async () => {
    const withAccents = await publicProvisions('đất đai');
    const without = await publicProvisions('dat dai');
    expect(without.total).toBeGreaterThan(0);
    expect(without.total).toBe(withAccents.total);
    expect(without.hits.map((h) => h.provisionId)).toEqual(withAccents.hits.map((h) => h.provisionId));
    expect(without.hits[0].highlight.text).toMatch(/<em>đất<\/em> <em>đai<\/em>/iu);
  });

  it('folds "quyet dinh" onto "quyết định" in document titles too', async () => {
    const documents = (q: string) => search(client, config, { q, target: 'documents', visibility: { public: true }, pageSize: 100 });
    const [without, withAccents] = [await documents('quyet dinh'), await documents('quyết định')];
    expect(without.total).toBeGreaterThan(0);
    expect(without.hits.map((h) => h.documentId)).toEqual(withAccents.hits.map((h) => h.documentId));
    expect(without.hits[0].highlight.title).toMatch(/<em>Quyết<\/em> <em>định<\/em>/u);
  });

  it('treats the old and new tone placement as the same word (Uỷ/Ủy, hoà/hòa)', async () => {
    for (const [oldStyle, newStyle] of [['Uỷ ban', 'Ủy ban'], ['hoà giải', 'hòa giải']] as const) {
      const a = await publicProvisions(oldStyle);
      const b = await publicProvisions(newStyle);
      expect(a.total).toBeGreaterThan(0);
      expect(a.hits.map((h) => h.provisionId)).toEqual(b.hits.map((h) => h.provisionId));
    }
  });

  it('returns highlights as safe HTML even when the text holds markup characters', async () => {
    const doc = indexableDocument(searchCorpus()[0], { field: uniqueField('html') });
    doc.provisions = [{ ...doc.provisions[0], text: 'Mức phạt <b>không quá</b> 5 triệu đồng & tịch thu tang vật.' }];
    await indexAll([doc]);
    const [hit] = (await publicProvisions('tịch thu tang vật', { field: doc.document.field! })).hits;
    expect(hit.highlight.text).toBe('Mức phạt &lt;b&gt;không quá&lt;/b&gt; 5 triệu đồng &amp; <em>tịch</em> <em>thu</em> <em>tang</em> <em>vật</em>.');
  });
});

describe('synonyms and abbreviations', () => {
  const field = uniqueField('synonyms');
  const source = searchCorpus().find((d) => d.text.includes('VBQPPL'))!;
  const shortForm = indexableDocument(source, { field });
  const longForm = indexableDocument(source, { field });
  beforeAll(async () => {
    shortForm.provisions = [{ ...shortForm.provisions[0], heading: null, text: 'Sở Tư pháp thẩm định dự thảo VBQPPL do UBND tỉnh ban hành; chi trả chế độ BHXH.' }];
    longForm.provisions = [
      { ...longForm.provisions[0], heading: null, text: 'Sở Tư pháp thẩm định dự thảo văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành; chi trả chế độ bảo hiểm xã hội.' },
    ];
    await indexAll([shortForm, longForm]);
  });
  const ids = async (q: string) => (await publicProvisions(q, { field })).hits.map((h) => h.provisionId).sort();
  const both = () => [shortForm.provisions[0].id, longForm.provisions[0].id].sort();

  it.each(['UBND', 'ubnd', 'Ủy ban nhân dân', 'uy ban nhan dan', 'VBQPPL', 'văn bản quy phạm pháp luật', 'BHXH', 'bảo hiểm xã hội'])(
    '"%s" finds the abbreviated and the spelled-out text',
    async (q) => {
      expect(await ids(q)).toEqual(both());
    },
  );

  it('expands "NĐ-CP" into "nghị định Chính phủ"', async () => {
    const decree = indexableDocument(source, { field });
    decree.provisions = [{ ...decree.provisions[0], heading: null, text: 'Mức thu thực hiện theo nghị định Chính phủ về phí và lệ phí.' }];
    await indexAll([decree]);
    const [hit] = (await publicProvisions('NĐ-CP', { field })).hits;
    expect(hit).toMatchObject({ provisionId: decree.provisions[0].id });
    expect(hit.highlight.text).toMatch(/<em>nghị định( Chính phủ)?<\/em>/u);
  });
});

describe('document numbers', () => {
  const field = uniqueField('numbers');
  const [first, second] = corpusSample(2, (d) => d.level === 'provincial');
  const twelve = indexableDocument(first, { number: '12/2023/QĐ-UBND', field });
  const thirteen = indexableDocument(second, { number: '13/2023/QĐ-UBND', field });
  beforeAll(() => indexAll([twelve, thirteen]));

  it('finds exactly the document with that number, not the one a typo away', async () => {
    const result = await search(client, config, { q: '12/2023/QĐ-UBND', target: 'documents', visibility: { public: true } });
    expect(result.hits[0].number).toBe('12/2023/QĐ-UBND');
    expect(result.hits.map((h) => h.number)).not.toContain('13/2023/QĐ-UBND');
    expect(result.hits[0].highlight.number).toBe('<em>12/2023/QĐ-UBND</em>');
  });

  it('ranks the provisions of the numbered document first in a provision search', async () => {
    const result = await publicProvisions('12/2023/qd-ubnd');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.documentNumber === '12/2023/QĐ-UBND')).toBe(true);
  });

  it('does not tolerate a typo inside a long number either', async () => {
    const result = await search(client, config, { q: '123456', target: 'documents', visibility: { public: true }, field });
    expect(result.total).toBe(0);
  });
});

describe('in force on a date (asOf)', () => {
  const field = uniqueField('asof');
  const [a, b, c] = corpusSample(3, (d) => d.level === 'provincial');
  const expired = indexableDocument(a, { field, effectiveDate: '2020-01-01', expiryDate: '2024-07-01' });
  const current = indexableDocument(b, { field, effectiveDate: '2024-07-01' });
  const noDate = indexableDocument(c, { field, effectiveDate: null });
  current.provisions[0].validUntil = '2025-01-01';
  beforeAll(() => indexAll([expired, current, noDate]));

  const inForce = async (asOf: string) => {
    const result = await search(client, config, { target: 'provisions', visibility: { public: true }, field, asOf, pageSize: 100 });
    return new Set(result.hits.map((h) => h.provisionId));
  };
  const ids = (d: IndexableDocument) => d.provisions.map((p) => p.id);

  it('keeps the text that expires the next day and excludes the one taking effect then', async () => {
    const on = await inForce('2024-06-30');
    expect(ids(expired).every((id) => on.has(id))).toBe(true);
    expect(ids(current).some((id) => on.has(id))).toBe(false);
  });

  it('switches at the start of the day in Vietnam', async () => {
    const on = await inForce('2024-07-01');
    expect(ids(expired).some((id) => on.has(id))).toBe(false);
    expect(ids(current).every((id) => on.has(id))).toBe(true);
  });

  it('drops a provision repealed before its document expires, and never lists a text without an effective date', async () => {
    const on = await inForce('2025-01-01');
    expect(on.has(current.provisions[0].id)).toBe(false);
    expect(ids(current).slice(1).every((id) => on.has(id))).toBe(true);
    expect(ids(noDate).some((id) => on.has(id))).toBe(false);
  });
});

describe('visibility of drafts', () => {
  const field = uniqueField('visibility');
  const [a, b, c] = corpusSample(3);
  const issued = indexableDocument(a, { field });
  const draftOfA1 = indexableDocument(b, { field, kind: 'draft', draftingAgencyId: 'agency-1', number: null, issuedDate: null, effectiveDate: null });
  const draftOfA2 = indexableDocument(c, { field, kind: 'draft', draftingAgencyId: 'agency-2', number: null, issuedDate: null, effectiveDate: null });
  beforeAll(() => indexAll([issued, draftOfA1, draftOfA2]));

  const visible = async (visibility: SearchQuery['visibility']) => {
    const result = await search(client, config, { target: 'documents', visibility, field });
    return result.hits.map((h) => h.documentId).sort();
  };
  const idsOf = (...docs: IndexableDocument[]) => docs.map((d) => d.document.id).sort();

  it('shows the public issued documents only', async () => {
    expect(await visible({ public: true })).toEqual(idsOf(issued));
  });

  it("shows a drafting agency its own drafts and no one else's", async () => {
    expect(await visible({ agencyIds: ['agency-1'] })).toEqual(idsOf(issued, draftOfA1));
    expect(await visible({ agencyIds: [] })).toEqual(idsOf(issued));
  });

  it('shows appraisers and reviewers every draft', async () => {
    expect(await visible({ agencyIds: 'all' })).toEqual(idsOf(issued, draftOfA1, draftOfA2));
  });

  it('cannot be widened by an agency id that tries to inject a filter', async () => {
    expect(await visible({ agencyIds: ['x" OR kind = "draft'] })).toEqual(idsOf(issued));
  });

  it('applies to provisions as well', async () => {
    const result = await search(client, config, { target: 'provisions', visibility: { agencyIds: ['agency-2'] }, field, pageSize: 100 });
    expect(new Set(result.hits.map((h) => h.documentId))).toEqual(new Set([issued.document.id, draftOfA2.document.id]));
  });
});

describe('facets and paging', () => {
  it('counts facet values and pages through exact totals', async () => {
    const first = await publicProvisions('', { facets: ['docType', 'year', 'level'], pageSize: 10 });
    expect(first.facets.level).toEqual(expect.objectContaining({ dieu: expect.any(Number) }));
    expect(Object.values(first.facets.docType ?? {}).reduce((s, n) => s + n, 0)).toBe(first.total);
    const second = await publicProvisions('', { page: 2, pageSize: 10 });
    expect(second).toMatchObject({ page: 2, pageSize: 10, total: first.total });
    expect(second.hits[0].provisionId).not.toBe(first.hits[0].provisionId);
  });

  it('lists a document’s provisions in reading order', async () => {
    const doc = background.find((d) => d.provisions.length > 3)!;
    const result = await search(client, config, { target: 'provisions', visibility: { public: true }, documentId: doc.document.id, sort: 'reading-order', pageSize: 100 });
    expect(result.hits.map((h) => h.citationKey)).toEqual(doc.provisions.map((p) => p.citationKey));
  });
});

describe('long provisions (passages)', () => {
  /** An annex-like provision: the articles of several real documents run together. */
  const longProvision = () => {
    const doc = indexableDocument(searchCorpus()[1], { field: uniqueField('long') });
    const text = `${background.slice(0, 6).flatMap((d) => d.provisions.map((p) => p.text)).join('\n')}\nPhụ lục kết thúc bằng từ khóa zxqvtrường.`;
    doc.provisions = [{ ...doc.provisions[0], text }];
    return doc;
  };

  it('finds a long provision once, by a word near its end, with a highlight cropped around it', async () => {
    const doc = longProvision();
    expect(doc.provisions[0].text.split(/\s+/).length).toBeGreaterThan(3 * PASSAGE_WORDS);
    await indexAll([doc]);
    const result = await publicProvisions('zxqvtrường', { field: doc.document.field!, facets: ['level'] });
    expect(result.hits.map((h) => h.provisionId)).toEqual([doc.provisions[0].id]);
    expect(result).toMatchObject({ total: 1, totalIsEstimate: true });
    // Counts go by first passages: a provision matching only further in is a hit but not counted.
    expect(result.facets.level).toEqual({});
    expect(result.hits[0].highlight.text).toContain('<em>zxqvtrường</em>');
    expect(result.hits[0].highlight.text.length).toBeLessThan(600);
  });

  it('counts a long provision once among all provisions of its document', async () => {
    const doc = longProvision();
    await indexAll([doc]);
    const result = await publicProvisions('', { documentId: doc.document.id, facets: ['docType'] });
    expect(result.total).toBe(1);
    expect(result.facets.docType).toEqual({ [doc.document.docType]: 1 });
  });
});

describe('deletion', () => {
  it('removes the provisions of one version and keeps the next', async () => {
    const source = corpusSample(1, (d) => d.level === 'central')[0];
    const v1 = indexableDocument(source, { field: uniqueField('versions') });
    const v2 = indexableDocument(source, { id: v1.document.id, field: v1.document.field });
    await indexAll([v1]);
    await indexProvisions(client, config, v2.provisions);
    expect(await deleteProvisionsOfVersion(client, config, v1.provisions[0].versionId)).toEqual({ deleted: passagesOf(v1.provisions) });
    const left = await search(client, config, { target: 'provisions', visibility: { public: true }, documentId: v1.document.id, pageSize: 100 });
    expect(left.hits.map((h) => h.versionId)).toEqual(v2.provisions.map(() => v2.provisions[0].versionId));
  });

  it('removes a document with every provision of every version', async () => {
    const doc = indexableDocument(corpusSample(1)[0], { field: uniqueField('delete') });
    await indexAll([doc]);
    expect(await deleteDocument(client, config, doc.document.id)).toEqual({ deletedDocuments: 1, deletedProvisions: passagesOf(doc.provisions) });
    const query = { visibility: { public: true } as const, documentId: doc.document.id };
    expect((await search(client, config, { ...query, target: 'documents' })).total).toBe(0);
    expect((await search(client, config, { ...query, target: 'provisions' })).total).toBe(0);
  });
});

describe('when Meilisearch cannot be reached', () => {
  it('searches and writes fail with SearchUnavailableError', async () => {
    const down = { ...config, url: 'http://127.0.0.1:9', timeoutMs: 2_000 };
    const unreachable = createMeiliClient(down);
    await expect(search(unreachable, down, { target: 'documents', visibility: { public: true } })).rejects.toBeInstanceOf(SearchUnavailableError);
    const input: DocumentIndexInput = background[0].document;
    await expect(indexDocuments(unreachable, down, [input])).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});
