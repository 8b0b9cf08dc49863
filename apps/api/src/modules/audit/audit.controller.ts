import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditQuerySchema, auditRoutes } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AuditService } from '../../core/audit/audit.service';
import { Route } from '../../core/openapi/route.decorator';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';

type Query = z.output<typeof auditQuerySchema>;

/** The audit trail, for administrators: who changed what and when, with the changed fields before and after. */
@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Route(auditRoutes.list)
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
