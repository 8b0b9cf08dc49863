import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { accountRoutes, accountUpdateSchema, passwordChangeSchema, wholePage } from '@cantiere/domain';
import type { AccountUpdate, PasswordChange } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AccountSessionsService } from './account-sessions.service';
import { toUser } from '../../core/identity/user.mapper';
import { UserService } from '../../core/identity/user.service';

@ApiTags('account')
@Controller()
export class AccountController {
  constructor(
    private readonly users: UserService,
    private readonly accountSessions: AccountSessionsService,
  ) {}

  @Route(accountRoutes.update)
  async update(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(accountUpdateSchema)) body: AccountUpdate) {
    return { user: toUser(await this.users.updateAccount(actor, body)) };
  }

  @Route(accountRoutes.changePassword)
  async changePassword(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(passwordChangeSchema)) body: PasswordChange) {
    await this.users.changePassword(actor, body);
  }

  @Route(accountRoutes.sessions)
  async sessions(@CurrentActor() actor: Actor) {
    return wholePage(await this.accountSessions.list(actor));
  }

  @Route(accountRoutes.revokeSession)
  async revokeSession(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Session')) id: string) {
    await this.accountSessions.revoke(actor, id);
  }
}
