import { Global, Module } from '@nestjs/common';
import { IdentityModule } from '../core/identity/identity.module';
import { CollabAccess } from './collab-access';
import { CollabFanout } from './collab-fanout';
import { CollabSequencer } from './collab-sequencer';
import { CollabSocketRights } from './collab-socket-rights';
import { CollabStore } from './collab-store';
import { CollabGateway } from './collab.gateway';
import { DocumentRegistry } from './document-registry';
import { DocumentUpgrades } from './document-upgrades';
import { CollabCompactor } from './collab-compactor';

/** The collaboration engine; modules that own a kind of document register its access rules with CollabAccess. */
@Global()
@Module({
  imports: [IdentityModule],
  providers: [CollabCompactor, CollabStore, DocumentUpgrades, DocumentRegistry, CollabAccess, CollabFanout, CollabSocketRights, CollabSequencer, CollabGateway],
  exports: [CollabStore, DocumentUpgrades, DocumentRegistry, CollabAccess, CollabGateway],
})
export class CollabModule {}
