import { Injectable } from '@nestjs/common';
import { NotificationCenter } from '../notification';
import { DocumentAccessService } from './document-access.service';

/** Documents as notification subjects: followed, and notified about, only by those who may open them. */
@Injectable()
export class DocumentNotifications {
  constructor(center: NotificationCenter, access: DocumentAccessService) {
    center.registerSubject('document', async (actor, id) => (await access.decide(actor, id)) !== 'not_found');
  }
}
