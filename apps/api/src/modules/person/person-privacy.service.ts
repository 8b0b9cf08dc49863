import { Injectable } from '@nestjs/common';
import { AccessEvents } from '../../core/access/access-events';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { MailQueue } from '../../core/mail/mail-queue.service';
import { FrozenRecordService } from '../../core/records/frozen-record.service';
import { AuditService } from '../audit';
import { InvitationService } from '../invitation';
import { UserService } from '../../core/identity/user.service';
import type { PersonEntity } from './person.entity';
import { PersonPrivacyRepository } from './person-privacy.repository';

/** The data subject's rights (GDPR arts. 15, 17, 20): export everything held, or erase it. Admin only, logged. */
@Injectable()
export class PersonPrivacyService {
  constructor(
    private readonly rows: PersonPrivacyRepository,
    private readonly users: UserService,
    private readonly invitations: InvitationService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly accessEvents: AccessEvents,
    private readonly records: FrozenRecordService,
    private readonly mail: MailQueue,
  ) {}

  async export(actor: Actor, id: string) {
    this.access.requireAdmin(actor);
    const held = await this.rows.holdings(id);
    if (!held) throw AppError.notFound('Person');
    const { person, affiliations, memberships } = held;
    const account = person.userId ? await this.users.findById(person.userId) : null;
    const trail = await this.audit.forEntity('person', id);
    await this.audit.record({ actor, action: 'person.export', entity: 'person', entityId: id });
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
      spaceMemberships: memberships.map((m) => ({
        space: m.space?.name,
        organisation: m.organisation?.name,
        role: m.role,
        representation: m.representation,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
      })),
      account: account
        ? { email: account.email, name: account.name, role: account.role, locale: account.locale, createdAt: account.createdAt.toISOString() }
        : null,
      processingLog: trail.map((e) => ({ at: e.at.toISOString(), action: e.action })),
    };
  }

  /**
   * Anonymises the person everywhere: name replaced, contacts, notes and consent removed, account closed, the mails
   * to them stripped of their address and name.
   * The row, its affiliations and memberships stay, so minutes, votes and attendance keep adding up. Sealed records
   * (approved minutes) are public administrative records kept under a legal obligation (GDPR art. 6(1)(c) and (e),
   * art. 17(3)(b)): they keep the name as approved, and the erasure's log entry lists them.
   */
  async erase(actor: Actor, id: string): Promise<PersonEntity> {
    this.access.requireAdmin(actor);
    const erased = await this.rows.erase(
      id,
      (person) => {
        if (!person) throw AppError.notFound('Person');
        if (person.erasedAt) throw new AppError('conflict', "This person's data was already erased");
        return person;
      },
      async (person, now) => {
        await this.invitations.eraseFor(id, now);
        // The mails sent or due to the person's addresses keep their outcome for the facilitator, not the addresses.
        const account = person.userId ? await this.users.findById(person.userId) : null;
        await this.mail.forgetRecipient([person.email, account?.email].filter((e): e is string => !!e));
        if (person.userId) await this.users.eraseAccount(person.userId, now);
        const kept = await this.records.naming(id);
        // The trail keeps which fields changed and when, but not the values the person asked to have erased.
        await this.audit.forgetValues('person', id);
        if (person.userId) await this.audit.forgetValues('user', person.userId);
        await this.audit.record({
          actor,
          action: 'person.erase',
          entity: 'person',
          entityId: id,
          details: { sealedRecordsKept: kept.map((r) => ({ kind: r.kind, subjectId: r.subjectId, version: r.version })) },
        });
      },
    );
    // After the commit: the account's open sockets re-check and find their session or token ended.
    if (erased.userId) await this.accessEvents.changed({ subject: { userId: erased.userId }, reason: 'person_erased' });
    return erased;
  }
}
