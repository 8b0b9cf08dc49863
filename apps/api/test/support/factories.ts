import crypto from 'node:crypto';
import type { GlobalRole } from '@cantiere/domain';
import { passwordHasher } from '../../src/core/identity/password-hasher';
import { PersonAffiliationEntity } from '../../src/modules/person/person-affiliation.entity';
import { PersonEntity } from '../../src/modules/person/person.entity';
import { UserEntity } from '../../src/core/identity/user.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';

export async function createUser(t: TestApp, overrides: Partial<{ email: string; name: string; role: GlobalRole; password: string; disabled: boolean }> = {}) {
  const repo = t.dataSource.getRepository(UserEntity);
  return repo.save(
    repo.create({
      email: overrides.email ?? `user-${crypto.randomBytes(4).toString('hex')}@example.org`,
      name: overrides.name ?? 'Maria Test',
      role: overrides.role ?? 'user',
      locale: 'it',
      passwordHash: await passwordHasher.hash(overrides.password ?? TEST_PASSWORD),
      disabledAt: overrides.disabled ? new Date() : null,
    }),
  );
}

/** A supertest agent holding the session cookie of a freshly logged-in user. */
export async function loggedInAgent(t: TestApp, role: GlobalRole = 'user') {
  const user = await createUser(t, { role });
  const agent = t.agent();
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, agent };
}

/** An organisation with the given person (created for `user`) as a member, and that user's agent. */
export async function memberOf(t: TestApp, organisationId: string) {
  const { user, agent } = await loggedInAgent(t, 'user');
  const people = t.dataSource.getRepository(PersonEntity);
  const person = await people.save(people.create({ firstName: 'Membro', lastName: user.name, email: user.email, userId: user.id, erasedAt: null }));
  await t.dataSource.getRepository(PersonAffiliationEntity).insert({ personId: person.id, organisationId, role: 'operator', title: null });
  return { user, agent, person };
}
