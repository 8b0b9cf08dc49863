import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { AppError } from '../errors/app-error';

/** A path key that the record's own schema would refuse cannot name anything: 404, before it reaches SQL. */
export class KeyParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly what: string,
    private readonly schema: ZodType<string>,
  ) {}
  transform(value: string): string {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) throw AppError.notFound(this.what);
    return parsed.data;
  }
}
