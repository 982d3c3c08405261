import type { DocType } from '../legal-text/doc-types';
import { vietnameseDate, type ExportTable } from './export-table';

/**
 * One event of the annual list (REFERENCE §4.11): a document of the province expired or was
 * suspended, in whole or in part, on `date`. `carriedForward`: it happened in an earlier year but
 * was recorded only in this one, so it was missing from that year's list.
 */
export interface AnnualListItem {
  documentId: string;
  number: string | null;
  docType: DocType | null;
  title: string | null;
  issuerName: string | null;
  issuedDate: string | null;
  status: 'expired' | 'suspended';
  extent: 'whole' | 'part';
  date: string;
  reason: string | null;
  provisions: string[];
  carriedForward: boolean;
}

const STATUS_LABELS = { expired: 'Hết hiệu lực', suspended: 'Ngưng hiệu lực' } as const;

export function annualListTable(year: number, items: readonly AnnualListItem[]): ExportTable {
  const row = (item: AnnualListItem, index: number) => [
    String(index + 1),
    [item.number ?? '', item.issuedDate ? `ngày ${vietnameseDate(item.issuedDate)}` : ''].filter(Boolean).join(' '),
    item.title ?? '',
    item.issuerName ?? '',
    `${STATUS_LABELS[item.status]} ${item.extent === 'whole' ? 'toàn bộ' : 'một phần'}`,
    item.provisions.join(', '),
    item.reason ?? '',
    vietnameseDate(item.date),
    item.carriedForward ? 'Bổ sung từ kỳ trước' : '',
  ];
  return {
    title: `Danh mục văn bản quy phạm pháp luật hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần năm ${year}`,
    subtitle: `Từ ngày 01/01/${year} đến ngày 31/12/${year}`,
    headers: ['STT', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Cơ quan ban hành', 'Tình trạng', 'Nội dung, quy định hết hiệu lực, ngưng hiệu lực', 'Lý do', 'Ngày hết hiệu lực, ngưng hiệu lực', 'Ghi chú'],
    sections: [{ heading: null, rows: items.map(row) }],
  };
}
