/** Checks of drafts are made on this day; every loaded document is in force by then. */
export const DRAFTING_AS_OF = '2026-11-01';

/** The effective date given to documents without an issue date: in force since long ago. */
export const LONG_AGO = '2000-01-01';
