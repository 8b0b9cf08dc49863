import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { passwordHasher } from '../core/auth/password-hasher';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { LOGGER } from '../core/logging/logging.module';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { UserEntity } from '../modules/user/user.entity';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';

/** Demo data once on an empty database (never in production unless asked), then the configured first admin. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
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
    await this.dataSource.transaction(async (tx) => {
      // Serialises concurrent first starts of several instances on one database.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['cantiere:demo-seed']);
      if ((await tx.count(UserEntity)) > 0 || (await tx.count(OrganisationEntity)) > 0) return;
      const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
      const orgIds = new Map<string, string>();
      for (const org of DEMO_ORGANISATIONS) {
        const saved = await tx.save(
          tx.create(OrganisationEntity, {
            name: org.name,
            shortName: org.shortName ?? null,
            type: org.type,
            comune: org.comune,
            email: org.email ?? null,
            website: org.website ?? null,
          }),
        );
        orgIds.set(org.key, saved.id);
      }
      for (const person of DEMO_PEOPLE) {
        const user = person.account
          ? await tx.save(tx.create(UserEntity, { email: person.email, name: person.fullName, passwordHash, role: person.account, locale: 'it', disabledAt: null }))
          : null;
        await tx.save(
          tx.create(PersonEntity, {
            fullName: person.fullName,
            email: person.email,
            phone: person.phone ?? null,
            organisationId: orgIds.get(person.organisation) ?? null,
            roleTitle: person.roleTitle,
            userId: user?.id ?? null,
          }),
        );
      }
      this.logger.info({ organisations: DEMO_ORGANISATIONS.length, people: DEMO_PEOPLE.length }, 'demo data seeded');
    });
  }
}
