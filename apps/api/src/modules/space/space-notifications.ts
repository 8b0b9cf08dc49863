import { Injectable } from '@nestjs/common';
import { NotificationCenter } from '../notification';
import { SpaceService } from './space.service';

/**
 * Spaces as notification subjects: followed, and notified about, only by those who may see them. Members follow
 * their space by default, and with it what happens inside it (its meetings), until they unfollow it.
 */
@Injectable()
export class SpaceNotifications {
  constructor(center: NotificationCenter, spaces: SpaceService) {
    center.registerSubject(
      'space',
      (actor, id) =>
        spaces.get(actor, id).then(
          () => true,
          () => false,
        ),
      async (id) => ({ personIds: await spaces.activeMemberPersonIds(id) }),
    );
  }
}
