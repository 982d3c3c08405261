import { isPersonName } from './line-classifier';
import type { Signer, SigningCapacity } from './types';
import { isUpperCaseText } from './vietnamese';

const CAPACITY = /^(TM|T\/M|KT|Q|TL|TUQ|THAY MẶT)\s*\.?\s*(.*)$/u;

interface Authority {
  capacity: SigningCapacity;
  of: string;
}

function capacityOf(prefix: string): SigningCapacity {
  return prefix === 'T/M' || prefix === 'THAY MẶT' ? 'TM' : (prefix as SigningCapacity);
}

/**
 * The signer of a signature block: the upper-case lines just above the first printed name
 * ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"). The last of them is the
 * signer's own title; the others are capacities, whose continuation lines join them.
 */
export function extractSigner(texts: readonly string[]): Signer | null {
  let block: string[] = [];
  for (const raw of texts) {
    const text = raw.replace(/^.*\|\s*/u, '').trim();
    if (isPersonName(text) && block.length > 0) return toSigner(block, text);
    if (isUpperCaseText(text) && !/^(?:XÁC THỰC|Số\b)/u.test(text) && !/[:;]$/u.test(text)) block.push(text);
    else block = [];
  }
  return block.length > 0 ? toSigner(block, null) : null;
}

function toSigner(block: readonly string[], name: string | null): Signer {
  const authorities: Authority[] = [];
  let title: string | null = null;
  for (let i = 0; i < block.length; i++) {
    const capacity = CAPACITY.exec(block[i]);
    const last = i === block.length - 1;
    if (capacity) {
      authorities.push({ capacity: capacityOf(capacity[1]), of: capacity[2].trim() });
    } else if (last) {
      title = block[i]!;
    } else if (authorities.length > 0) {
      const current = authorities.at(-1)!;
      current.of = `${current.of} ${block[i]}`.trim();
    }
  }
  const innermost = authorities.at(-1) ?? null;
  if (title === null && innermost && authorities.length === 1 && name !== null) title = innermost.of;
  const collegial = authorities.find((authority) => authority.capacity === 'TM');
  return {
    name,
    title,
    capacity: innermost?.capacity ?? null,
    onBehalfOf: innermost?.of || null,
    collegialBody: collegial?.of || null,
  };
}
