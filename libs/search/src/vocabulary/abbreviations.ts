/** An abbreviation of Vietnamese legal and administrative writing. */
export interface Abbreviation {
  readonly short: string;
  readonly long: string;
  /**
   * Whether the long form should also find texts that use only the short form. False for the
   * document-type abbreviations: "QĐ", "NQ", "TT" mostly occur inside document numbers
   * ("12/2023/QĐ-UBND") and "TT" also abbreviates "trung tâm", so a query for "quyết định" would
   * otherwise match every provision that cites a decision by number.
   */
  readonly reverse: boolean;
}

/** Short forms find long forms at query time (synonyms); `reverse` ones also the other way (aliases). */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: 'UBND', long: 'Ủy ban nhân dân', reverse: true },
  { short: 'HĐND', long: 'Hội đồng nhân dân', reverse: true },
  { short: 'VBQPPL', long: 'văn bản quy phạm pháp luật', reverse: true },
  { short: 'NĐ-CP', long: 'nghị định Chính phủ', reverse: true },
  { short: 'UBTVQH', long: 'Ủy ban Thường vụ Quốc hội', reverse: true },
  { short: 'MTTQ', long: 'Mặt trận Tổ quốc', reverse: true },
  { short: 'BHXH', long: 'bảo hiểm xã hội', reverse: true },
  { short: 'BHYT', long: 'bảo hiểm y tế', reverse: true },
  { short: 'BHTN', long: 'bảo hiểm thất nghiệp', reverse: true },
  { short: 'TTHC', long: 'thủ tục hành chính', reverse: true },
  { short: 'NSNN', long: 'ngân sách nhà nước', reverse: true },
  { short: 'VBHN', long: 'văn bản hợp nhất', reverse: true },
  { short: 'TTLT', long: 'thông tư liên tịch', reverse: true },
  { short: 'KT-XH', long: 'kinh tế - xã hội', reverse: true },
  { short: 'GPMB', long: 'giải phóng mặt bằng', reverse: true },
  { short: 'PCCC', long: 'phòng cháy chữa cháy', reverse: true },
  { short: 'ATTP', long: 'an toàn thực phẩm', reverse: true },
  { short: 'ĐTM', long: 'đánh giá tác động môi trường', reverse: true },
  { short: 'CCCD', long: 'căn cước công dân', reverse: true },
  { short: 'HTX', long: 'hợp tác xã', reverse: true },
  { short: 'THCS', long: 'trung học cơ sở', reverse: true },
  { short: 'THPT', long: 'trung học phổ thông', reverse: true },
  { short: 'STP', long: 'Sở Tư pháp', reverse: true },
  { short: 'BTP', long: 'Bộ Tư pháp', reverse: true },
  { short: 'TTg', long: 'Thủ tướng Chính phủ', reverse: false },
  { short: 'NĐ', long: 'nghị định', reverse: false },
  { short: 'QĐ', long: 'quyết định', reverse: false },
  { short: 'NQ', long: 'nghị quyết', reverse: false },
  { short: 'TT', long: 'thông tư', reverse: false },
];

/**
 * Syllables with two accepted spellings, i and y ("quản lý / quản lí", "tỷ lệ / tỉ lệ", "kỳ họp /
 * kì họp", "qui định" for "quy định"). Written without diacritics because Meilisearch strips them
 * from both the index and the query (measured on 1.21: "lý" and "lí" become "ly" and "li"), so one
 * pair covers every tone. Tone placement ("Ủy / Uỷ", "hòa / hoà") needs nothing: stripping the
 * marks already makes the variants equal.
 */
export const SPELLING_VARIANTS: readonly (readonly [string, string])[] = [
  ['quy', 'qui'],
  ['ky', 'ki'],
  ['ly', 'li'],
  ['ty', 'ti'],
  ['sy', 'si'],
  ['my', 'mi'],
  ['hy', 'hi'],
];
