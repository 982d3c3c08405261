import { normOf, type LexToken } from '../text/lex';
import { phraseMatcher } from '../text/phrase-matcher';
import { type ValueKind } from './types';

interface UnitDef {
  /** Comparison-form tokens, matched in sequence right after the number. */
  readonly words: readonly string[];
  readonly kind: ValueKind;
  readonly unit: string;
  /** Multiplier into `unit`. */
  readonly factor: number;
}

const unit = (words: string, kind: ValueKind, canonical: string, factor = 1): UnitDef => ({
  words: words.split(' '),
  kind,
  unit: canonical,
  factor,
});

/**
 * Nouns counted in provisions ("05 thành viên", "không quá 3 lần", "02 bộ hồ sơ"). The canonical
 * unit keeps the noun, so only counts of the same thing compare.
 */
const COUNT_NOUNS = [
  'thành viên', 'người', 'lần', 'bản', 'bộ', 'hộ', 'đại biểu', 'cán bộ', 'công chức', 'viên chức',
  'học sinh', 'sinh viên', 'trẻ', 'lớp', 'phòng', 'giường', 'chỗ', 'xe', 'cơ sở', 'đơn vị', 'thôn',
  'tổ', 'nhóm', 'đợt', 'kỳ', 'buổi', 'tiết', 'chiếc', 'con', 'cây', 'hồ sơ', 'trang', 'phiếu',
  'lao động', 'doanh nghiệp', 'xã', 'phường', 'huyện', 'loại', 'cấp', 'bước',
];

const UNITS: readonly UnitDef[] = [
  unit('ngày làm việc', 'duration', 'working_day'),
  unit('ngày', 'duration', 'day'),
  unit('tuần', 'duration', 'day', 7),
  unit('tháng tuổi', 'age', 'month_of_age'),
  unit('tháng', 'duration', 'month'),
  unit('quý', 'duration', 'month', 3),
  unit('năm', 'duration', 'month', 12),
  unit('giờ', 'duration', 'hour'),
  unit('phút', 'duration', 'hour', 1 / 60),
  unit('đồng', 'money', 'VND'),
  unit('đ', 'money', 'VND'),
  unit('vnđ', 'money', 'VND'),
  unit('vnd', 'money', 'VND'),
  unit('usd', 'money', 'USD'),
  unit('%', 'percent', '%'),
  unit('phần trăm', 'percent', '%'),
  unit('tuổi', 'age', 'year_of_age'),
  unit('m2', 'area', 'm2'),
  unit('mét vuông', 'area', 'm2'),
  unit('km2', 'area', 'm2', 1e6),
  unit('ha', 'area', 'm2', 1e4),
  unit('héc ta', 'area', 'm2', 1e4),
  unit('hécta', 'area', 'm2', 1e4),
  unit('hec ta', 'area', 'm2', 1e4),
  unit('m3', 'volume', 'm3'),
  unit('mét khối', 'volume', 'm3'),
  unit('lít', 'volume', 'm3', 1e-3),
  unit('km', 'length', 'm', 1e3),
  unit('ki lô mét', 'length', 'm', 1e3),
  unit('m', 'length', 'm'),
  unit('mét', 'length', 'm'),
  unit('cm', 'length', 'm', 1e-2),
  unit('kg', 'mass', 'kg'),
  unit('ki lô gam', 'mass', 'kg'),
  unit('tấn', 'mass', 'kg', 1e3),
  unit('gam', 'mass', 'kg', 1e-3),
  ...COUNT_NOUNS.map((noun) => unit(noun, 'count', `count:${noun}`)),
];
const matchUnitDef = phraseMatcher(UNITS, (u) => u.words);

export interface UnitMatch {
  readonly kind: ValueKind;
  readonly unit: string;
  readonly factor: number;
  /** Index of the first token after the unit. */
  readonly end: number;
}

/** The longest unit that starts at `tokens[i]`; money may carry a rate ("đồng/người/tháng"). */
export function matchUnit(tokens: readonly LexToken[], i: number): UnitMatch | undefined {
  const def = matchUnitDef(tokens, i, normOf);
  if (def === undefined) return undefined;
  let end = i + def.words.length;
  let canonical = def.unit;
  if (def.kind === 'money') {
    while (tokens[end]?.norm === '/' && tokens[end + 1]?.kind === 'word') {
      canonical += `/${tokens[end + 1].norm}`;
      end += 2;
    }
  }
  return { kind: def.kind, unit: canonical, factor: def.factor, end };
}
