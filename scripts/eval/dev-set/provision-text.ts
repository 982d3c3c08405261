import type { ParsedProvision } from '@legis/domain';
import { syllables } from './text-similarity';

/** A provision's own text as it would be written on its own: with its number ("2. …", "a) …", "Điều 5. Tên\n…"). */
export function writtenProvision(provision: Pick<ParsedProvision, 'level' | 'number' | 'heading' | 'text'>): string {
  const text = provision.text.trim();
  switch (provision.level) {
    case 'article':
      return `Điều ${provision.number}. ${provision.heading ?? ''}`.trim() + (text ? `\n${text}` : '');
    case 'clause':
      return `${provision.number}. ${text}`;
    case 'point':
      return `${provision.number}) ${text}`;
    default:
      return text;
  }
}

/** A provision and all its descendants, each on its own line(s), as the article or clause is printed. */
export function writtenSubtree(provision: ParsedProvision): string {
  return [writtenProvision(provision), ...provision.children.map(writtenSubtree)].join('\n');
}

export const syllableCount = (text: string) => syllables(text).length;
