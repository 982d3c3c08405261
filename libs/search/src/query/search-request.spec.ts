import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { HIGHLIGHT_PRE_TAG } from './highlight';
import { buildSearchRequest } from './search-request';

describe('buildSearchRequest', () => {
  it('builds a public provisions search paged by offset, with highlight and crop, and a counting query over first passages', () => {
    const request = buildSearchRequest({ q: 'đất đai', target: 'provisions', visibility: { public: true } });
    expect(request).toEqual({
      target: 'provisions',
      q: 'đất đai',
      page: 1,
      pageSize: 20,
      countParams: { filter: '(kind = "issued") AND (passage = 0)', facets: [], page: 1, hitsPerPage: 0 },
      params: expect.objectContaining({
        offset: 0,
        limit: 20,
        distinct: 'provisionId',
        filter: 'kind = "issued"',
        attributesToHighlight: ['heading', 'text', 'documentTitle'],
        highlightPreTag: HIGHLIGHT_PRE_TAG,
        attributesToCrop: ['text'],
        cropLength: 40,
      }),
    });
    expect(request.params).not.toHaveProperty('sort');
    expect(request.params).not.toHaveProperty('facets');
  });

  it('counts provision facets over first passages in a query of their own; documents keep page-based paging with inline facets', () => {
    const provisions = buildSearchRequest({ target: 'provisions', visibility: { public: true }, facets: ['docType'], page: 3, pageSize: 10 });
    expect(provisions.params).toMatchObject({ offset: 20, limit: 10 });
    expect(provisions.countParams).toEqual({ filter: '(kind = "issued") AND (passage = 0)', facets: ['docType'], page: 1, hitsPerPage: 0 });
    const documents = buildSearchRequest({ target: 'documents', visibility: { public: true }, facets: ['docType'], page: 3, pageSize: 10 });
    expect(documents).toMatchObject({ countParams: null, params: { page: 3, hitsPerPage: 10, facets: ['docType'] } });
  });

  it('combines visibility, list filters, year, document and asOf with AND', () => {
    const { params } = buildSearchRequest({
      target: 'provisions',
      visibility: { agencyIds: ['a1'] },
      docType: ['NGHI_QUYET', 'QUYET_DINH'],
      issuerId: 'i1',
      status: 'IN_FORCE',
      field: 'Đất "đai"',
      year: 2023,
      documentId: 'd1',
      asOf: '2024-07-01',
    });
    const t = Date.parse('2024-06-30T17:00:00Z') / 1000;
    expect(params.filter).toBe(
      [
        '((kind = "issued") OR ((kind = "draft") AND (draftingAgencyId = "a1")))',
        '(docType IN ["NGHI_QUYET", "QUYET_DINH"])',
        '(issuerId = "i1")',
        '(validityStatus = "IN_FORCE")',
        '(field = "Đất \\"đai\\"")',
        '(year = 2023)',
        '(documentId = "d1")',
        `((kind = "issued") AND (effectiveFrom <= ${t}) AND (effectiveTo > ${t}))`,
      ].join(' AND '),
    );
  });

  it('treats an empty selection as no filter, and sends no filter when nothing restricts', () => {
    const { params } = buildSearchRequest({ target: 'documents', visibility: { agencyIds: 'all' }, docType: [] });
    expect(params).not.toHaveProperty('filter');
  });

  it('turns a document number in the query into a phrase', () => {
    expect(buildSearchRequest({ q: '12/2023/QĐ-UBND', target: 'documents', visibility: { public: true } }).q).toBe('"12/2023/QĐ-UBND"');
  });

  it('passes sort and paging through', () => {
    const { params } = buildSearchRequest({
      target: 'provisions',
      visibility: { public: true },
      facets: ['docType', 'year', 'level'],
      sort: 'newest',
      page: 3,
      pageSize: 50,
    });
    expect(params).toMatchObject({ sort: ['issuedDate:desc'], offset: 100, limit: 50 });
    expect(buildSearchRequest({ target: 'provisions', visibility: { public: true }, sort: 'reading-order' }).params.sort).toEqual(['ord:asc', 'passage:asc']);
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 2.5 }, 'pageSize'],
    [{ facets: ['level'] as const }, 'facets'],
    [{ facets: ['title'] as never }, 'facets'],
    [{ sort: 'reading-order' as const }, 'sort'],
    [{ asOf: '2024-02-30' }, 'asOf'],
    [{ year: 2023.5 }, 'year'],
  ])('rejects %j on documents', (overrides, field) => {
    expect(() => buildSearchRequest({ target: 'documents', visibility: { public: true }, ...overrides })).toThrow(
      expect.objectContaining({ name: InvalidSearchInputError.name, field }),
    );
  });
});
