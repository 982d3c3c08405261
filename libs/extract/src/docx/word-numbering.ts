import type { MarkupToken } from '../sandbox/sandbox-protocol';
import { readParagraphs, type RawParagraph } from './document-paragraphs';
import { bullet, formatNumber } from './list-label-format';
import { readNumbering, readStyles, type LevelDefinition, type ListInstance } from './numbering-definitions';

/** A body paragraph of document.xml: its plain text and the list label Word would show. */
export interface LabelledParagraph {
  text: string;
  label: string | null;
}

const MAX_LEVELS = 9;

/**
 * Reconstructs the list labels Word displays ("Điều 1.", "2.", "a)", "-") from numbering.xml,
 * styles.xml and document.xml, which mammoth does not render. Handles direct and style-based
 * numbering, multi-level templates such as "%1.%2.", start values and start overrides, legal
 * numbering, and lists linked through a numbering style. Counters are kept per abstract list,
 * as Word continues a list across w:num instances unless one overrides its start.
 */
export function labelParagraphs(
  documentTokens: readonly MarkupToken[],
  numberingTokens: readonly MarkupToken[],
  stylesTokens: readonly MarkupToken[],
): LabelledParagraph[] {
  const { abstracts, instances } = readNumbering(numberingTokens);
  const styles = readStyles(stylesTokens);
  const counters = new Map<string, (number | undefined)[]>();
  const starts = new Map<string, Map<number, number>>();
  const started = new Set<string>();

  const styleNumbering = (styleId: string | undefined): { numId?: string; level?: number } => {
    for (let id = styleId, depth = 0; id !== undefined && depth < 10; depth++) {
      const style = styles.get(id);
      if (!style) break;
      if (style.numId !== undefined) return { numId: style.numId, level: style.level };
      id = style.basedOn;
    }
    return {};
  };
  const resolveAbstract = (instance: ListInstance): string => {
    const linked = abstracts.get(instance.abstractId)?.styleLink;
    const linkedNumId = linked === undefined ? undefined : styles.get(linked)?.numId;
    const linkedInstance = linkedNumId === undefined ? undefined : instances.get(linkedNumId);
    return linkedInstance?.abstractId ?? instance.abstractId;
  };

  const label = (paragraph: RawParagraph): string | null => {
    const fromStyle = styleNumbering(paragraph.styleId);
    const numId = paragraph.numId ?? fromStyle.numId;
    const level = paragraph.level ?? fromStyle.level ?? 0;
    const instance = numId === undefined || numId === '0' ? undefined : instances.get(numId);
    if (!instance || level < 0 || level >= MAX_LEVELS) return null;
    const abstractId = resolveAbstract(instance);
    const definitionOf = (index: number): LevelDefinition | undefined => instance.levelOverrides.get(index) ?? abstracts.get(abstractId)?.levels.get(index);
    const definition = definitionOf(level);
    if (!definition) return null;

    const values = counters.get(abstractId) ?? new Array<number | undefined>(MAX_LEVELS).fill(undefined);
    counters.set(abstractId, values);
    const listStarts = starts.get(abstractId) ?? new Map<number, number>();
    starts.set(abstractId, listStarts);
    if (!started.has(numId!)) {
      started.add(numId!);
      for (const [index, start] of instance.startOverrides) {
        values[index] = undefined;
        listStarts.set(index, start);
      }
    }
    const startOf = (index: number): number => listStarts.get(index) ?? definitionOf(index)?.start ?? 1;
    const current = values[level];
    values[level] = current === undefined ? startOf(level) : current + 1;
    for (let deeper = level + 1; deeper < MAX_LEVELS; deeper++) {
      if (!definitionOf(deeper)?.neverRestarts) values[deeper] = undefined;
    }

    if (definition.format === 'bullet') return `${bullet(definition.text)} `;
    const text = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = definition.legal ? 'decimal' : (definitionOf(index)?.format ?? 'decimal');
      return formatNumber(values[index] ?? startOf(index), format);
    });
    if (text === '') return null;
    return definition.suffix === 'nothing' ? text : `${text} `;
  };

  return readParagraphs(documentTokens).map((paragraph) => ({ text: paragraph.text, label: label(paragraph) }));
}
