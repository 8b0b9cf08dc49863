import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenService } from './api-token.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityService } from './identity.service';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionService } from './session.service';
import { UserService } from './user.service';

/** Accounts and the credentials that stand for them: in core, because authentication and every module rely on them. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [UserService, SessionService, ApiTokenService, IdentityService, PasswordResetRepository],
  // Reset links live here, beside sessions, because whatever changes a password must void both.
  exports: [UserService, SessionService, ApiTokenService, IdentityService, PasswordResetRepository],
})
export class IdentityModule {}
