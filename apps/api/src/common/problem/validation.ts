import type { FieldError } from '@legis/domain';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProblemException } from './problem.exception';

/** Field errors of a DTO built from `plain`, with names under `prefix` (e.g. `metadata.issuedDate`). */
export function dtoFieldErrors<T extends object>(type: ClassConstructor<T>, plain: unknown, prefix: string): { value: T; errors: FieldError[] } {
  const value = plainToInstance(type, plain ?? {});
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true });
  return { value, errors: flatten(errors, prefix) };
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`property ${error.property} should not exist`) ? 'is not allowed' : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** DTO validation: unknown fields rejected, values transformed, every failure listed per field (422). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ProblemException(422, 'VALIDATION_FAILED', `The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}.`, fieldErrors);
    },
  });
}
