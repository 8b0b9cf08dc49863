import { z } from 'zod';
import { text } from './text';
import { isValidCodiceFiscale, isValidPartitaIva } from './tax-codes';
import { ORGANISATION_TYPES } from './constants';
import { canSchema, ORGANISATION_RIGHTS } from './permissions';

export const organisationTypeSchema = z.enum(ORGANISATION_TYPES, { message: 'unknown_value' });
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

const optionalText = (max: number) =>
  text()
    .max(max, 'too_long')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const codiceFiscaleSchema = text()
  .toUpperCase()
  .refine((v) => v === '' || isValidCodiceFiscale(v), 'invalid_codice_fiscale')
  .transform((v) => (v === '' ? null : v));

export const partitaIvaSchema = text()
  .transform((v) => v.replace(/^IT/i, ''))
  .refine((v) => v === '' || isValidPartitaIva(v), 'invalid_partita_iva')
  .transform((v) => (v === '' ? null : v));

const optionalEmail = text()
  .toLowerCase()
  .max(254, 'too_long')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'invalid_email')
  .transform((v) => (v === '' ? null : v));

const optionalUrl = text()
  .max(300, 'too_long')
  .refine((v) => v === '' || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(v), 'invalid_url')
  .transform((v) => (v === '' ? null : v));

const optionalPhone = text()
  .max(40, 'too_long')
  .refine((v) => v === '' || /^\+?[0-9 ./()-]{5,}$/.test(v), 'invalid_phone')
  .transform((v) => (v === '' ? null : v));

export const referenceCodeSchema = text().min(1, 'required').max(60, 'too_long');

const organisationFields = z.object({
  name: text().min(2, 'too_short').max(200, 'too_long'),
  shortName: optionalText(60),
  type: organisationTypeSchema,
  fiscalCode: codiceFiscaleSchema.nullable().optional(),
  vatNumber: partitaIvaSchema.nullable().optional(),
  runtsNumber: optionalText(40),
  thematicAreas: z.array(referenceCodeSchema).max(30, 'too_many'),
  comuni: z.array(referenceCodeSchema).max(100, 'too_many'),
  address: optionalText(300),
  website: optionalUrl.nullable().optional(),
  email: optionalEmail.nullable().optional(),
  phone: optionalPhone.nullable().optional(),
  notes: optionalText(5000),
});
export const organisationInputSchema = organisationFields.extend({
  thematicAreas: organisationFields.shape.thematicAreas.default([]),
  comuni: organisationFields.shape.comuni.default([]),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type OrganisationInputParsed = z.output<typeof organisationInputSchema>;

/** Only what is sent changes (no defaults here, or a partial update would wipe lists). */
export const organisationUpdateSchema = organisationFields.partial();
export type OrganisationUpdate = z.input<typeof organisationUpdateSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: organisationTypeSchema,
  fiscalCode: z.string().nullable(),
  vatNumber: z.string().nullable(),
  runtsNumber: z.string().nullable(),
  thematicAreas: z.array(z.string()),
  comuni: z.array(z.string()),
  address: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: canSchema(ORGANISATION_RIGHTS),
});
export type Organisation = z.infer<typeof organisationSchema>;

export { optionalEmail, optionalPhone, optionalText, optionalUrl };
