export * from './calendar';
export * from './documents';
export * from './errors';
export * from './identity';
export * from './legal-text';
export * from './overlap';
export * from './procedures';
export * from './appraisal';
