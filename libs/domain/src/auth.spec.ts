import { accountUpdateSchema, emailSchema, invitationCreateSchema, loginRequestSchema, newPasswordSchema } from './auth';

describe('auth schemas', () => {
  it('normalises emails to trimmed lower case and rejects non-emails with a message key', () => {
    expect(emailSchema.parse('  Maria.Rossi@Comune.Cremona.IT ')).toBe('maria.rossi@comune.cremona.it');
    const bad = emailSchema.safeParse('maria.rossi');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe('invalid_email');
  });

  it('wants new passwords of 10 to 200 characters', () => {
    expect(newPasswordSchema.safeParse('123456789').error?.issues[0].message).toBe('password_too_short');
    expect(newPasswordSchema.safeParse('x'.repeat(201)).error?.issues[0].message).toBe('too_long');
    expect(newPasswordSchema.parse('dieci char')).toBe('dieci char');
  });

  it('gives one issue per wrong login field', () => {
    const result = loginRequestSchema.safeParse({ email: 3, password: '' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'password']);
  });

  it('defaults an invitation to the user role and refuses unknown roles', () => {
    expect(invitationCreateSchema.parse({ email: 'a@b.it', name: 'Ada' }).role).toBe('user');
    expect(invitationCreateSchema.safeParse({ email: 'a@b.it', name: 'Ada', role: 'root' }).success).toBe(false);
  });

  it('refuses an empty account update', () => {
    expect(accountUpdateSchema.safeParse({}).error?.issues[0].message).toBe('empty_update');
    expect(accountUpdateSchema.parse({ locale: 'en' })).toEqual({ locale: 'en' });
  });
});
