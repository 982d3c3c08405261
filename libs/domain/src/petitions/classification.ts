/** How a petition is classified (REFERENCE §5) and where each class goes. */
export const PETITION_CATEGORIES = ['unlawful', 'conflicting', 'overlapping', 'unfit', 'question', 'unrelated'] as const;
export type PetitionCategory = (typeof PETITION_CATEGORIES)[number];

export const PETITION_CATEGORY_LABELS: Readonly<Record<PetitionCategory, string>> = {
  unlawful: 'Trái pháp luật',
  conflicting: 'Mâu thuẫn',
  overlapping: 'Chồng chéo',
  unfit: 'Không phù hợp thực tiễn',
  question: 'Vướng mắc, đề nghị hướng dẫn áp dụng',
  unrelated: 'Không liên quan đến văn bản quy phạm pháp luật',
};

/**
 * unlawful → inspection (§4.8); conflicting, overlapping or unfit → review (§4.10); a question →
 * an application guidance answer (Law 64 Art. 61); anything else → forwarded to its competent body.
 */
export type PetitionRoute = 'inspection' | 'review' | 'guidance' | 'forward';

export function petitionRoute(category: PetitionCategory): PetitionRoute {
  switch (category) {
    case 'unlawful':
      return 'inspection';
    case 'conflicting':
    case 'overlapping':
    case 'unfit':
      return 'review';
    case 'question':
      return 'guidance';
    case 'unrelated':
      return 'forward';
  }
}
