import { type Sourced } from './sources';

export interface SimplifiedGround {
  /** The letter of the paragraph ("a", "đ"). */
  letter: string;
  description: string;
}

/** Law 64/2025 Art. 50(1), paraphrased (REFERENCE §4.5 [C]). */
export const SIMPLIFIED_GROUNDS_2025: { grounds: readonly SimplifiedGround[] } & Sourced = {
  source: 'Law 64/2025 Art. 50(1) (REFERENCE §4.5)',
  confidence: 'C',
  grounds: [
    { letter: 'a', description: 'Emergency, or urgent needs of defence, security, national interest, disasters, epidemics, fire or explosion' },
    { letter: 'b', description: 'An urgent need to solve a practical problem' },
    { letter: 'c', description: 'Suspending a legal normative document in whole or in part to protect State, organisational or individual interests' },
    { letter: 'd', description: 'Immediate amendment to align with a new legal normative document, or immediate issuance to implement a treaty' },
    { letter: 'đ', description: 'Adjusting the period a legal normative document applies for, to deal with urgent issues' },
    { letter: 'e', description: 'Detailing a document that was itself issued by the simplified or special procedure' },
  ],
};

/**
 * Law 80/2015 Art. 146(1) as amended by Law 63/2020. REFERENCE does not list these grounds, so the
 * letters are accepted without their wording; check them against the text before relying on them.
 */
export const SIMPLIFIED_GROUNDS_2020: { grounds: readonly SimplifiedGround[] } & Sourced = {
  source: 'Law 80/2015 Art. 146(1) as amended by Law 63/2020 (not in REFERENCE; §8.1)',
  confidence: 'U',
  grounds: ['a', 'b', 'c', 'd', 'đ'].map((letter) => ({
    letter,
    description: `Ground (${letter}) of Law 80/2015 Art. 146(1) as amended (wording not verified)`,
  })),
};
