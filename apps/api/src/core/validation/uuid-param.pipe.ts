import { PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: answer 404 rather than let PostgreSQL reject the cast. */
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}
  transform(value: string): string {
    if (!UUID.test(value)) throw AppError.notFound(this.what);
    return value.toLowerCase();
  }
}
