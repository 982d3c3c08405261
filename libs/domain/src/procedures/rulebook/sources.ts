import { type SettingKey } from '../settings';

/**
 * How sure a legal value is (REFERENCE §0): [C] confirmed from the text, [S] from a secondary
 * summary, [K] background knowledge, [U] unconfirmed (made a setting). `design` marks our own
 * choices where the law says nothing.
 */
export type Confidence = 'C' | 'S' | 'K' | 'U' | 'design';

/** Every legal value of the rulebook says where it comes from. */
export interface Sourced {
  source: string;
  confidence: Confidence;
  /** The setting this value is read from, when it is configurable. */
  setting?: SettingKey;
}
