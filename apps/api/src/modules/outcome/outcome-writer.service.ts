import { Injectable } from '@nestjs/common';
import { OutcomeNotificationsService } from './outcome-notifications.service';
import { OutcomeRepository, type ActionRecord, type DecisionRecord } from './outcome.repository';

/**
 * What the minutes projection writes: a meeting's decisions and actions, replaced inside the projection's own
 * transaction (`tx`), so that the rows and the section texts always come from the same version of the minutes.
 */
@Injectable()
export class OutcomeWriter {
  constructor(
    private readonly rows: OutcomeRepository,
    private readonly notifications: OutcomeNotificationsService,
  ) {}

  async replaceForMeeting(meetingId: string, spaceId: string, decisions: DecisionRecord[], actions: ActionRecord[]): Promise<void> {
    await this.rows.replaceForMeeting(meetingId, spaceId, decisions, actions);
    await this.notifications.actionsProjected(meetingId, actions);
  }
}
