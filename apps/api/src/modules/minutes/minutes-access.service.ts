import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import type { AccessDecision } from '../../collab';
import { MeetingAccessService, type MeetingView } from '../meeting';

/**
 * Who may write the minutes (`minutes:<meetingId>`): while the meeting runs and until review, the space's members
 * and the officers; in review only the officers (attendees comment and suggest); once approved, nobody.
 */
export function minutesAccess(view: MeetingView): 'read' | 'write' {
  const { meeting, canManage, isMember } = view;
  if (meeting.status !== 'in_progress' && meeting.status !== 'closed') return 'read';
  if (meeting.minutesStatus === 'draft') return canManage || isMember ? 'write' : 'read';
  if (meeting.minutesStatus === 'in_review') return canManage ? 'write' : 'read';
  return 'read';
}

@Injectable()
export class MinutesAccessService {
  constructor(private readonly meetingAccess: MeetingAccessService) {}

  async decide(actor: Actor, meetingId: string): Promise<AccessDecision> {
    try {
      return minutesAccess(await this.meetingAccess.view(actor, meetingId));
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') return 'not_found';
      throw err;
    }
  }
}
