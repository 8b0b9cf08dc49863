import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenService } from './api-token.service';
import { IdentityService } from './identity.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, ApiTokenEntity])],
  providers: [SessionService, ApiTokenService, IdentityService],
  exports: [SessionService, ApiTokenService, IdentityService],
})
export class SessionModule {}
