import { Global, Module } from '@nestjs/common';
import { IdentityModule } from '../core/identity/identity.module';
import { RealtimeModule } from '../core/realtime/realtime.module';
import { CollabAccess } from './collab-access';
import { CollabDocuments } from './collab-documents';
import { CollabFanout } from './collab-fanout';
import { CollabSequencer } from './collab-sequencer';
import { CollabSocketRights } from './collab-socket-rights';
import { CollabStore } from './collab-store';
import { CollabGateway } from './collab.gateway';
import { DocumentKinds } from './document-kinds';
import { DocumentRegistry } from './document-registry';
import { DocumentUpgrades } from './document-upgrades';
import { CollabCompactor } from './collab-compactor';

/** The collaboration engine; modules that own a kind of document register it with CollabDocuments, their one way in. */
@Global()
@Module({
  imports: [IdentityModule, RealtimeModule],
  providers: [
    DocumentKinds,
    CollabCompactor,
    CollabStore,
    DocumentUpgrades,
    DocumentRegistry,
    CollabAccess,
    CollabFanout,
    CollabSocketRights,
    CollabSequencer,
    CollabGateway,
    CollabDocuments,
  ],
  exports: [CollabDocuments],
})
export class CollabModule {}
