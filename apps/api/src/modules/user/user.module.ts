import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionModule } from '../../core/auth/session.module';
import { AccountController } from './account.controller';
import { ApiTokenController } from './api-token.controller';
import { AccountSessionsService } from './account-sessions.service';
import { UserAdminController } from './user-admin.controller';
import { UserAdminService } from './user-admin.service';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), SessionModule],
  controllers: [AccountController, ApiTokenController, UserAdminController],
  providers: [UserService, AccountSessionsService, UserAdminService],
  exports: [UserService],
})
export class UserModule {}
