import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();
  it('names columns and join columns in snake_case', () => {
    expect(naming.columnName('passwordHash', undefined, [])).toBe('password_hash');
    expect(naming.columnName('lastSeenAt', undefined, [])).toBe('last_seen_at');
    expect(naming.columnName('id', undefined, ['invitedBy'])).toBe('invited_by_id');
    expect(naming.joinColumnName('organisation', 'id')).toBe('organisation_id');
  });
  it('keeps an explicit table name, derives one otherwise', () => {
    expect(naming.tableName('UserEntity', 'users')).toBe('users');
    expect(naming.tableName('AgendaItemEntity', undefined)).toBe('agenda_item');
  });
});
