import { Injectable } from '@nestjs/common';
import { AFFILIATION_ROLES, LEGAL_BASES, contactConsentSchema, personInputSchema } from '@cantiere/domain';
import type { AffiliationRole, ImportReport, ImportRow, LegalBasis } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { normaliseHeader, readCsv } from '../../core/csv/csv-reader';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../audit';
import { OrganisationService } from '../organisation';
import { PersonRepository } from './person.repository';

const HEADER_ALIASES: Record<string, string> = {
  nome: 'first_name',
  cognome: 'last_name',
  telefono: 'phone',
  organizzazione: 'organisation',
  ente: 'organisation',
  ruolo: 'role',
  qualifica: 'title',
  base_giuridica: 'legal_basis',
  finalita: 'consent_purpose',
  data_consenso: 'consent_date',
  fonte: 'consent_source',
  fonte_consenso: 'consent_source',
};
const ROLE_ALIASES: Record<string, AffiliationRole> = {
  legale_rappresentante: 'legal_representative',
  rappresentante_legale: 'legal_representative',
  presidente: 'legal_representative',
  delegato: 'delegate',
  delegata: 'delegate',
  operatore: 'operator',
  operatrice: 'operator',
  dipendente: 'staff',
  personale: 'staff',
  volontario: 'volunteer',
  volontaria: 'volunteer',
  altro: 'other',
};
const BASIS_ALIASES: Record<string, LegalBasis> = {
  consenso: 'consent',
  compito_pubblico: 'public_task',
  interesse_pubblico: 'public_task',
  legittimo_interesse: 'legitimate_interest',
  contratto: 'contract',
};

interface PlannedPerson {
  report: ImportRow;
  email: string | null;
  data?: { firstName: string; lastName: string; email: string | null; phone: string | null; consent: ReturnType<typeof contactConsentSchema.parse> | null };
  affiliation?: { organisationId: string; role: AffiliationRole; title: string | null };
  existingId?: string;
}

/** Imports contacts: one line per person and organisation (a person with two roles takes two lines). */
@Injectable()
export class PersonImportService {
  constructor(
    private readonly people: PersonRepository,
    private readonly organisations: OrganisationService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, body: unknown, dryRun: boolean): Promise<ImportReport> {
    this.access.requireAdmin(actor);
    const table = readCsv(body, ['first_name', 'last_name'], HEADER_ALIASES);
    const plan = await this.plan(table.rows, table.headers.length);
    const counts = { create: 0, update: 0, reject: 0 };
    for (const p of plan) counts[p.report.outcome] += 1;
    const report: ImportReport = { dryRun, applied: false, counts, rows: plan.map((p) => p.report) };
    if (dryRun) return report;
    if (counts.reject > 0) throw new AppError('validation_failed', `${counts.reject} rows have errors: nothing was imported`, { report });
    await this.people.applyImport(
      plan.map((p) => ({
        existingId: p.existingId,
        email: p.email,
        columns: {
          firstName: p.data!.firstName,
          lastName: p.data!.lastName,
          email: p.data!.email,
          ...(p.data!.phone ? { phone: p.data!.phone } : {}),
          ...(p.data!.consent
            ? {
                consentLegalBasis: p.data!.consent.legalBasis,
                consentPurpose: p.data!.consent.purpose,
                consentDate: p.data!.consent.date,
                consentSource: p.data!.consent.source,
              }
            : {}),
        },
        affiliation: p.affiliation,
      })),
      () => this.audit.record({ actor, action: 'people.import', entity: 'person', entityId: null, details: counts }),
    );
    return { ...report, applied: true };
  }

  private async plan(rows: { line: number; cells: Record<string, string>; columnCount: number }[], headerCount: number): Promise<PlannedPerson[]> {
    const orgs = await this.organisations.identifiers();
    const orgByKey = new Map<string, string>();
    for (const o of orgs) for (const k of [o.name, o.shortName, o.fiscalCode, o.vatNumber]) if (k) orgByKey.set(k.trim().toLowerCase(), o.id);
    const existing = await this.people.contactsForImport();
    const personByEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email!, p]));
    const nameByEmailInFile = new Map<string, string>();
    const affiliationSeen = new Set<string>();

    return rows.map(({ line, cells, columnCount }) => {
      const errors: { column: string; message: string }[] = [];
      if (columnCount !== headerCount) errors.push({ column: '*', message: 'wrong_column_count' });
      const parsed = personInputSchema.safeParse({
        firstName: cells.first_name,
        lastName: cells.last_name,
        email: cells.email ?? '',
        phone: cells.phone ?? '',
      });
      if (!parsed.success)
        for (const i of parsed.error.issues) errors.push({ column: normaliseHeader(String(i.path[0]).replace(/([A-Z])/g, '_$1')), message: i.message });
      const email = parsed.success ? (parsed.data.email ?? null) : null;

      let consent = null;
      if (cells.legal_basis || cells.consent_purpose || cells.consent_date || cells.consent_source) {
        const basis = normaliseHeader(cells.legal_basis ?? '');
        const c = contactConsentSchema.safeParse({
          legalBasis: (LEGAL_BASES as readonly string[]).includes(basis) ? basis : (BASIS_ALIASES[basis] ?? basis),
          purpose: cells.consent_purpose ?? '',
          date: italianDate(cells.consent_date ?? ''),
          source: cells.consent_source ?? '',
        });
        if (c.success) consent = c.data;
        else
          for (const i of c.error.issues)
            errors.push({
              column: ({ legalBasis: 'legal_basis', purpose: 'consent_purpose', date: 'consent_date', source: 'consent_source' } as Record<string, string>)[
                String(i.path[0])
              ],
              message: i.message,
            });
      }

      let affiliation: PlannedPerson['affiliation'];
      if (cells.organisation) {
        const organisationId = orgByKey.get(cells.organisation.trim().toLowerCase());
        const roleCode = normaliseHeader(cells.role ?? '');
        const role = (
          (AFFILIATION_ROLES as readonly string[]).includes(roleCode) ? roleCode : (ROLE_ALIASES[roleCode] ?? (roleCode ? null : 'other'))
        ) as AffiliationRole | null;
        if (!organisationId) errors.push({ column: 'organisation', message: 'unknown_organisation' });
        if (!role) errors.push({ column: 'role', message: 'unknown_value' });
        if (organisationId && role) affiliation = { organisationId, role, title: cells.title?.trim() || null };
      }

      const fullName = parsed.success ? `${parsed.data.firstName} ${parsed.data.lastName}`.toLowerCase() : '';
      const match = email ? personByEmail.get(email) : undefined;
      if (email) {
        const before = nameByEmailInFile.get(email);
        const otherPerson = before !== undefined && before !== fullName;
        if (otherPerson) errors.push({ column: 'email', message: 'duplicate_email' });
        else nameByEmailInFile.set(email, fullName);
        if (affiliation && !otherPerson) {
          const key = `${email}|${affiliation.organisationId}`;
          if (affiliationSeen.has(key)) errors.push({ column: 'organisation', message: 'duplicate_in_file' });
          affiliationSeen.add(key);
        }
      }
      if (match?.erasedAt) errors.push({ column: 'email', message: 'erased_person' });
      const outcome = errors.length ? 'reject' : match ? 'update' : 'create';
      return {
        report: { line, outcome, key: email ?? (fullName || `line ${line}`), errors },
        email,
        data: parsed.success
          ? { firstName: parsed.data.firstName, lastName: parsed.data.lastName, email, phone: parsed.data.phone ?? null, consent }
          : undefined,
        affiliation,
        existingId: match?.id,
      };
    });
  }
}

/** Accepts 2026-03-01 and the Italian 01/03/2026. */
function italianDate(value: string): string {
  const m = value.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : value.trim();
}
