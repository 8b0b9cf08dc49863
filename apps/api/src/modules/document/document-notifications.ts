import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { NotificationCenter } from '../notification';

/**
 * Documents as notification subjects: followed, and notified about, only by those who may open them (`document.read`).
 * Whoever writes in a document follows it from then on, unless they unfollow it.
 */
@Injectable()
export class DocumentNotifications {
  constructor(
    private readonly center: NotificationCenter,
    access: AccessService,
  ) {
    center.registerSubject('document', async (actor, id) => (await access.allowed(actor, 'document.read', [id])).has(id));
  }

  /** The accounts that wrote in the document (told by its live document's commits) follow it by default. */
  editorsWrote(documentId: string, userIds: string[]): Promise<void> {
    return this.center.followByDefault(userIds, { type: 'document', id: documentId });
  }
}
