import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenService } from './api-token.service';
import { IdentityService } from './identity.service';
import { PasswordResetEntity } from './password-reset.entity';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, ApiTokenEntity, PasswordResetEntity])],
  providers: [SessionService, ApiTokenService, IdentityService, PasswordResetRepository],
  // Reset links live here, beside sessions, because whatever changes a password must void both.
  exports: [SessionService, ApiTokenService, IdentityService, PasswordResetRepository],
})
export class SessionModule {}
