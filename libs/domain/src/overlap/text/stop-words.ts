/**
 * Word lists for legal Vietnamese, in comparison form (see `normalizeForm`).
 *
 * Derived from the test corpus (588 documents split into 8,283 articles): the share of articles that
 * contain a syllable, a bigram, or a 6–7-syllable phrase. Counts quoted below come from that pass.
 */

/**
 * Syllables that say nothing about what a provision regulates, so a search query or a similarity
 * score must not rest on them:
 * - function words, each in 30–85 % of articles: "và" 84 %, "của" 84 %, "theo" 75 %, "có" 74 %,
 *   "các" 70 %, "tại" 67 %, "được" 66 %, "này" 66 %, "trong" 59 %, "với" 58 %, "về" 56 %;
 * - structure and citation words: "điều" 68 %, "khoản" 49 %, "số" 66 %, "điểm", "mục", "chương";
 * - date words, which occur in every citation ("ngày" 67 %, "tháng", "năm"): values are compared
 *   separately, so they add nothing to text similarity;
 * - "người" (54 %), the generic head of "người lao động", "người nộp thuế", …
 * Modal words ("phải", "không", "được") are kept here too: modality is extracted separately, and a
 * query made of them matches everything.
 */
export const STOP_SYLLABLES: ReadonlySet<string> = new Set([
  'của', 'và', 'các', 'được', 'theo', 'này', 'trong', 'có', 'cho', 'với', 'người', 'thì', 'là',
  'đến', 'khoản', 'điều', 'tại', 'về', 'từ', 'hoặc', 'hay', 'để', 'những', 'một', 'do', 'khi', 'đã',
  'bị', 'sẽ', 'như', 'sau', 'trước', 'đó', 'đây', 'mà', 'nếu', 'vào', 'ra', 'nhằm', 'bởi', 'cũng',
  'đều', 'không', 'phải', 'số', 'điểm', 'mục', 'chương', 'ngày', 'tháng', 'năm', 'trên', 'dưới',
  'nào', 'gì', 'nên', 'vì', 'nhưng', 'tới', 'giữa', 'thuộc', 'đối', 'việc', 'sự', 'gồm',
  'ở', 'còn', 'chỉ', 'đang', 'cùng', 'mỗi', 'từng', 'qua', 'lại', 'rằng', 'thêm',
]);

/** Negations: one inserted into otherwise shared text reverses what it says. */
export const NEGATIONS: ReadonlySet<string> = new Set(['không', 'chưa', 'chẳng']);

/**
 * Two-syllable words of the legal register that every kind of provision uses ("quy định" 78 % of
 * articles, "thực hiện" 59 %, "đối với" 43 %, "trường hợp" 39 %, "pháp luật" 39 %, "cơ quan" 42 %,
 * "tổ chức" 49 %, "trách nhiệm" 32 %, "văn bản" 23 %, "hiệu lực" 20 %, …). Their syllables are
 * informative in other words ("quy hoạch", "định mức"), so they are listed as pairs. Names of
 * bodies and instruments ("Hội đồng nhân dân", "Ủy ban nhân dân", "nghị quyết", "quyết định") are
 * frequent too but not listed: they say who acts and by what, which tells provisions apart.
 */
export const STOP_BIGRAMS: ReadonlySet<string> = new Set([
  'quy định', 'thực hiện', 'đối với', 'trường hợp', 'liên quan', 'pháp luật', 'văn bản', 'ban hành',
  'hiệu lực', 'thi hành', 'kể từ', 'sửa đổi', 'bổ sung', 'cơ quan', 'tổ chức', 'cá nhân',
  'trách nhiệm', 'nhà nước', 'thẩm quyền', 'nội dung', 'như sau', 'sau đây', 'bao gồm', 'căn cứ',
  'áp dụng', 'có liên', 'theo quy', 'định tại',
]);

/**
 * Formulas that close or open documents and recur in unrelated provisions. Shared text inside them
 * must not make two provisions look alike ("Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện
 * Nghị quyết này" is in almost every provincial resolution). The number after each phrase is how many of the 588
 * corpus documents contain it.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'có hiệu lực thi hành kể từ ngày', // 306
  'có hiệu lực kể từ ngày', // 185
  'có hiệu lực thi hành từ ngày', // 137
  'theo quy định của pháp luật', // 331
  'tổ chức cá nhân có liên quan', // 256
  'chịu trách nhiệm thi hành', // 298
  'cộng hòa xã hội chủ nghĩa việt nam', // 509
  'độc lập tự do hạnh phúc', // 506
  'ủy ban nhân dân tỉnh', // 292
  'ủy ban nhân dân cấp tỉnh', // 156
  'hội đồng nhân dân tỉnh', // 88
  'thường trực hội đồng nhân dân', // 54
  'đại biểu hội đồng nhân dân', // 103
  'các ban của hội đồng nhân dân', // 32
  'tỉnh thành phố trực thuộc trung ương', // 234
  'văn bản quy phạm pháp luật', // 337
  'trong quá trình thực hiện nếu có vướng mắc', // 109
  'cơ quan nhà nước có thẩm quyền', // 128
  'thủ trưởng các sở ban ngành', // 47
  'có trách nhiệm tổ chức thực hiện', // 13
  'tổ chức thực hiện nghị quyết này', // 17
  'giám sát việc thực hiện nghị quyết này', // 26
  'thi hành quyết định này', // 168
  'chánh văn phòng ủy ban nhân dân', // 78
  'theo đề nghị của giám đốc sở', // 102
  'thực hiện theo quy định tại', // 209
  'thực hiện theo quy định của', // 166
  'được sửa đổi bổ sung', // 312
  'kể từ ngày nhận đủ hồ sơ hợp lệ', // 30
  'cổng thông tin điện tử', // 276
];
