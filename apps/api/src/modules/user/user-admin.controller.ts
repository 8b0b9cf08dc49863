import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { adminUserSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { toAdminUser } from '../../core/identity/user.mapper';
import { UserAdminService } from './user-admin.service';

const idPipe = new UuidParamPipe('User');
const userResponse = z.object({ user: adminUserSchema });

@ApiTags('users')
@Controller('users')
export class UserAdminController {
  constructor(private readonly admin: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: 'List all accounts' })
  @ApiZodResponse(200, 'Every account, deactivated ones included (admins only)', z.object({ users: z.array(adminUserSchema) }))
  @ApiErrors(401, 403)
  async list(@CurrentActor() actor: Actor) {
    return { users: (await this.admin.list(actor)).map(toAdminUser) };
  }

  @Post(':id/deactivate')
  @ApiOperation({ summary: 'Deactivate an account' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Account deactivated: it cannot log in, its sessions, tokens and open connections end (admins only)', userResponse)
  @ApiErrors(401, 403, 404, 409)
  async deactivate(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { user: toAdminUser(await this.admin.deactivate(actor, id)) };
  }

  @Post(':id/reactivate')
  @ApiOperation({ summary: 'Reactivate an account' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Account reactivated: the person can log in again (admins only)', userResponse)
  @ApiErrors(401, 403, 404)
  async reactivate(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { user: toAdminUser(await this.admin.reactivate(actor, id)) };
  }
}
