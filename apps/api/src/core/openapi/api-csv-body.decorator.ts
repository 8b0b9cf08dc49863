import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';

/** Documents a raw CSV upload (the request body is the file itself). */
export const ApiCsvBody = (description: string) =>
  applyDecorators(ApiConsumes('text/csv'), ApiBody({ description, schema: { type: 'string', format: 'binary' } }));
