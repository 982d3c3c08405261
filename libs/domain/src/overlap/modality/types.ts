/**
 * Deontic force of a provision: `obligation` (phải, bắt buộc, có trách nhiệm), `prohibition`
 * (không được, nghiêm cấm, cấm), `permission` (được, được phép, có quyền), `exemption`
 * (không phải, không bắt buộc, được miễn).
 */
export type ModalityKind = 'obligation' | 'prohibition' | 'permission' | 'exemption';

export interface ModalityMark {
  readonly kind: ModalityKind;
  /** The marker as written: "không được", "có quyền". */
  readonly marker: string;
  /** Offsets of the marker in the provision. */
  readonly start: number;
  readonly end: number;
  /** A few syllables after the marker (comparison form): what is required, forbidden or allowed. */
  readonly action: string;
}

/** Pairs of modalities that cannot both hold for the same action. */
export function areOpposite(a: ModalityKind, b: ModalityKind): boolean {
  const pair = [a, b].sort().join('/');
  return pair === 'permission/prohibition' || pair === 'obligation/prohibition' || pair === 'exemption/obligation';
}
