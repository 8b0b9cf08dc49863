import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema, pageOf } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AuditService } from '../../core/audit/audit.service';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';

type Query = z.output<typeof auditQuerySchema>;

/** The audit trail, for administrators: who changed what and when, with the changed fields before and after. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List audit entries' })
  @ApiZodResponse(200, 'Audit entries, newest first, filtered by entity, record, actor and time (admins only)', pageOf(auditEntrySchema))
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(auditQuerySchema)) q: Query) {
    this.access.requireAdmin(actor);
    const { items, total } = await this.audit.list({
      entity: q.entity,
      entityId: q.entityId,
      actorId: q.actorId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      page: q.page,
      pageSize: q.pageSize,
    });
    return { items, total, page: q.page, pageSize: q.pageSize };
  }
}
