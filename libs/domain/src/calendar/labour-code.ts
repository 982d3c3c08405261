/**
 * The article each year's holidays and nghỉ bù come from, for the `source` of computed entries.
 * The Labour Code 1994 (in force 1995) is also cited for 1990–1994: the calendar applies its rules
 * there as an approximation. Article numbers before 2021 are from background knowledge [K].
 */
export interface LabourCodeCitation {
  readonly holidays: string;
  readonly nghiBu: string;
}

const CITATIONS: readonly (LabourCodeCitation & { readonly fromYear: number })[] = [
  { fromYear: 2021, holidays: 'BLLĐ 2019 Đ.112(1)', nghiBu: 'BLLĐ 2019 Đ.111(3)' },
  { fromYear: 2013, holidays: 'BLLĐ 2012 Đ.115', nghiBu: 'BLLĐ 2012 Đ.115' },
  { fromYear: -Infinity, holidays: 'BLLĐ 1994 Đ.73', nghiBu: 'BLLĐ 1994 Đ.73' },
];

export function labourCodeOf(year: number): LabourCodeCitation {
  return CITATIONS.find((citation) => year >= citation.fromYear)!;
}
