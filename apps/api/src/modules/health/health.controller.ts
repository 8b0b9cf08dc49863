import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { healthSchema } from '@cantiere/domain';
import type { Health } from '@cantiere/domain';
import { Public } from '../../core/auth/public.decorator';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { HealthRepository } from './health.repository';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  @Get()
  @ApiOperation({ summary: 'Check the service and its database' })
  @ApiZodResponse(200, 'The service and its database are up', healthSchema)
  @ApiZodResponse(503, 'The database is unreachable', healthSchema)
  @ApiErrors(400)
  async check(@Res({ passthrough: true }) res: Response): Promise<Health> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A database that hangs must not hang the probe: give it three seconds.
      await Promise.race([this.database.ping(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 3000)))]);
      return { status: 'ok', db: 'ok' };
    } catch {
      res.status(503);
      return { status: 'error', db: 'error' };
    } finally {
      clearTimeout(timer);
    }
  }
}
