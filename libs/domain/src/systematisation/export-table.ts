import { docTypeInfo, type DocType } from '../legal-text/doc-types';
import { endedExtent } from './classify';
import { SYSTEMATISATION_LIST_TITLES, SYSTEMATISATION_RESULT_LABELS, type SystematisationList, type SystematisationResult } from './vocabulary';
import { toCsv } from '../export';

/** A list ready to print: one table, split into headed sections (the compilation's fields). */
export interface ExportTable {
  title: string;
  subtitle: string;
  headers: string[];
  sections: { heading: string | null; rows: string[][] }[];
}

/** One document of a campaign as the lists show it. */
export interface SystematisationListEntry {
  documentId: string;
  number: string | null;
  docType: DocType | null;
  title: string | null;
  issuerName: string | null;
  field: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  agencyName: string | null;
  /** The agency's result, else the proposal. */
  result: SystematisationResult;
  answered: boolean;
  changedOn: string | null;
  changeReason: string | null;
  note: string | null;
  provisions: string[];
}

const NO_FIELD = 'Lĩnh vực khác';

/** dd/mm/yyyy, as Vietnamese lists print dates. */
export const vietnameseDate = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

const typeName = (docType: DocType | null) => (docType ? docTypeInfo(docType).name : '');
const numbered = (entry: Pick<SystematisationListEntry, 'number' | 'issuedDate'>) => [entry.number ?? '', entry.issuedDate ? `ngày ${vietnameseDate(entry.issuedDate)}` : ''].filter(Boolean).join(' ');

const COLUMNS: Record<SystematisationList, { headers: string[]; row: (entry: SystematisationListEntry) => string[] }> = {
  inForce: {
    headers: ['Tên loại văn bản', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Cơ quan ban hành', 'Lĩnh vực', 'Thời điểm có hiệu lực', 'Ghi chú'],
    row: (e) => [typeName(e.docType), numbered(e), e.title ?? '', e.issuerName ?? '', e.field ?? '', vietnameseDate(e.effectiveDate), e.result === 'IN_FORCE' ? '' : SYSTEMATISATION_RESULT_LABELS[e.result]],
  },
  expiredOrSuspended: {
    headers: ['Tên loại văn bản', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Toàn bộ / một phần', 'Nội dung, quy định hết hiệu lực, ngưng hiệu lực', 'Lý do hết hiệu lực, ngưng hiệu lực', 'Ngày hết hiệu lực, ngưng hiệu lực'],
    row: (e) => [typeName(e.docType), numbered(e), e.title ?? '', endedExtent(e.result) === 'whole' ? 'Toàn bộ' : 'Một phần', e.provisions.join(', '), [SYSTEMATISATION_RESULT_LABELS[e.result], e.changeReason].filter(Boolean).join(': '), vietnameseDate(e.changedOn)],
  },
  needsAction: {
    headers: ['Tên loại văn bản', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Kiến nghị (hình thức xử lý)', 'Nội dung kiến nghị', 'Cơ quan chủ trì soạn thảo'],
    row: (e) => [typeName(e.docType), numbered(e), e.title ?? '', SYSTEMATISATION_RESULT_LABELS[e.result], [e.note, e.provisions.join(', ')].filter(Boolean).join(' — '), e.agencyName ?? ''],
  },
  compilation: {
    headers: ['Lĩnh vực', 'Tên loại văn bản', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Cơ quan ban hành', 'Thời điểm có hiệu lực'],
    row: (e) => [e.field ?? NO_FIELD, typeName(e.docType), numbered(e), e.title ?? '', e.issuerName ?? '', vietnameseDate(e.effectiveDate)],
  },
  unanswered: {
    headers: ['Tên loại văn bản', 'Số, ký hiệu; ngày, tháng, năm ban hành', 'Tên gọi của văn bản', 'Cơ quan được giao rà soát', 'Kết quả đề xuất theo dữ liệu'],
    row: (e) => [typeName(e.docType), numbered(e), e.title ?? '', e.agencyName ?? '', SYSTEMATISATION_RESULT_LABELS[e.result]],
  },
};

/**
 * The printed form of one list of a campaign, numbered (STT) from 1. The compilation is split by
 * field, in the order the entries come (by field, then legal force, then date).
 */
export function systematisationTable(list: SystematisationList, entries: readonly SystematisationListEntry[], cycle: { cycleLabel: string; referenceDate: string }): ExportTable {
  const columns = COLUMNS[list];
  const rows = entries.map((entry, index) => [String(index + 1), ...columns.row(entry)]);
  const sections = list === 'compilation' ? sectionsByFirstColumn(rows) : [{ heading: null, rows }];
  return {
    title: SYSTEMATISATION_LIST_TITLES[list],
    subtitle: `Kỳ hệ thống hóa ${cycle.cycleLabel} (thời điểm hệ thống hóa ${vietnameseDate(cycle.referenceDate)})`,
    headers: ['STT', ...columns.headers],
    sections,
  };
}

function sectionsByFirstColumn(rows: string[][]): ExportTable['sections'] {
  const sections: ExportTable['sections'] = [];
  for (const row of rows) {
    const heading = row[1];
    if (sections.at(-1)?.heading !== heading) sections.push({ heading, rows: [] });
    sections.at(-1)!.rows.push(row);
  }
  return sections;
}

/** The table as CSV (`toCsv`); section headings are already a column where they matter, so they are not repeated. */
export function exportTableCsv(table: ExportTable): string {
  const columns = table.headers.map((header, index) => ({ header, value: (row: readonly string[]) => row[index] }));
  return toCsv(columns, table.sections.flatMap((section) => section.rows));
}
