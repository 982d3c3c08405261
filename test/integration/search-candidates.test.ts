import { ensureIndexes, indexProvisions, PASSAGE_OVERLAP_WORDS, PASSAGE_WORDS, searchCandidates, searchCandidatesBatch, type CandidateRequest, type ProvisionIndexInput } from '@legis/search';
import { corpusSample, foldVietnamese, indexableDocument } from '../support/search-corpus';
import { searchTestEnv } from '../support/search-env';

const env = searchTestEnv();
const { client, config } = env;

const documents = corpusSample(150).map((d) => indexableDocument(d));
const provisions = documents.flatMap((d) => d.provisions);
const everyone = { visibility: { agencyIds: 'all' } } as const;

const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const syllables = (text: string) => foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Document frequency of each folded syllable over the indexed provisions. */
const df = new Map<string, number>();
for (const p of provisions) for (const s of new Set(syllables(p.text))) df.set(s, (df.get(s) ?? 0) + 1);

/** 40 words from the middle of every n-th long provision: the text a draft might repeat. */
const sources = provisions.filter((p) => words(p.text).length >= 80).filter((_, k) => k % 7 === 0).slice(0, 40);
const windowOf = (p: ProvisionIndexInput) => words(p.text).slice(20, 60);

/** The caller's job, done simply here: the 10 rarest distinct syllables of the window, in text order. */
function rarestWords(window: string[]): string[] {
  const seen = new Set<string>();
  const candidates = window
    .map((word, position) => ({ word: word.replace(/[^\p{L}\p{N}]/gu, ''), key: syllables(word)[0] ?? '', position }))
    .filter((c) => c.key.length > 1 && !/^\d/u.test(c.key) && !seen.has(c.key) && seen.add(c.key));
  return candidates
    .sort((a, b) => (df.get(a.key) ?? 0) - (df.get(b.key) ?? 0))
    .slice(0, 10)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.word);
}

beforeAll(async () => {
  await ensureIndexes(client, config);
  await indexProvisions(client, config, provisions);
});

afterAll(() => env.cleanup());

const recall = (results: { provisionId: string }[][]) => results.filter((hits, k) => hits.some((h) => h.provisionId === sources[k].id)).length / sources.length;

describe('candidate search for the overlap engine', () => {
  it('finds the source of a 40-word window among the first 10, for the window and for its rarest words', async () => {
    const plain = await searchCandidatesBatch(client, config, sources.map((p) => ({ queryText: windowOf(p).join(' '), filters: everyone, limit: 10 })));
    const rare = await searchCandidatesBatch(
      client,
      config,
      sources.map((p) => ({ queryText: windowOf(p).join(' '), keywords: rarestWords(windowOf(p)), filters: everyone, limit: 10 })),
    );
    // Measured on this sample: 0.925 for the window, 0.975 for its rarest words. The window misses
    // boilerplate articles (the execution clause many decisions share: Meilisearch reads only the
    // first 10 words); the rare words miss where sibling articles of one document share them.
    expect(recall(plain)).toBeGreaterThanOrEqual(0.85);
    expect(recall(rare)).toBeGreaterThanOrEqual(0.85);
  });

  it('returns each hit with the full provision text and the data to cite and rank it', async () => {
    const source = sources[0];
    const [hit] = await searchCandidates(client, config, { queryText: windowOf(source).join(' '), filters: everyone, limit: 1 });
    expect(hit).toMatchObject({
      provisionId: source.id,
      documentId: source.documentId,
      citationKey: source.citationKey,
      text: source.text,
      authorityRank: source.document.authorityRank,
      score: expect.any(Number),
    });
  });

  it('answers more requests than fit in one round trip, in request order', async () => {
    const requests: CandidateRequest[] = Array.from({ length: 130 }, (_, k) => {
      const source = sources[k % sources.length];
      return { queryText: windowOf(source).join(' '), filters: everyone, limit: 5 };
    });
    const results = await searchCandidatesBatch(client, config, requests);
    expect(results).toHaveLength(130);
    expect(results[3].map((h) => h.provisionId)).toEqual(results[3 + sources.length].map((h) => h.provisionId));
  });

  it('leaves out excluded documents, e.g. the draft itself', async () => {
    const source = sources[1];
    const hits = await searchCandidates(client, config, { queryText: windowOf(source).join(' '), excludeDocumentIds: [source.documentId], filters: everyone, limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.documentId === source.documentId)).toBe(false);
  });

  it('keeps only provisions in force on asOf', async () => {
    const source = sources[2];
    const expired = provisions.filter((p) => p.documentId === source.documentId).map((p) => ({ ...p, validUntil: '2000-01-01' }));
    await indexProvisions(client, config, expired);
    const hits = await searchCandidates(client, config, { queryText: windowOf(source).join(' '), asOf: '2026-01-01', filters: everyone, limit: 20 });
    expect(hits.some((h) => h.documentId === source.documentId)).toBe(false);
  });

  it('lists a long provision once, or through each matching passage when the caller keeps one itself', async () => {
    const long = provisions.find((p) => words(p.text).length > 3 * PASSAGE_WORDS)!;
    // Words from where its first two passages overlap: both hold all of them.
    const shared = words(long.text).slice(PASSAGE_WORDS - PASSAGE_OVERLAP_WORDS + 10, PASSAGE_WORDS - 10);
    const request = { queryText: shared.join(' '), keywords: rarestWords(shared), filters: everyone, limit: 10 };
    const once = await searchCandidates(client, config, request);
    const passages = await searchCandidates(client, config, { ...request, eachProvisionOnce: false });
    expect(once.filter((h) => h.provisionId === long.id)).toHaveLength(1);
    expect(passages.filter((h) => h.provisionId === long.id).map((h) => h.passage)).toEqual(expect.arrayContaining([0, 1]));
  });

  it('is not thrown off by quotes and dashes in the text', async () => {
    const hits = await searchCandidates(client, config, { queryText: '"Điều 1. -Phạm vi điều chỉnh" - "', filters: everyone, limit: 3 });
    expect(hits.length).toBeGreaterThan(0);
  });
});
