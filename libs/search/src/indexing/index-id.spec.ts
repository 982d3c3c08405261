import { toIndexId } from './index-id';

describe('toIndexId', () => {
  it('keeps ids Meilisearch accepts, such as UUIDs', () => {
    expect(toIndexId('0b7e3c52-1f6a-4c1e-9a43-0d8f2f6b1a10')).toBe('0b7e3c52-1f6a-4c1e-9a43-0d8f2f6b1a10');
  });

  it('encodes other ids into the allowed alphabet', () => {
    const id = toIndexId('tnt305-12/2023/QĐ-UBND');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('never maps two source ids to one index id', () => {
    const ids = ['a.b', 'a_b', 'a b', `b64-${Buffer.from('a.b').toString('base64url')}`, 'b64-x'];
    expect(new Set(ids.map(toIndexId)).size).toBe(ids.length);
  });
});
