// Integration tests talk to engines that take a moment; keep the default timeout generous and
// rely on per-test waits with their own deadlines.
jest.setTimeout(120_000);
