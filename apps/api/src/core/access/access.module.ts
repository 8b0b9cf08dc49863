import { Global, Module } from '@nestjs/common';
import { AccessEvents } from './access-events';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

@Global()
@Module({ providers: [AccessRepository, AccessService, AccessEvents], exports: [AccessService, AccessEvents] })
export class AccessModule {}
