import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserModule } from '../../modules/user/user.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordResetEntity } from './password-reset.entity';
import { PasswordResetService } from './password-reset.service';
import { SessionModule } from './session.module';

@Module({
  imports: [TypeOrmModule.forFeature([PasswordResetEntity]), SessionModule, UserModule],
  controllers: [AuthController],
  providers: [AuthService, PasswordResetService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
