import { z } from 'zod';

/** Kinds of body that sit at the table: public bodies, third-sector organisations and social partners. */
export const ORGANISATION_TYPES = [
  'comune',
  'ats',
  'asst',
  'school',
  'cooperativa_sociale',
  'aps',
  'odv',
  'fondazione',
  'impresa_sociale',
  'union',
  'trade_association',
  'parish_caritas',
  'other',
] as const;
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;
