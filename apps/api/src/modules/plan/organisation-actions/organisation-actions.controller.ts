import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { planOrganisationRoutes, wholePage } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { OrganisationActionsService } from './organisation-actions.service';

const idPipe = new UuidParamPipe('Organisation');

/** An organisation's part in the action plans, for its page. */
@ApiTags('plans')
@Controller()
export class OrganisationActionsController {
  constructor(private readonly actions: OrganisationActionsService) {}

  @Route(planOrganisationRoutes.actions)
  async list(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return wholePage(await this.actions.list(actor, id));
  }
}
