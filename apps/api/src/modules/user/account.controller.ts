import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { accountUpdateSchema, passwordChangeSchema, sessionSchema, userResponseSchema } from '@cantiere/domain';
import type { AccountUpdate, PasswordChange } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AccountSessionsService } from './account-sessions.service';
import { toUser } from '../../core/identity/user.mapper';
import { UserService } from '../../core/identity/user.service';

@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly users: UserService,
    private readonly accountSessions: AccountSessionsService,
  ) {}

  @Patch()
  @ApiOperation({ summary: 'Update my account' })
  @ApiZodBody(accountUpdateSchema)
  @ApiZodResponse(200, 'The updated account', userResponseSchema)
  @ApiErrors(400, 401, 403)
  async update(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(accountUpdateSchema)) body: AccountUpdate) {
    return { user: toUser(await this.users.updateAccount(actor, body)) };
  }

  @Post('password')
  @ApiOperation({ summary: 'Change my password' })
  @HttpCode(204)
  @ApiZodBody(passwordChangeSchema)
  @ApiZodResponse(204, 'Password changed; every other session is ended')
  @ApiErrors(400, 401, 403)
  async changePassword(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(passwordChangeSchema)) body: PasswordChange) {
    await this.users.changePassword(actor, body);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'List my sessions' })
  @ApiZodResponse(200, 'Active sessions of the account', z.object({ sessions: z.array(sessionSchema) }))
  @ApiErrors(401)
  async sessions(@CurrentActor() actor: Actor) {
    return { sessions: await this.accountSessions.list(actor) };
  }

  @Delete('sessions/:id')
  @ApiOperation({ summary: 'End one of my sessions' })
  @HttpCode(204)
  @ApiZodResponse(204, 'Session ended')
  @ApiErrors(401, 403, 404)
  async revokeSession(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Session')) id: string) {
    await this.accountSessions.revoke(actor, id);
  }
}
