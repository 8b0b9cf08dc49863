import type { Person } from '@cantiere/domain';
import type { PersonEntity } from './person.entity';
import type { PersonView } from './person.service';

/**
 * Consent and notes are for those who may edit the contact; email and phone for those the contact rules let see
 * them; name, organisations and roles for the whole network.
 */
export function toPerson({ entity: e, can }: PersonView): Person {
  const canEdit = can['person.edit'];
  const contactsVisible = can['person.contact.read'];
  const consent =
    canEdit && e.consentLegalBasis && e.consentPurpose && e.consentDate && e.consentSource
      ? { legalBasis: e.consentLegalBasis, purpose: e.consentPurpose, date: e.consentDate, source: e.consentSource }
      : null;
  return {
    id: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    fullName: `${e.firstName} ${e.lastName}`,
    email: contactsVisible ? e.email : null,
    phone: contactsVisible ? e.phone : null,
    contactsHidden: !contactsVisible,
    contactsPublic: e.contactsPublic,
    notes: canEdit ? e.notes : null,
    affiliations: (e.affiliations ?? []).map((a) => ({
      organisationId: a.organisationId,
      organisationName: a.organisation?.name ?? '',
      role: a.role,
      title: a.title,
    })),
    consent,
    userId: e.userId,
    erasedAt: e.erasedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    can,
  };
}

export const PERSON_CSV_HEADER = ['nome', 'cognome', 'email', 'telefono', 'organizzazione', 'ruolo', 'qualifica'];

/** One line per affiliation (a person with no organisation gets one line with empty organisation columns). */
export function toPersonCsvRows(e: PersonEntity): (string | null)[][] {
  const base = [e.firstName, e.lastName, e.email, e.phone];
  const affiliations = e.affiliations ?? [];
  if (affiliations.length === 0) return [[...base, null, null, null]];
  return affiliations.map((a) => [...base, a.organisation?.name ?? null, a.role, a.title]);
}
