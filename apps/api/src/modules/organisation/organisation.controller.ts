import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  importQuerySchema,
  importReportSchema,
  organisationInputSchema,
  organisationQuerySchema,
  organisationSchema,
  organisationUpdateSchema,
  pageOf,
} from '@cantiere/domain';
import type { OrganisationInputParsed } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { sendCsv } from '../../core/csv/csv-writer';
import { ApiCsvBody } from '../../core/openapi/api-csv-body.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { OrganisationImportService } from './organisation-import.service';
import { ORGANISATION_CSV_HEADER, toOrganisation, toOrganisationCsvRow } from './organisation.mapper';
import { OrganisationService } from './organisation.service';

type Query = z.output<typeof organisationQuerySchema>;
const idPipe = new UuidParamPipe('Organisation');

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly importer: OrganisationImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List organisations' })
  @ApiQuery({ name: 'q', required: false, description: 'Full-text search (Italian), codice fiscale or partita IVA' })
  @ApiQuery({ name: 'type', required: false, description: 'Comma-separated organisation types' })
  @ApiQuery({ name: 'area', required: false, description: 'Comma-separated thematic area codes' })
  @ApiQuery({ name: 'comune', required: false, description: 'Comma-separated Comune codes' })
  @ApiQuery({ name: 'spaceId', required: false, description: 'Only organisations taking part in this space' })
  @ApiZodResponse(200, 'A page of organisations', pageOf(organisationSchema))
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(organisationQuerySchema)) query: Query) {
    const page = await this.organisations.list(actor, query);
    return { ...page, items: page.items.map((i) => toOrganisation(i.entity, i.can)) };
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'Export organisations as CSV' })
  @ApiZodResponse(200, 'The organisations the same filters show, as CSV (semicolon-separated, UTF-8 with BOM)')
  @ApiErrors(400, 401)
  async export(@Query(new ZodValidationPipe(organisationQuerySchema)) query: Query, @Res() res: Response) {
    const { page: _page, pageSize: _size, ...filter } = query;
    const rows = await this.organisations.exportRows(filter);
    sendCsv(res, 'organizzazioni.csv', ORGANISATION_CSV_HEADER, rows.map(toOrganisationCsvRow));
  }

  @Post('import')
  @ApiOperation({ summary: 'Import organisations from CSV' })
  @HttpCode(200)
  @ApiCsvBody('CSV file, UTF-8, comma or semicolon separated, with a header row (Italian or English column names)')
  @ApiQuery({ name: 'dryRun', required: false, description: '`true` (default) only reports; `false` applies the file, all or nothing' })
  @ApiZodResponse(200, 'Row-by-row report of what is (or would be) created, updated or rejected', importReportSchema)
  @ApiErrors(400, 401, 403, 413)
  importCsv(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(importQuerySchema)) q: z.output<typeof importQuerySchema>, @Req() req: Request) {
    return this.importer.import(actor, req.body, q.dryRun === 'true');
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an organisation' })
  @ApiZodResponse(200, 'One organisation', z.object({ organisation: organisationSchema }))
  @ApiErrors(401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const { entity, can } = await this.organisations.get(actor, id);
    return { organisation: toOrganisation(entity, can) };
  }

  @Post()
  @ApiOperation({ summary: 'Create an organisation' })
  @ApiZodBody(organisationInputSchema)
  @ApiZodResponse(201, 'Organisation created (admins only)', z.object({ organisation: organisationSchema }))
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(organisationInputSchema)) body: OrganisationInputParsed) {
    return { organisation: toOrganisation(await this.organisations.create(actor, body), { 'organisation.edit': true }) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update an organisation' })
  @ApiZodBody(organisationUpdateSchema)
  @ApiZodResponse(200, 'Organisation updated (its members and admins)', z.object({ organisation: organisationSchema }))
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(organisationUpdateSchema)) body: Partial<OrganisationInputParsed>,
  ) {
    return { organisation: toOrganisation(await this.organisations.update(actor, id, body), { 'organisation.edit': true }) };
  }

  @Post(':id/archive')
  @ApiOperation({ summary: 'Archive an organisation' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Organisation archived (admins only); its history stays', z.object({ organisation: organisationSchema }))
  @ApiErrors(401, 403, 404)
  async archive(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { organisation: toOrganisation(await this.organisations.setArchived(actor, id, true), { 'organisation.edit': true }) };
  }

  @Post(':id/restore')
  @ApiOperation({ summary: 'Restore an archived organisation' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Organisation restored from the archive (admins only)', z.object({ organisation: organisationSchema }))
  @ApiErrors(401, 403, 404)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { organisation: toOrganisation(await this.organisations.setArchived(actor, id, false), { 'organisation.edit': true }) };
  }
}
