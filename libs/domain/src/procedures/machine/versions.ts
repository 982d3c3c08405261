import { type DraftProcedureState, type VersionRef } from './state';

export function latestVersion(state: DraftProcedureState): VersionRef | null {
  return state.versions.kept.at(-1) ?? null;
}

/** Whether a version numbered `versionNo` was added; versions older than the kept ones are taken on trust. */
export function versionExists(state: DraftProcedureState, versionNo: number): boolean {
  const { kept, total } = state.versions;
  if (kept.some((version) => version.versionNo === versionNo)) return true;
  const oldestKept = kept[0];
  return oldestKept !== undefined && total > kept.length && versionNo >= 1 && versionNo < oldestKept.versionNo;
}
