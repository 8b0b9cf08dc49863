import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UserModule } from '../../modules/user/user.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { SessionModule } from './session.module';

@Module({
  imports: [SessionModule, UserModule],
  controllers: [AuthController],
  providers: [AuthService, PasswordResetService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
