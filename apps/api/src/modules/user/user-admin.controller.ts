import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { userAdminRoutes, wholePage } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { toAdminUser } from '../../core/identity/user.mapper';
import { UserAdminService } from './user-admin.service';

const idPipe = new UuidParamPipe('User');

@ApiTags('users')
@Controller()
export class UserAdminController {
  constructor(private readonly admin: UserAdminService) {}

  @Route(userAdminRoutes.list)
  async list(@CurrentActor() actor: Actor) {
    return wholePage((await this.admin.list(actor)).map(toAdminUser));
  }

  @Route(userAdminRoutes.deactivate)
  async deactivate(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { user: toAdminUser(await this.admin.deactivate(actor, id)) };
  }

  @Route(userAdminRoutes.reactivate)
  async reactivate(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { user: toAdminUser(await this.admin.reactivate(actor, id)) };
  }
}
