import type { SearchQuery } from '@legis/search';

export type UserQueryCategory = 'plain' | 'without-diacritics' | 'filtered' | 'as-of' | 'document-number' | 'documents-index';

export interface UserQuery {
  category: UserQueryCategory;
  query: SearchQuery;
}

const PUBLIC = { public: true } as const;
const STAFF = { agencyIds: 'all' } as const;

/** What people type: 2–6 words, some without diacritics, some with filters or a validity day. */
export function userQueries(documentNumbers: readonly string[]): UserQuery[] {
  const plain = [
    'bảo hiểm xã hội', 'thuế thu nhập cá nhân', 'bồi thường hỗ trợ tái định cư', 'xử phạt vi phạm hành chính',
    'học phí mầm non', 'phí bảo vệ môi trường', 'bảng giá đất', 'trợ cấp người có công',
    'thủ tục hành chính đất đai', 'phụ cấp cán bộ không chuyên trách', 'chất thải rắn sinh hoạt', 'an toàn thực phẩm',
    'định mức chi hội nghị', 'trợ cấp thất nghiệp', 'giấy chứng nhận quyền sử dụng đất', 'khuyến khích đầu tư nông nghiệp',
  ].map((q): UserQuery => ({ category: 'plain', query: { q, target: 'provisions', visibility: PUBLIC } }));
  const folded = [
    'bao hiem xa hoi', 'thue thu nhap ca nhan', 'boi thuong giai phong mat bang', 'hoc phi',
    'phu cap can bo xa', 'xu phat vi pham hanh chinh', 'ho tro nha o', 'cap phep xay dung',
  ].map((q): UserQuery => ({ category: 'without-diacritics', query: { q, target: 'provisions', visibility: PUBLIC } }));
  const filtered: UserQuery[] = [
    { q: 'hỗ trợ học phí', docType: 'RESOLUTION' },
    { q: 'giá đất', year: 2024 },
    { q: 'phụ cấp', status: 'IN_FORCE', facets: ['docType', 'year'] as const },
    { q: 'mức thu lệ phí', docType: ['RESOLUTION', 'DECISION'], facets: ['level'] as const },
    { q: 'quy chế phối hợp', sort: 'newest' as const },
    { q: 'hỗ trợ doanh nghiệp nhỏ và vừa', visibility: STAFF, facets: ['kind', 'docType'] as const },
  ].map(({ visibility, ...rest }): UserQuery => ({ category: 'filtered', query: { target: 'provisions', visibility: visibility ?? PUBLIC, ...rest } }));
  const asOf: UserQuery[] = [
    { q: 'mức thu phí', asOf: '2023-01-01' },
    { q: 'bồi thường', asOf: '2021-06-30', docType: 'DECISION' },
    { q: 'tiêu chuẩn định mức', asOf: '2025-07-01' },
    { q: 'chính sách hỗ trợ', asOf: '2019-12-31' },
  ].map((rest): UserQuery => ({ category: 'as-of', query: { target: 'provisions', visibility: PUBLIC, ...rest } }));
  const numbers = documentNumbers.map((number): UserQuery => ({ category: 'document-number', query: { q: number, target: 'provisions', visibility: PUBLIC } }));
  const documents = ['quy định giá đất', 'ban hành quy chế', 'nghi quyet hoc phi', 'phân cấp quản lý'].map(
    (q): UserQuery => ({ category: 'documents-index', query: { q, target: 'documents', visibility: PUBLIC, facets: ['docType', 'year'] } }),
  );
  return [...plain, ...folded, ...filtered, ...asOf, ...numbers, ...documents];
}
