import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import type { AccessDecision } from '../../collab';
import { AttendanceService } from '../attendance';
import { MeetingAccessService } from '../meeting';

/**
 * Who may write the minutes (`minutes:<meetingId>`), registered as `minutes.write`: while the meeting runs and until
 * review, the space's members and the officers; in review only the officers (attendees comment and suggest); once
 * approved, nobody. The collaborative kind's access asks the same rule.
 */
@Injectable()
export class MinutesAccessService implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly attendance: AttendanceService,
  ) {}

  onModuleInit() {
    this.access.register('minutes.write', {
      denied: 'The minutes cannot be changed by you now',
      decide: async (actor, ids) => {
        const facts = (await this.meetingAccess.facts(ids)).filter((f) => f.status === 'in_progress' || f.status === 'closed');
        const [managed, members] = await Promise.all([
          this.access.allowed(
            actor,
            'meeting.manage',
            facts.map((f) => f.id),
          ),
          this.access.allowed(
            actor,
            'space.contribute',
            facts.map((f) => f.spaceId),
          ),
        ]);
        const writes = (f: (typeof facts)[number]) =>
          f.minutesStatus === 'draft' ? managed.has(f.id) || members.has(f.spaceId) : f.minutesStatus === 'in_review' && managed.has(f.id);
        return new Set(facts.filter(writes).map((f) => f.id));
      },
    });
    this.registerRemarks();
  }

  /** `minutes.remark`: of the meetings the caller sees, those they run, whose space they contribute to, or attend. */
  private registerRemarks() {
    this.access.register('minutes.remark', {
      denied: 'Only attendees and members of the space can comment on the minutes',
      decide: async (actor, ids) => {
        const facts = await this.meetingAccess.facts(ids);
        const meetingIds = facts.map((f) => f.id);
        const spaceIds = facts.map((f) => f.spaceId);
        const personId = await this.access.personId(actor);
        const [readable, managed, members, registered] = await Promise.all([
          this.access.allowed(actor, 'space.read', spaceIds),
          this.access.allowed(actor, 'meeting.manage', meetingIds),
          this.access.allowed(actor, 'space.contribute', spaceIds),
          personId ? this.attendance.registeredAmong(personId, meetingIds) : new Set<string>(),
        ]);
        const remarks = (f: (typeof facts)[number]) => readable.has(f.spaceId) && (managed.has(f.id) || members.has(f.spaceId) || registered.has(f.id));
        return new Set(facts.filter(remarks).map((f) => f.id));
      },
    });
  }

  async decide(actor: Actor, meetingId: string): Promise<AccessDecision> {
    if (!(await this.access.allowed(actor, 'meeting.read', [meetingId])).has(meetingId)) return 'not_found';
    return (await this.access.allowed(actor, 'minutes.write', [meetingId])).has(meetingId) ? 'write' : 'read';
  }
}
