import { isCivilDate } from '../../calendar';
import { type FieldError } from '../../errors';
import { invalidPayload } from './errors';

/**
 * Reads an untrusted payload field by field and collects every problem, so one 422 lists them
 * all. Readers return a placeholder for a bad field; call `throwIfInvalid` before using values.
 */
export class PayloadReader {
  private readonly record: Record<string, unknown>;

  constructor(
    raw: unknown,
    private readonly path = '',
    readonly errors: FieldError[] = [],
  ) {
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) this.record = raw as Record<string, unknown>;
    else {
      this.record = {};
      if (raw !== undefined) this.errors.push({ field: path === '' ? 'payload' : path, message: 'must be an object' });
    }
  }

  fieldName(name: string): string {
    return this.path === '' ? name : `${this.path}.${name}`;
  }

  fail(name: string, message: string): void {
    this.errors.push({ field: this.fieldName(name), message });
  }

  has(name: string): boolean {
    return this.record[name] !== undefined && this.record[name] !== null;
  }

  /** A required, non-blank string of at most `max` characters, trimmed. */
  text(name: string, max: number): string {
    const value = this.record[name];
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(name, 'is required');
      return '';
    }
    if (value.trim().length > max) {
      this.fail(name, `must be at most ${max} characters`);
      return '';
    }
    return value.trim();
  }

  /** Like `text`, but absent (undefined, null or blank) gives null. */
  optionalText(name: string, max: number): string | null {
    const value = this.record[name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
    return this.text(name, max);
  }

  integer(name: string, min: number, max: number): number {
    const value = this.record[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(name, `must be a whole number from ${min} to ${max}`);
      return min;
    }
    return value;
  }

  optionalInteger(name: string, min: number, max: number): number | null {
    return this.has(name) ? this.integer(name, min, max) : null;
  }

  /** An optional boolean; absent gives false. */
  flag(name: string): boolean {
    const value = this.record[name];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') {
      this.fail(name, 'must be true or false');
      return false;
    }
    return value;
  }

  /** A required `YYYY-MM-DD` calendar date. */
  date(name: string): string {
    const value = this.record[name];
    if (!isCivilDate(value)) {
      this.fail(name, 'must be a date in YYYY-MM-DD form');
      return '';
    }
    return value;
  }

  optionalDate(name: string): string | null {
    return this.has(name) ? this.date(name) : null;
  }

  choice<T extends string>(name: string, values: readonly T[]): T {
    const value = this.record[name];
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      this.fail(name, `must be one of ${values.join(', ')}`);
      return values[0];
    }
    return value as T;
  }

  /** A list of `min`–`max` elements, each read by a child reader named `name[i]`. */
  list<T>(name: string, min: number, max: number, read: (item: PayloadReader) => T): T[] {
    const value = this.record[name];
    if (value === undefined || value === null) {
      if (min > 0) this.fail(name, 'is required');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(name, 'must be a list');
      return [];
    }
    if (value.length < min || value.length > max) {
      this.fail(name, `must have from ${min} to ${max} entries`);
      return [];
    }
    return value.map((item: unknown, index) => read(new PayloadReader(item, `${this.fieldName(name)}[${index}]`, this.errors)));
  }

  /** A list of non-blank strings. */
  texts(name: string, min: number, max: number, maxLength: number): string[] {
    const value = this.record[name];
    if (!Array.isArray(value) || value.length < min || value.length > max) {
      this.fail(name, `must be a list of ${min} to ${max} texts`);
      return [];
    }
    return value.flatMap((item: unknown, index) => {
      if (typeof item !== 'string' || item.trim() === '' || item.trim().length > maxLength) {
        this.errors.push({ field: `${this.fieldName(name)}[${index}]`, message: `must be a non-blank text of at most ${maxLength} characters` });
        return [];
      }
      return [item.trim()];
    });
  }

  throwIfInvalid(code = 'ACTION_PAYLOAD_INVALID', message = 'The action payload is invalid.'): void {
    if (this.errors.length > 0) throw invalidPayload(code, message, this.errors);
  }
}
