import { type DomainError } from '../errors';
import { classifySystematisationEntry, proposedResult } from './classify';
import { exportTableCsv, systematisationTable, type SystematisationListEntry } from './export-table';
import { planSystematisation } from './plan';

const plan = planSystematisation({ referenceDate: '2023-12-31', planRef: 'KH-12/UBND' });

describe('systematisation plan', () => {
  it('defaults the period to the five years ending on the reference date', () => {
    expect(plan).toMatchObject({ periodStart: '2019-01-01', periodEnd: '2023-12-31', cycleLabel: '2019–2023', scope: { issuerIds: [], docTypes: [], fields: [] } });
  });

  it('refuses impossible dates and periods, one field error each', () => {
    const refusal = (input: Parameters<typeof planSystematisation>[0]) => {
      try {
        planSystematisation(input);
      } catch (error) {
        return (error as DomainError).details.fieldErrors?.map((e) => e.field);
      }
      return null;
    };
    expect(refusal({ referenceDate: '2023-02-30', planRef: 'x' })).toEqual(['referenceDate']);
    expect(refusal({ referenceDate: '2023-12-31', periodEnd: '2024-01-01', periodStart: '2025-01-01', planRef: ' ' })).toEqual(['periodEnd', 'periodStart', 'planRef']);
  });
});

describe('classification at the reference date', () => {
  const lists = (proposed: Parameters<typeof classifySystematisationEntry>[0]['proposed'], result: Parameters<typeof classifySystematisationEntry>[0]['result'], changedOn: string | null = null) =>
    classifySystematisationEntry({ proposed, result, changedOn }, plan);

  it('proposes from recorded validity as of the end of the period', () => {
    expect(proposedResult({ validityStatus: 'FULLY_EXPIRED', expiryDate: '2022-05-01', changedOn: null }, plan)).toBe('EXPIRED');
    expect(proposedResult({ validityStatus: 'FULLY_EXPIRED', expiryDate: '2024-05-01', changedOn: null }, plan)).toBe('IN_FORCE');
    expect(proposedResult({ validityStatus: 'PARTIALLY_SUSPENDED', expiryDate: null, changedOn: '2021-01-01' }, plan)).toBe('PARTIALLY_SUSPENDED');
    expect(proposedResult({ validityStatus: 'SUSPENDED', expiryDate: null, changedOn: '2024-02-01' }, plan)).toBe('IN_FORCE');
  });

  it('puts each result in the lists of REFERENCE §4.12', () => {
    expect(lists('IN_FORCE', 'IN_FORCE')).toEqual(['inForce', 'compilation']);
    expect(lists('IN_FORCE', 'EXPIRED', '2021-03-01')).toEqual(['expiredOrSuspended']);
    expect(lists('IN_FORCE', 'PARTIALLY_EXPIRED')).toEqual(['inForce', 'compilation', 'expiredOrSuspended']);
    expect(lists('IN_FORCE', 'NEEDS_REPLACEMENT')).toEqual(['inForce', 'compilation', 'needsAction']);
    expect(lists('SUSPENDED', null, '2020-01-01')).toEqual(['expiredOrSuspended', 'unanswered']);
    // Ended after the reference date: still in force on it; ended in part before the period: in force, no news.
    expect(lists('IN_FORCE', 'EXPIRED', '2024-03-01')).toEqual(['inForce', 'compilation']);
    expect(lists('IN_FORCE', 'PARTIALLY_EXPIRED', '2017-03-01')).toEqual(['inForce', 'compilation']);
  });
});

describe('export tables', () => {
  const entry = (field: string | null, number: string): SystematisationListEntry => ({
    documentId: number,
    number,
    docType: 'DECISION',
    title: 'Quy định về quản lý, "chợ" đêm',
    issuerName: 'Ủy ban nhân dân tỉnh',
    field,
    issuedDate: '2020-03-05',
    effectiveDate: '2020-03-15',
    agencyName: 'Sở Công Thương',
    result: 'IN_FORCE',
    answered: true,
    changedOn: null,
    changeReason: null,
    note: null,
    provisions: [],
  });

  it('numbers the rows, splits the compilation by field and quotes CSV cells', () => {
    const table = systematisationTable('compilation', [entry('Thương mại', '1/2020/QĐ-UBND'), entry('Thương mại', '2/2020/QĐ-UBND'), entry(null, '3/2020/QĐ-UBND')], { cycleLabel: '2019–2023', referenceDate: '2023-12-31' });
    expect(table.sections.map((s) => [s.heading, s.rows.map((r) => r[0])])).toEqual([['Thương mại', ['1', '2']], ['Lĩnh vực khác', ['3']]]);
    expect(table.subtitle).toBe('Kỳ hệ thống hóa 2019–2023 (thời điểm hệ thống hóa 31/12/2023)');
    const csv = exportTableCsv(table).split('\r\n');
    expect(csv[0]).toBe('\uFEFFSTT,Lĩnh vực,Tên loại văn bản,"Số, ký hiệu; ngày, tháng, năm ban hành",Tên gọi của văn bản,Cơ quan ban hành,Thời điểm có hiệu lực');
    expect(csv[1]).toBe('1,Thương mại,Quyết định,1/2020/QĐ-UBND ngày 05/03/2020,"Quy định về quản lý, ""chợ"" đêm",Ủy ban nhân dân tỉnh,15/03/2020');
  });
});
