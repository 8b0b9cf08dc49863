import { Injectable } from '@nestjs/common';
import { ORGANISATION_TYPES, organisationInputSchema } from '@cantiere/domain';
import type { ImportReport, ImportRow, OrganisationInputParsed, OrganisationType } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { normaliseHeader, readCsv, splitMulti } from '../../core/csv/csv-reader';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../audit';
import { ReferenceService } from '../reference';
import { OrganisationRepository } from './organisation.repository';

const HEADER_ALIASES: Record<string, string> = {
  nome: 'name',
  denominazione: 'name',
  ragione_sociale: 'name',
  sigla: 'short_name',
  nome_breve: 'short_name',
  tipo: 'type',
  tipologia: 'type',
  codice_fiscale: 'fiscal_code',
  cf: 'fiscal_code',
  partita_iva: 'vat_number',
  p_iva: 'vat_number',
  piva: 'vat_number',
  numero_runts: 'runts_number',
  runts: 'runts_number',
  aree_tematiche: 'thematic_areas',
  aree: 'thematic_areas',
  indirizzo: 'address',
  sito_web: 'website',
  sito: 'website',
  telefono: 'phone',
  note: 'notes',
};

/** What people write in a spreadsheet for each organisation type, besides the codes themselves. */
const TYPE_ALIASES: Record<string, OrganisationType> = {
  coop_sociale: 'cooperativa_sociale',
  cooperativa: 'cooperativa_sociale',
  associazione_di_promozione_sociale: 'aps',
  organizzazione_di_volontariato: 'odv',
  scuola: 'school',
  istituto_scolastico: 'school',
  istituto_comprensivo: 'school',
  sindacato: 'union',
  associazione_di_categoria: 'trade_association',
  parrocchia: 'parish_caritas',
  caritas: 'parish_caritas',
  parrocchia_caritas: 'parish_caritas',
  altro: 'other',
  ente_pubblico: 'other',
};

const COLUMN_OF_FIELD: Record<string, string> = {
  name: 'name',
  shortName: 'short_name',
  type: 'type',
  fiscalCode: 'fiscal_code',
  vatNumber: 'vat_number',
  runtsNumber: 'runts_number',
  thematicAreas: 'thematic_areas',
  comuni: 'comuni',
  address: 'address',
  website: 'website',
  email: 'email',
  phone: 'phone',
  notes: 'notes',
};

interface PlannedRow {
  report: ImportRow;
  input?: OrganisationInputParsed;
  existingId?: string;
}

@Injectable()
export class OrganisationImportService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly reference: ReferenceService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks every row and reports what would be created, updated or rejected and why. Unless `dryRun`,
   * applies the whole file in one transaction, and only if no row is rejected.
   */
  async import(actor: Actor, body: unknown, dryRun: boolean): Promise<ImportReport> {
    this.access.requireAdmin(actor);
    const table = readCsv(body, ['name', 'type'], HEADER_ALIASES);
    const plan = await this.plan(table.rows, table.headers.length);
    const counts = { create: 0, update: 0, reject: 0 };
    for (const row of plan) counts[row.report.outcome] += 1;
    const report: ImportReport = { dryRun, applied: false, counts, rows: plan.map((p) => p.report) };
    if (dryRun) return report;
    if (counts.reject > 0) {
      throw new AppError('validation_failed', `${counts.reject} rows have errors: nothing was imported`, { report });
    }
    await this.organisations.applyImport(
      plan.map((row) => ({ existingId: row.existingId, input: row.input! })),
      () => this.audit.record({ actor, action: 'organisations.import', entity: 'organisation', entityId: null, details: counts }),
    );
    return { ...report, applied: true };
  }

  private async plan(rows: { line: number; cells: Record<string, string>; columnCount: number }[], headerCount: number): Promise<PlannedRow[]> {
    const existing = await this.organisations.findForImport();
    const byFiscal = new Map(existing.filter((o) => o.fiscalCode).map((o) => [o.fiscalCode!, o]));
    const byVat = new Map(existing.filter((o) => o.vatNumber).map((o) => [o.vatNumber!, o]));
    const byName = new Map(existing.map((o) => [o.name.toLowerCase(), o]));
    const area = await this.reference.resolver('thematic_area');
    const comune = await this.reference.resolver('comune');
    const seen = new Set<string>();

    return rows.map(({ line, cells, columnCount }) => {
      const errors: { column: string; message: string }[] = [];
      if (columnCount !== headerCount) errors.push({ column: '*', message: 'wrong_column_count' });
      const areas = splitMulti(cells.thematic_areas).map((v) => area(v) ?? (errors.push({ column: 'thematic_areas', message: `unknown_value:${v}` }), ''));
      const comuni = splitMulti(cells.comuni).map((v) => comune(v) ?? (errors.push({ column: 'comuni', message: `unknown_value:${v}` }), ''));
      const parsed = organisationInputSchema.safeParse({
        name: cells.name,
        shortName: cells.short_name ?? '',
        type: this.resolveType(cells.type),
        fiscalCode: cells.fiscal_code ?? '',
        vatNumber: cells.vat_number ?? '',
        runtsNumber: cells.runts_number ?? '',
        thematicAreas: areas.filter(Boolean),
        comuni: comuni.filter(Boolean),
        address: cells.address ?? '',
        website: cells.website ?? '',
        email: cells.email ?? '',
        phone: cells.phone ?? '',
        notes: cells.notes ?? '',
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({ column: COLUMN_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0]), message: issue.message });
      }
      const input = parsed.success ? parsed.data : undefined;
      const key = input?.fiscalCode ?? input?.vatNumber ?? cells.name?.trim().toLowerCase() ?? `line ${line}`;
      if (input) {
        const fileKeys = [input.fiscalCode && `cf:${input.fiscalCode}`, input.vatNumber && `iva:${input.vatNumber}`, `name:${input.name.toLowerCase()}`].filter(
          Boolean,
        ) as string[];
        if (fileKeys.some((k) => seen.has(k))) errors.push({ column: 'name', message: 'duplicate_in_file' });
        fileKeys.forEach((k) => seen.add(k));
      }
      const match =
        input &&
        ((input.fiscalCode && byFiscal.get(input.fiscalCode)) || (input.vatNumber && byVat.get(input.vatNumber)) || byName.get(input.name.toLowerCase()));
      if (input && match) {
        const sameName = byName.get(input.name.toLowerCase());
        if (sameName && sameName.id !== match.id) errors.push({ column: 'name', message: 'name_taken' });
        if (match.fiscalCode && input.fiscalCode && match.fiscalCode !== input.fiscalCode)
          errors.push({ column: 'fiscal_code', message: 'conflicts_with_existing' });
      }
      const outcome = errors.length > 0 ? 'reject' : match ? 'update' : 'create';
      return { report: { line, outcome, key, errors }, input: errors.length ? undefined : input, existingId: match ? match.id : undefined };
    });
  }

  private resolveType(value: string | undefined): string {
    const code = normaliseHeader(value ?? '');
    return (ORGANISATION_TYPES as readonly string[]).includes(code) ? code : (TYPE_ALIASES[code] ?? value ?? '');
  }
}
