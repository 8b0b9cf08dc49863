import { z } from 'zod';
import { calendarDate, text } from './text';
import { optionalEmail, optionalPhone, optionalText } from './organisation';
import { AFFILIATION_ROLES, LEGAL_BASES } from './constants';
import { canSchema, PERSON_RIGHTS } from './permissions';

export const affiliationRoleSchema = z.enum(AFFILIATION_ROLES, { message: 'unknown_value' });
export type AffiliationRole = z.infer<typeof affiliationRoleSchema>;

export const legalBasisSchema = z.enum(LEGAL_BASES, { message: 'unknown_value' });
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const affiliationInputSchema = z.object({
  organisationId: z.uuid({ message: 'invalid_id' }),
  role: affiliationRoleSchema,
  title: optionalText(120),
});
export type AffiliationInput = z.input<typeof affiliationInputSchema>;

export const contactConsentSchema = z.object({
  legalBasis: legalBasisSchema,
  purpose: text().min(3, 'too_short').max(500, 'too_long'),
  date: calendarDate(),
  source: text().min(2, 'too_short').max(200, 'too_long'),
});
export type ContactConsent = z.infer<typeof contactConsentSchema>;

const personFields = z.object({
  firstName: text().min(1, 'required').max(60, 'too_long'),
  lastName: text().min(1, 'required').max(60, 'too_long'),
  email: optionalEmail.nullable().optional(),
  phone: optionalPhone.nullable().optional(),
  notes: optionalText(5000),
  affiliations: z.array(affiliationInputSchema).max(20, 'too_many'),
  consent: contactConsentSchema.nullable().optional(),
  /** The person's own choice to show email and phone to the whole network; only they or an administrator change it. */
  contactsPublic: z.boolean({ message: 'invalid_type' }).optional(),
});
export const personInputSchema = personFields.extend({ affiliations: personFields.shape.affiliations.default([]) });
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonInputParsed = z.output<typeof personInputSchema>;

export const personUpdateSchema = personFields.partial();
export type PersonUpdate = z.input<typeof personUpdateSchema>;

export const affiliationSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: affiliationRoleSchema,
  title: z.string().nullable(),
});
export type Affiliation = z.infer<typeof affiliationSchema>;

export const personSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  fullName: z.string(),
  /** Null when the person has none, or when the caller may not see it (then `contactsHidden` is true). */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /**
   * Contacts are shown to administrators, the person's own organisations, the facilitators of their spaces and, if
   * the person chose so, to everyone (GDPR art. 5, data minimisation).
   */
  contactsHidden: z.boolean(),
  contactsPublic: z.boolean(),
  notes: z.string().nullable(),
  affiliations: z.array(affiliationSchema),
  consent: contactConsentSchema.nullable(),
  userId: z.uuid().nullable(),
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The caller's rights: change this contact (admins, self, members of one of its organisations), see its contacts. */
  can: canSchema(PERSON_RIGHTS),
});
export type Person = z.infer<typeof personSchema>;
