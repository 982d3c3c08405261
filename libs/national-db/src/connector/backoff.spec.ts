import { backoffDelay, parseRetryAfter } from './backoff';

describe('backoffDelay', () => {
  const policy = { initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles from the initial delay and stops at the cap', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, policy, null, top))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('jitters within the upper half of the schedule', () => {
    expect(backoffDelay(3, policy, null, () => 0)).toBe(200);
    expect(backoffDelay(3, policy, null, () => 0.5)).toBe(300);
  });

  it('waits as long as Retry-After asks when that is longer, but never past the cap', () => {
    expect(backoffDelay(1, policy, 700, () => 0)).toBe(700);
    expect(backoffDelay(1, policy, 60_000, () => 0)).toBe(1_000);
    expect(backoffDelay(3, policy, 10, () => 1)).toBe(400);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-11-05T08:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Wed, 05 Nov 2025 08:00:02 GMT', now)).toBe(2_000);
    expect(parseRetryAfter('Wed, 05 Nov 2025 07:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('')).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
