import type { AdminUser, User } from '@cantiere/domain';
import type { UserEntity } from './user.entity';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    locale: entity.locale,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toAdminUser(entity: UserEntity): AdminUser {
  return { ...toUser(entity), disabledAt: entity.disabledAt?.toISOString() ?? null };
}
