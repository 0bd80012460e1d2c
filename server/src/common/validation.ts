import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from './app-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates every resolver argument against its class-validator decorators. Problems come back as one
 * BAD_USER_INPUT error listing each field and what is wrong with it; nothing is changed.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      const message = fields.length === 1 ? fields[0].message : `Please correct ${fields.length} fields: ${fields.map((f) => f.field).join(', ')}.`;
      return new AppError('BAD_USER_INPUT', message, fields);
    },
  });
}
