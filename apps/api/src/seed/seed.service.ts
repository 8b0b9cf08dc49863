import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { passwordHasher } from '../core/identity/password-hasher';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { LOGGER } from '../core/logging/logging.module';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { PersonAffiliationEntity } from '../modules/person/person-affiliation.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { SpaceMemberEntity } from '../modules/space/space-member.entity';
import { SpaceEntity } from '../modules/space/space.entity';
import { UserEntity } from '../core/identity/user.entity';
import { MinutesProjectionService } from '../modules/minutes/minutes-projection.service';
import { PlanDocumentService } from '../modules/plan/plan-document.service';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoPlan } from './demo-plan';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SPACES } from './demo-data';

/** Demo data once on an empty database (never in production unless asked), then the configured first admin. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.seedDemo) await this.seedDemoIfEmpty();
    if (this.config.admin) await this.ensureAdmin(this.config.admin.email, this.config.admin.password);
  }

  /** An existing account with that email is left untouched, whatever its password or role. */
  async ensureAdmin(email: string, password: string) {
    const users = this.dataSource.getRepository(UserEntity);
    if (await users.exists({ where: { email } })) return;
    await users.insert({ email, name: 'Amministratore', passwordHash: await passwordHasher.hash(password), role: 'admin', locale: 'it' });
    this.logger.info({ email }, 'first administrator created from ADMIN_EMAIL');
  }

  async seedDemoIfEmpty() {
    const seeded = await this.dataSource.transaction(async (tx) => {
      // Serialises concurrent first starts of several instances on one database.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['cantiere:demo-seed']);
      if ((await tx.count(UserEntity)) > 0 || (await tx.count(OrganisationEntity)) > 0) return null;
      const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
      const orgIds = new Map<string, string>();
      for (const { key, ...org } of DEMO_ORGANISATIONS) {
        const saved = await tx.save(
          tx.create(OrganisationEntity, {
            shortName: null,
            runtsNumber: null,
            vatNumber: null,
            address: null,
            email: null,
            website: null,
            phone: null,
            notes: null,
            archivedAt: null,
            ...org,
          }),
        );
        orgIds.set(key, saved.id);
      }
      const personIds = new Map<string, { personId: string; organisationId: string }>();
      for (const p of DEMO_PEOPLE) {
        const user = p.account
          ? await tx.save(
              tx.create(UserEntity, { email: p.email, name: `${p.firstName} ${p.lastName}`, passwordHash, role: p.account, locale: 'it', disabledAt: null }),
            )
          : null;
        const person = await tx.save(
          tx.create(PersonEntity, {
            firstName: p.firstName,
            lastName: p.lastName,
            email: p.email,
            phone: p.phone ?? null,
            notes: null,
            userId: user?.id ?? null,
            erasedAt: null,
            consentLegalBasis: 'public_task',
            consentPurpose: 'Partecipazione al Cantiere Welfare e ai suoi tavoli',
            consentDate: '2026-01-15',
            consentSource: 'Scheda di adesione al Cantiere',
          }),
        );
        const organisationId = orgIds.get(p.organisation)!;
        await tx.insert(PersonAffiliationEntity, { personId: person.id, organisationId, role: p.role, title: p.title });
        personIds.set(p.email, { personId: person.id, organisationId });
      }
      const spaceIds = new Map<string, string>();
      for (const s of DEMO_SPACES) {
        const space = await tx.save(
          tx.create(SpaceEntity, {
            name: s.name,
            description: s.description,
            kind: s.kind,
            parentId: s.parent ? spaceIds.get(s.parent)! : null,
            visibility: s.visibility,
            quorumKind: s.quorum?.kind ?? null,
            quorumValue: s.quorum?.kind === 'majority' ? null : (s.quorum?.value ?? null),
            archivedAt: null,
          }),
        );
        spaceIds.set(s.key, space.id);
        for (const [email, role] of s.members) {
          const rep = personIds.get(email)!;
          await tx.insert(SpaceMemberEntity, { spaceId: space.id, ...rep, role, representation: 'titular', joinedOn: '2026-01-15', leftOn: null });
        }
      }
      const food = DEMO_SPACES.find((sp) => sp.key === 'food')!;
      const facilitatorUser = await tx.findOneBy(UserEntity, { email: food.members[0][0] });
      const minutes = await seedDemoMeetings(
        tx,
        {
          spaceId: spaceIds.get('food')!,
          facilitator: personIds.get(food.members[0][0])!,
          caritas: personIds.get('anna.ricci@caritascremonese.example')!,
          members: food.members.slice(1).map(([email]) => personIds.get(email)!),
        },
        facilitatorUser?.id ?? null,
      );
      const planId = await seedDemoPlan(tx, spaceIds.get('cantiere')!, orgIds, facilitatorUser?.id ?? null);
      this.logger.info({ organisations: DEMO_ORGANISATIONS.length, people: DEMO_PEOPLE.length, spaces: DEMO_SPACES.length }, 'demo data seeded');
      return { minutes, planId, facilitatorUserId: facilitatorUser?.id ?? null };
    });
    if (!seeded) return;
    // Decisions and actions are rows projected from the minutes, as they would be after a real meeting.
    await this.moduleRef.get(MinutesProjectionService, { strict: false }).projectDoc(seeded.minutes.meetingId, seeded.minutes.ydoc);
    // The plan's live document starts from its rows, as a new plan's does; projecting it then stamps the rows with it.
    const plans = this.moduleRef.get(PlanDocumentService, { strict: false });
    if (seeded.facilitatorUserId) await plans.seedFromRows(seeded.planId, seeded.facilitatorUserId);
    await plans.flush(seeded.planId);
  }
}
