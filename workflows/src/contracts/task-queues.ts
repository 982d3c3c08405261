/**
 * Heavy file work (PDF parsing, OCR) runs on its own task queue, `<main queue>-extract`, with
 * a small concurrency, so a bulk load cannot starve the workflows or exhaust the worker's memory.
 */
export const extractQueue = (mainQueue: string) => `${mainQueue}-extract`;
