import { Global, Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { RealtimeServer } from './realtime.server';

/** The process's socket.io server, shared by every live feature (each registers its own namespace). */
@Global()
@Module({
  imports: [IdentityModule],
  providers: [RealtimeServer],
  exports: [RealtimeServer],
})
export class RealtimeModule {}
