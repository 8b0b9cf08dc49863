import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { NotificationCenter } from '../notification';

/** Documents as notification subjects: followed, and notified about, only by those who may open them (`document.read`). */
@Injectable()
export class DocumentNotifications {
  constructor(center: NotificationCenter, access: AccessService) {
    center.registerSubject('document', async (actor, id) => (await access.allowed(actor, 'document.read', [id])).has(id));
  }
}
