import { readResponse } from './read-response';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('readResponse', () => {
  it('accepts a 2xx carrying a publication id, URL, revision and outcome', async () => {
    const answer = { publicationId: 'VBPL-1', url: 'https://vbpl.vn/van-ban/VBPL-1', revision: 1, outcome: 'created' };
    expect(await readResponse(json(201, answer))).toEqual({ kind: 'accepted', answer });
  });

  it('treats a 2xx without a usable answer as a transient INVALID_RESPONSE', async () => {
    expect(await readResponse(json(200, { publicationId: 'VBPL-1', url: 'not a url', revision: 1, outcome: 'created' }))).toMatchObject({ kind: 'transient', code: 'INVALID_RESPONSE' });
    expect(await readResponse(new Response('<html>', { status: 200 }))).toMatchObject({ kind: 'transient', code: 'INVALID_RESPONSE' });
  });

  it.each([
    [500, 'SERVER_ERROR'],
    [502, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
    [408, 'RATE_LIMITED'],
    [429, 'RATE_LIMITED'],
  ])('treats %i as transient (%s)', async (status, code) => {
    expect(await readResponse(new Response('busy', { status }))).toMatchObject({ kind: 'transient', code, status });
  });

  it('passes Retry-After on', async () => {
    expect(await readResponse(new Response('', { status: 429, headers: { 'retry-after': '2' } }))).toMatchObject({ retryAfterMs: 2_000 });
  });

  it('reads the field errors of a 422 problem and names them in the message', async () => {
    const problem = { title: 'The record is invalid', status: 422, errors: [{ field: '/effectiveDate', code: 'before_issued', message: 'cannot be earlier than issuedDate' }] };
    const verdict = await readResponse(json(422, problem));
    expect(verdict).toEqual({
      kind: 'permanent',
      code: 'REJECTED',
      status: 422,
      message: 'The National Legal Database refused the record (422): The record is invalid (/effectiveDate: cannot be earlier than issuedDate)',
      fieldErrors: problem.errors,
    });
  });

  it.each([401, 403])('classifies %i as UNAUTHORIZED', async (status) => {
    expect(await readResponse(new Response('', { status }))).toMatchObject({ kind: 'permanent', code: 'UNAUTHORIZED', fieldErrors: [] });
  });
});
