import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { importQuerySchema, organisationInputSchema, organisationQuerySchema, organisationRoutes, organisationUpdateSchema } from '@cantiere/domain';
import type { OrganisationInputParsed } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { sendCsv } from '../../core/csv/csv-writer';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { OrganisationImportService } from './organisation-import.service';
import { ORGANISATION_CSV_HEADER, toOrganisation, toOrganisationCsvRow } from './organisation.mapper';
import { OrganisationService } from './organisation.service';

type Query = z.output<typeof organisationQuerySchema>;
const idPipe = new UuidParamPipe('Organisation');

@ApiTags('organisations')
@Controller()
export class OrganisationController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly importer: OrganisationImportService,
  ) {}

  @Route(organisationRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(organisationQuerySchema)) query: Query) {
    const page = await this.organisations.list(actor, query);
    return { ...page, items: page.items.map((i) => toOrganisation(i.entity, i.can)) };
  }

  @Route(organisationRoutes.export)
  async export(@Query(new ZodValidationPipe(organisationQuerySchema)) query: Query, @Res() res: Response) {
    const { page: _page, pageSize: _size, ...filter } = query;
    const rows = await this.organisations.exportRows(filter);
    sendCsv(res, 'organizzazioni.csv', ORGANISATION_CSV_HEADER, rows.map(toOrganisationCsvRow));
  }

  @Route(organisationRoutes.importCsv)
  async importCsv(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(importQuerySchema)) q: z.output<typeof importQuerySchema>, @Req() req: Request) {
    return { report: await this.importer.import(actor, req.body, q.dryRun === 'true') };
  }

  @Route(organisationRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const { entity, can } = await this.organisations.get(actor, id);
    return { organisation: toOrganisation(entity, can) };
  }

  @Route(organisationRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(organisationInputSchema)) body: OrganisationInputParsed) {
    return { organisation: toOrganisation(await this.organisations.create(actor, body), { 'organisation.edit': true }) };
  }

  @Route(organisationRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(organisationUpdateSchema)) body: Partial<OrganisationInputParsed>,
  ) {
    return { organisation: toOrganisation(await this.organisations.update(actor, id, body), { 'organisation.edit': true }) };
  }

  @Route(organisationRoutes.archive)
  async archive(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { organisation: toOrganisation(await this.organisations.setArchived(actor, id, true), { 'organisation.edit': true }) };
  }

  @Route(organisationRoutes.restore)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { organisation: toOrganisation(await this.organisations.setArchived(actor, id, false), { 'organisation.edit': true }) };
  }
}
