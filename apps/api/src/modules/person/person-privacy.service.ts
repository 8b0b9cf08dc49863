import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AccessEvents } from '../../core/access/access-events';
import { AccessService } from '../../core/access/access.service';
import { ApiTokenEntity } from '../../core/identity/api-token.entity';
import type { Actor } from '../../core/auth/actor';
import { SessionEntity } from '../../core/identity/session.entity';
import { AppError } from '../../core/errors/app-error';
import { FrozenRecordService } from '../../core/records/frozen-record.service';
import { AuditService } from '../audit';
import { InvitationEntity } from '../invitation/invitation.entity';
import { SpaceMemberEntity } from '../space/space-member.entity';
import { UserEntity } from '../../core/identity/user.entity';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

/** The data subject's rights (GDPR arts. 15, 17, 20): export everything held, or erase it. Admin only, logged. */
@Injectable()
export class PersonPrivacyService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly accessEvents: AccessEvents,
    private readonly records: FrozenRecordService,
  ) {}

  async export(actor: Actor, id: string) {
    this.access.requireAdmin(actor);
    const person = await this.ds.getRepository(PersonEntity).findOne({ where: { id } });
    if (!person) throw AppError.notFound('Person');
    const affiliations = await this.ds.getRepository(PersonAffiliationEntity).find({ where: { personId: id }, relations: { organisation: true } });
    const memberships = await this.ds.getRepository(SpaceMemberEntity).find({ where: { personId: id }, relations: { space: true, organisation: true } });
    const account = person.userId ? await this.ds.getRepository(UserEntity).findOne({ where: { id: person.userId } }) : null;
    const trail = await this.audit.forEntity('person', id);
    await this.audit.record(actor, 'person.export', 'person', id);
    return {
      exportedAt: new Date().toISOString(),
      person: {
        id: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        phone: person.phone,
        notes: person.notes,
        contactsPublic: person.contactsPublic,
        consent: { legalBasis: person.consentLegalBasis, purpose: person.consentPurpose, date: person.consentDate, source: person.consentSource },
        createdAt: person.createdAt.toISOString(),
        updatedAt: person.updatedAt.toISOString(),
        erasedAt: person.erasedAt?.toISOString() ?? null,
      },
      affiliations: affiliations.map((a) => ({ organisation: a.organisation?.name, role: a.role, title: a.title })),
      spaceMemberships: memberships.map((m) => ({ space: m.space?.name, organisation: m.organisation?.name, role: m.role, representation: m.representation, joinedOn: m.joinedOn, leftOn: m.leftOn })),
      account: account ? { email: account.email, name: account.name, role: account.role, locale: account.locale, createdAt: account.createdAt.toISOString() } : null,
      processingLog: trail.map((e) => ({ at: e.at.toISOString(), action: e.action })),
    };
  }

  /**
   * Anonymises the person everywhere: name replaced, contacts, notes and consent removed, account closed.
   * The row, its affiliations and memberships stay, so minutes, votes and attendance keep adding up. Sealed records
   * (approved minutes) are public administrative records kept under a legal obligation (GDPR art. 6(1)(c) and (e),
   * art. 17(3)(b)): they keep the name as approved, and the erasure's log entry lists them.
   */
  async erase(actor: Actor, id: string): Promise<PersonEntity> {
    this.access.requireAdmin(actor);
    const erased = await this.ds.transaction(async (tx) => {
      const person = await tx.findOne(PersonEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw AppError.notFound('Person');
      if (person.erasedAt) throw new AppError('conflict', 'This person\'s data was already erased');
      const now = new Date();
      await tx.update(PersonEntity, id, {
        firstName: 'Persona',
        lastName: `cancellata ${id.slice(0, 8)}`,
        email: null,
        phone: null,
        notes: null,
        consentLegalBasis: null,
        consentPurpose: null,
        consentDate: null,
        consentSource: null,
        contactsPublic: false,
        erasedAt: now,
      });
      await tx.update(PersonAffiliationEntity, { personId: id }, { title: null });
      await tx.update(InvitationEntity, { personId: id }, { email: `erased-${id}@invalid`, name: 'Persona cancellata', revokedAt: now });
      if (person.userId) {
        await tx.update(UserEntity, person.userId, { email: `erased-${person.userId}@invalid`, name: 'Persona cancellata', passwordHash: null, disabledAt: now });
        await tx.update(SessionEntity, { userId: person.userId }, { revokedAt: now, userAgent: null, ip: null });
        await tx.update(ApiTokenEntity, { userId: person.userId, revokedAt: IsNull() }, { revokedAt: now });
      }
      const kept = await this.records.naming(id);
      await this.audit.record(actor, 'person.erase', 'person', id, { sealedRecordsKept: kept.map((r) => ({ kind: r.kind, subjectId: r.subjectId, version: r.version })) }, tx);
      return (await tx.findOne(PersonEntity, { where: { id } }))!;
    });
    // After the commit: the account's open sockets re-check and find their session or token ended.
    if (erased.userId) await this.accessEvents.changed({ subject: { userId: erased.userId }, reason: 'person_erased' });
    return erased;
  }
}
