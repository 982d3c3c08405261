import type { MarkupToken } from '../sandbox/sandbox-protocol';

/** One level of a Word list definition (w:lvl). */
export interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  neverRestarts: boolean;
  suffix: string;
}

export interface AbstractList {
  levels: Map<number, LevelDefinition>;
  styleLink?: string;
}

export interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

export interface ParagraphStyle {
  basedOn?: string;
  numId?: string;
  level?: number;
}

function newLevel(): LevelDefinition {
  return { start: 1, format: 'decimal', text: '', legal: false, neverRestarts: false, suffix: 'tab' };
}

/** Abstract list definitions and the list instances (w:num) that use them, from numbering.xml. */
export function readNumbering(tokens: readonly MarkupToken[]): { abstracts: Map<string, AbstractList>; instances: Map<string, ListInstance> } {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  let abstract: AbstractList | undefined;
  let instance: ListInstance | undefined;
  let overrideLevel: number | undefined;
  let level: LevelDefinition | undefined;
  for (const token of tokens) {
    if (token[0] === 'close') {
      if (token[1] === 'w:lvl') level = undefined;
      else if (token[1] === 'w:abstractNum') abstract = undefined;
      else if (token[1] === 'w:num') instance = undefined;
      else if (token[1] === 'w:lvlOverride') overrideLevel = undefined;
      continue;
    }
    if (token[0] !== 'open') continue;
    const [, name, attributes] = token;
    const value = attributes['w:val'] ?? '';
    if (name === 'w:abstractNum') {
      abstract = { levels: new Map() };
      abstracts.set(attributes['w:abstractNumId'] ?? '', abstract);
    } else if (name === 'w:num') {
      instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
      instances.set(attributes['w:numId'] ?? '', instance);
    } else if (name === 'w:numStyleLink' && abstract) {
      abstract.styleLink = value;
    } else if (name === 'w:abstractNumId' && instance) {
      instance.abstractId = value;
    } else if (name === 'w:lvlOverride' && instance) {
      overrideLevel = Number(attributes['w:ilvl'] ?? 0);
    } else if (name === 'w:startOverride' && instance && overrideLevel !== undefined) {
      instance.startOverrides.set(overrideLevel, Number(value));
    } else if (name === 'w:lvl') {
      level = newLevel();
      const index = Number(attributes['w:ilvl'] ?? 0);
      if (instance && overrideLevel !== undefined) instance.levelOverrides.set(overrideLevel, level);
      else abstract?.levels.set(index, level);
    } else if (level) {
      if (name === 'w:start') level.start = Number(value);
      else if (name === 'w:numFmt') level.format = value;
      else if (name === 'w:lvlText') level.text = value;
      else if (name === 'w:isLgl') level.legal = value !== '0' && value !== 'false';
      else if (name === 'w:lvlRestart') level.neverRestarts = value === '0';
      else if (name === 'w:suff') level.suffix = value;
    }
  }
  return { abstracts, instances };
}

/** Paragraph styles (styles.xml) with the list numbering they apply and the style they are based on. */
export function readStyles(tokens: readonly MarkupToken[]): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  let style: ParagraphStyle | undefined;
  for (const token of tokens) {
    if (token[0] === 'close' && token[1] === 'w:style') style = undefined;
    if (token[0] !== 'open') continue;
    const [, name, attributes] = token;
    if (name === 'w:style') {
      style = {};
      styles.set(attributes['w:styleId'] ?? '', style);
    } else if (style && name === 'w:basedOn') {
      style.basedOn = attributes['w:val'];
    } else if (style && name === 'w:numId') {
      style.numId = attributes['w:val'];
    } else if (style && name === 'w:ilvl') {
      style.level = Number(attributes['w:val'] ?? 0);
    }
  }
  return styles;
}
