import { nameKey } from './name-key';

export type IssuerLevel = 'central' | 'provincial' | 'commune';

/**
 * Central, provincial or commune, from the issuer's name: "… tỉnh X" / "… thành phố X" are
 * provincial (the 2025 reform left 34 provinces and centrally run cities), councils and committees
 * of a "xã / phường / đặc khu X" are communes, everything else (Quốc hội, Chính phủ, ministries) is central.
 */
export function issuerLevelOf(name: string): IssuerLevel {
  const key = nameKey(name);
  if (/^(chu tich )?(uy ban nhan dan|hoi dong nhan dan) (xa|phuong|dac khu|thi tran) /.test(key)) return 'commune';
  if (/(^| )(tinh|thanh pho) /.test(key)) return 'provincial';
  return 'central';
}
