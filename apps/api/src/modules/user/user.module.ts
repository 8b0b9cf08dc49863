import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module';
import { AccountController } from './account.controller';
import { ApiTokenController } from './api-token.controller';
import { AccountSessionsService } from './account-sessions.service';
import { UserAdminController } from './user-admin.controller';
import { UserAdminService } from './user-admin.service';

/** The account screens and user administration; the accounts themselves belong to core/identity. */
@Module({
  imports: [IdentityModule],
  controllers: [AccountController, ApiTokenController, UserAdminController],
  providers: [AccountSessionsService, UserAdminService],
})
export class UserModule {}
