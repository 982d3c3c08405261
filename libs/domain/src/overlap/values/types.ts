/**
 * What a comparable value measures. `date` is a calendar date (effective dates, citations);
 * `annualDate` is a day that recurs every year ("trước ngày 15 tháng 12 hằng năm").
 */
export type ValueKind =
  | 'duration'
  | 'money'
  | 'percent'
  | 'age'
  | 'count'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'date'
  | 'annualDate';

export const VALUE_KINDS: readonly ValueKind[] = [
  'duration', 'money', 'percent', 'age', 'count', 'area', 'length', 'mass', 'volume', 'date', 'annualDate',
];

/**
 * Which side of the number the rule allows: "không quá 10 ngày" is `atMost`, "đủ 18 tuổi" and
 * "từ 60 tuổi trở lên" are `atLeast`, "dưới 15 tuổi" is `lessThan`, "trên 60 tuổi" is `moreThan`.
 */
export type Bound = 'atLeast' | 'atMost' | 'lessThan' | 'moreThan';

/** A number with a unit found in a provision. */
export interface ExtractedValue {
  readonly kind: ValueKind;
  /** The number and its unit as written: "30 ngày", "1,5 tỷ đồng", "ba mươi ngày". */
  readonly text: string;
  /**
   * The amount in `unit`: multipliers applied ("2 triệu đồng" → 2000000), weeks in days, years in
   * months, ha and km2 in m2. Dates are yyyymmdd, yyyymm or yyyy numbers; annual dates are mmdd.
   */
  readonly value: number;
  /**
   * Canonical unit: `day`, `working_day`, `month`, `hour`, `VND`, `VND/tháng`, `%`, `year_of_age`,
   * `month_of_age`, `count:thành viên`, `m2`, `m`, `kg`, `m3`, `date`, `date:month`, `date:year`,
   * `annual_date`. Values compare only within one unit.
   */
  readonly unit: string;
  readonly bound?: Bound;
  /** Offsets of `text` in the provision. */
  readonly start: number;
  readonly end: number;
  /** Up to a few syllables before the value in the same clause (comparison form): what it is about. */
  readonly subject: string;
}
