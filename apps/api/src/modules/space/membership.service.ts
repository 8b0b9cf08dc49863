import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { FieldIssue, membershipInputSchema, MembershipUpdate } from '@cantiere/domain';
import type { z } from 'zod';
import { AccessEvents } from '../../core/access/access-events';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { mapUniqueViolation } from '../../core/database/unique-violation';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields, pick } from '../audit';
import { PersonService } from '../person';
import { SpaceMemberEntity } from './space-member.entity';
import { SpaceService } from './space.service';

type MembershipInput = z.output<typeof membershipInputSchema>;
const alreadyMember = () => new AppError('conflict', 'This person is already a member of the space', [{ path: 'personId', message: 'already_member' }]);
const ACTIVE_MEMBER_FIELD = { space_members_active_person_key: 'personId' };
const MEMBER_FIELDS = ['spaceId', 'organisationId', 'personId', 'role', 'representation', 'joinedOn'] as const;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/** Who represents which organisation in a space. Admins and the space's facilitators manage it. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectRepository(SpaceMemberEntity) private readonly members: Repository<SpaceMemberEntity>,
    private readonly people: PersonService,
    private readonly spaces: SpaceService,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, spaceId: string, includePast: boolean): Promise<SpaceMemberEntity[]> {
    await this.spaces.get(actor, spaceId);
    const rows = await this.members.find({
      where: includePast ? { spaceId } : { spaceId, leftOn: IsNull() },
      relations: { organisation: true, person: true },
    });
    const rank = { facilitator: 0, member: 1, observer: 2 };
    return rows.sort(
      (a, b) =>
        rank[a.role] - rank[b.role] ||
        a.organisation!.name.localeCompare(b.organisation!.name, 'it') ||
        a.person!.lastName.localeCompare(b.person!.lastName, 'it'),
    );
  }

  /** A representative must belong to the organisation they represent, and sits in a space once at a time. */
  async add(actor: Actor, spaceId: string, input: MembershipInput): Promise<SpaceMemberEntity> {
    const { entity: space } = await this.spaces.get(actor, spaceId);
    await this.access.require(actor, 'space.manage', [spaceId]);
    if (space.archivedAt) throw new AppError('conflict', 'The space is archived');
    const issues: FieldIssue[] = [];
    const issue = await this.people.representationIssue(input.personId, input.organisationId);
    if (issue) issues.push({ path: 'personId', message: issue });
    if (issues.length) throw AppError.validation(issues, 'The person must belong to the organisation they represent');
    if (await this.members.exists({ where: { spaceId, personId: input.personId, leftOn: IsNull() } })) throw alreadyMember();
    const saved = await this.audit.change(
      () =>
        mapUniqueViolation(
          () => this.members.save(this.members.create({ spaceId, ...input, joinedOn: input.joinedOn ?? today(), leftOn: null })),
          ACTIVE_MEMBER_FIELD,
        ),
      (row) => ({ actor, action: 'membership.add', entity: 'space_member', entityId: row.id, after: pick(row, MEMBER_FIELDS) }),
    );
    return this.changed(await this.one(spaceId, saved.id));
  }

  async update(actor: Actor, spaceId: string, memberId: string, changes: z.output<z.ZodType<MembershipUpdate>>): Promise<SpaceMemberEntity> {
    await this.spaces.get(actor, spaceId);
    await this.access.require(actor, 'space.manage', [spaceId]);
    const member = await this.one(spaceId, memberId);
    if (changes.leftOn && changes.leftOn < member.joinedOn) throw AppError.validation([{ path: 'leftOn', message: 'before_join_date' }]);
    // Reactivating a past membership: the person may meanwhile sit in the space through another one.
    const reactivates = changes.leftOn === null && member.leftOn !== null;
    if (reactivates && (await this.members.exists({ where: { spaceId, personId: member.personId, leftOn: IsNull() } }))) throw alreadyMember();
    await this.audit.change(
      () => mapUniqueViolation(() => this.members.update(member.id, changes), ACTIVE_MEMBER_FIELD),
      () => ({ actor, action: 'membership.update', entity: 'space_member', entityId: member.id, ...changedFields(member, changes) }),
    );
    return this.changed(await this.one(spaceId, memberId));
  }

  /** Leaving keeps the row with its dates: the history of who sat at the table stays. */
  async leave(actor: Actor, spaceId: string, memberId: string): Promise<SpaceMemberEntity> {
    await this.spaces.get(actor, spaceId);
    await this.access.require(actor, 'space.manage', [spaceId]);
    const member = await this.one(spaceId, memberId);
    if (member.leftOn) throw new AppError('conflict', 'This representative already left the space');
    const leftOn = today() < member.joinedOn ? member.joinedOn : today();
    await this.audit.change(
      () => this.members.update(member.id, { leftOn }),
      () => ({ actor, action: 'membership.leave', entity: 'space_member', entityId: member.id, ...changedFields(member, { leftOn }) }),
    );
    return this.changed(await this.one(spaceId, memberId));
  }

  /** A membership moves its person's rights: their open documents and meetings are judged again. */
  private async changed(member: SpaceMemberEntity): Promise<SpaceMemberEntity> {
    if (member.person?.userId) await this.accessEvents.changed({ subject: { userId: member.person.userId }, reason: 'membership_changed' });
    return member;
  }

  private async one(spaceId: string, id: string): Promise<SpaceMemberEntity> {
    const member = await this.members.findOne({ where: { id, spaceId }, relations: { organisation: true, person: true } });
    if (!member) throw AppError.notFound('Membership');
    return member;
  }
}
