import type { Organisation } from '@cantiere/domain';
import type { OrganisationEntity } from './organisation.entity';

export function toOrganisation(e: OrganisationEntity, can: Organisation['can']): Organisation {
  return {
    id: e.id,
    name: e.name,
    shortName: e.shortName,
    type: e.type,
    fiscalCode: e.fiscalCode,
    vatNumber: e.vatNumber,
    runtsNumber: e.runtsNumber,
    thematicAreas: e.thematicAreas,
    comuni: e.comuni,
    address: e.address,
    website: e.website,
    email: e.email,
    phone: e.phone,
    notes: e.notes,
    archivedAt: e.archivedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    can,
  };
}

/** Column order of the CSV export, which the importer reads back. */
export const ORGANISATION_CSV_HEADER = [
  'nome',
  'sigla',
  'tipo',
  'codice_fiscale',
  'partita_iva',
  'numero_runts',
  'aree_tematiche',
  'comuni',
  'indirizzo',
  'sito_web',
  'email',
  'telefono',
  'note',
];

export function toOrganisationCsvRow(e: OrganisationEntity): (string | null)[] {
  return [
    e.name,
    e.shortName,
    e.type,
    e.fiscalCode,
    e.vatNumber,
    e.runtsNumber,
    e.thematicAreas.join('|'),
    e.comuni.join('|'),
    e.address,
    e.website,
    e.email,
    e.phone,
    e.notes,
  ];
}
