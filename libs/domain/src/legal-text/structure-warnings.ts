import { flattenProvisions } from './provisions';
import type { ParsedProvision, ParseWarning } from './types';

const NAMES: Partial<Record<ParsedProvision['level'], string>> = {
  part: 'Part', chapter: 'Chapter', section: 'Section', subsection: 'Subsection', article: 'Article',
};

/** Headings that are the whole article: "Điều 5. (được bãi bỏ)", "Điều 7. Bãi bỏ Điều 9." */
const SELF_CONTAINED = /bãi bỏ|hết hiệu lực|^(?:Sửa đổi|Bổ sung|Thay thế)/iu;

/**
 * Checks on the finished tree: Phần, Chương, Mục, Tiểu mục and Điều must have a title
 * (Law 64 Art. 7(2)), and an article must say something.
 */
export function structureWarnings(provisions: readonly ParsedProvision[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  for (const node of flattenProvisions(provisions)) {
    const name = NAMES[node.level];
    if (name === undefined) continue;
    if (node.heading === null) {
      warnings.push({ code: 'missing_title', message: `${name} ${node.number ?? ''} has no title.`, pathKey: node.pathKey, line: node.startLine });
    }
    if (node.level === 'article' && node.text === '' && node.children.length === 0 && !SELF_CONTAINED.test(node.heading ?? '')) {
      warnings.push({ code: 'empty_article', message: `Article ${node.number ?? ''} has no content.`, pathKey: node.pathKey, line: node.startLine });
    }
  }
  return warnings;
}
