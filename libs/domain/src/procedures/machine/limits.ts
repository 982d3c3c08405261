/**
 * Caps that keep the state small enough to live in a Temporal workflow (kept whole in memory and
 * returned by the "state" query; payloads above 2 MB fail). Full comment texts leave through the
 * `storeComment` effect; the state keeps an excerpt of the first `commentsKept` of each round and
 * exact counts. With every cap reached the state stays well under 1 MB of JSON.
 */
export const LIMITS = {
  idMax: 100,
  refMax: 200,
  titleMax: 1000,
  nameMax: 200,
  noteMax: 1000,
  reasonMax: 2000,
  reasonsMax: 20,
  commentTextMax: 10_000,
  commentExcerptMax: 280,
  commentsKept: 100,
  appraisalItemsMax: 150,
  appraisalItemTextMax: 1000,
  pathKeyMax: 200,
  versionsKept: 30,
  refsPerDossierItem: 10,
  dossierEntriesMax: 30,
  appraisalRoundsKept: 20,
  votesKept: 10,
  breachesKept: 100,
  historyKept: 400,
  /** Longest posting period a drafter may ask for, in days. */
  consultationDaysMax: 180,
  membersMax: 1000,
} as const;
