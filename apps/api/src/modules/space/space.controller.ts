import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { membershipInputSchema, membershipSchema, membershipUpdateSchema, spaceInputSchema, spaceSchema, spaceUpdateSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MembershipService } from './membership.service';
import { toMembership, toSpace } from './space.mapper';
import { SpaceService, SpaceView } from './space.service';

const idPipe = new UuidParamPipe('Space');
const memberPipe = new UuidParamPipe('Membership');
const flag = z.object({ includeArchived: z.enum(['true', 'false']).default('false'), includePast: z.enum(['true', 'false']).default('false') });
const view = (v: SpaceView) => toSpace(v.entity, { memberCount: v.memberCount, myRole: v.myRole, canManage: v.can['space.manage'], can: v.can });
const spaceResponse = z.object({ space: spaceSchema });
const memberResponse = z.object({ member: membershipSchema });

@ApiTags('spaces')
@Controller('spaces')
export class SpaceController {
  constructor(
    private readonly spaces: SpaceService,
    private readonly memberships: MembershipService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List spaces' })
  @ApiQuery({ name: 'includeArchived', required: false })
  @ApiZodResponse(200, 'The spaces the caller may see, each Cantiere followed by its tables', z.object({ spaces: z.array(spaceSchema) }))
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(flag)) q: z.output<typeof flag>) {
    return { spaces: (await this.spaces.list(actor, q.includeArchived === 'true')).map(view) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a space' })
  @ApiZodResponse(200, 'One space', spaceResponse)
  @ApiErrors(401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.get(actor, id)) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a space' })
  @ApiZodBody(spaceInputSchema)
  @ApiZodResponse(201, 'Space created (admins only)', spaceResponse)
  @ApiErrors(400, 401, 403)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(spaceInputSchema)) body: z.output<typeof spaceInputSchema>) {
    return { space: view(await this.spaces.create(actor, body)) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a space' })
  @ApiZodBody(spaceUpdateSchema)
  @ApiZodResponse(200, 'Space updated (admins only)', spaceResponse)
  @ApiErrors(400, 401, 403, 404)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(spaceUpdateSchema)) body: z.output<typeof spaceUpdateSchema>,
  ) {
    return { space: view(await this.spaces.update(actor, id, body)) };
  }

  @Post(':id/archive')
  @ApiOperation({ summary: 'Archive a space' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Space archived (admins only)', spaceResponse)
  @ApiErrors(401, 403, 404)
  async archive(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.setArchived(actor, id, true)) };
  }

  @Post(':id/restore')
  @ApiOperation({ summary: 'Restore an archived space' })
  @HttpCode(200)
  @ApiZodResponse(200, 'Space restored (admins only)', spaceResponse)
  @ApiErrors(401, 403, 404)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.setArchived(actor, id, false)) };
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'List the members of a space' })
  @ApiQuery({ name: 'includePast', required: false, description: '`true` also lists representatives who left' })
  @ApiZodResponse(200, 'Representatives of the member organisations', z.object({ members: z.array(membershipSchema) }))
  @ApiErrors(400, 401, 404)
  async members(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Query(new ZodValidationPipe(flag)) q: z.output<typeof flag>) {
    return { members: (await this.memberships.list(actor, id, q.includePast === 'true')).map(toMembership) };
  }

  @Post(':id/members')
  @ApiOperation({ summary: 'Add a representative to a space' })
  @ApiZodBody(membershipInputSchema)
  @ApiZodResponse(201, "Representative added (admins and the space's facilitators)", memberResponse)
  @ApiErrors(400, 401, 403, 404, 409)
  async addMember(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(membershipInputSchema)) body: z.output<typeof membershipInputSchema>,
  ) {
    return { member: toMembership(await this.memberships.add(actor, id, body)) };
  }

  @Patch(':id/members/:memberId')
  @ApiOperation({ summary: 'Update the membership of a representative' })
  @ApiZodBody(membershipUpdateSchema)
  @ApiZodResponse(200, 'Role, representation or leaving date changed', memberResponse)
  @ApiErrors(400, 401, 403, 404)
  async updateMember(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Param('memberId', memberPipe) memberId: string,
    @Body(new ZodValidationPipe(membershipUpdateSchema)) body: z.output<typeof membershipUpdateSchema>,
  ) {
    return { member: toMembership(await this.memberships.update(actor, id, memberId, body)) };
  }

  @Delete(':id/members/:memberId')
  @ApiOperation({ summary: 'Remove a representative from a space' })
  @ApiZodResponse(200, 'The representative leaves the space today; the record stays', memberResponse)
  @ApiErrors(401, 403, 404, 409)
  async leave(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('memberId', memberPipe) memberId: string) {
    return { member: toMembership(await this.memberships.leave(actor, id, memberId)) };
  }
}
