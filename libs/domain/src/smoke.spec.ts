describe('toolchain', () => {
  it('runs TypeScript specs through SWC', () => {
    const value: number = 1 + 1;
    expect(value).toBe(2);
  });
});
