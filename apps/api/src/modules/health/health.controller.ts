import { Controller, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { healthRoutes } from '@cantiere/domain';
import type { Health } from '@cantiere/domain';
import { Route } from '../../core/openapi/route.decorator';
import { HealthRepository } from './health.repository';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  @Route(healthRoutes.check)
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
