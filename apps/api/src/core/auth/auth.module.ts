import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CurrentSession } from './current-session';
import { PasswordResetService } from './password-reset.service';
import { IdentityModule } from '../identity/identity.module';

@Module({
  imports: [IdentityModule],
  controllers: [AuthController],
  providers: [AuthService, CurrentSession, PasswordResetService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [CurrentSession],
})
export class AuthModule {}
