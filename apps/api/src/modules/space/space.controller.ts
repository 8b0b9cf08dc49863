import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { membershipInputSchema, membershipUpdateSchema, spaceInputSchema, spaceRoutes, spaceUpdateSchema, wholePage } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MembershipService } from './membership.service';
import { toMembership, toSpace } from './space.mapper';
import { SpaceService, SpaceView } from './space.service';

const idPipe = new UuidParamPipe('Space');
const memberPipe = new UuidParamPipe('Membership');
const flag = spaceRoutes.list.query;
const view = (v: SpaceView) => toSpace(v.entity, { memberCount: v.memberCount, myRole: v.myRole, can: v.can });

@ApiTags('spaces')
@Controller()
export class SpaceController {
  constructor(
    private readonly spaces: SpaceService,
    private readonly memberships: MembershipService,
  ) {}

  @Route(spaceRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(flag)) q: z.output<typeof flag>) {
    return wholePage((await this.spaces.list(actor, q.includeArchived === 'true')).map(view));
  }

  @Route(spaceRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.get(actor, id)) };
  }

  @Route(spaceRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(spaceInputSchema)) body: z.output<typeof spaceInputSchema>) {
    return { space: view(await this.spaces.create(actor, body)) };
  }

  @Route(spaceRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(spaceUpdateSchema)) body: z.output<typeof spaceUpdateSchema>,
  ) {
    return { space: view(await this.spaces.update(actor, id, body)) };
  }

  @Route(spaceRoutes.archive)
  async archive(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.setArchived(actor, id, true)) };
  }

  @Route(spaceRoutes.restore)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { space: view(await this.spaces.setArchived(actor, id, false)) };
  }

  @Route(spaceRoutes.members)
  async members(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Query(new ZodValidationPipe(flag)) q: z.output<typeof flag>) {
    return wholePage((await this.memberships.list(actor, id, q.includePast === 'true')).map(toMembership));
  }

  @Route(spaceRoutes.addMember)
  async addMember(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(membershipInputSchema)) body: z.output<typeof membershipInputSchema>,
  ) {
    return { member: toMembership(await this.memberships.add(actor, id, body)) };
  }

  @Route(spaceRoutes.updateMember)
  async updateMember(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Param('memberId', memberPipe) memberId: string,
    @Body(new ZodValidationPipe(membershipUpdateSchema)) body: z.output<typeof membershipUpdateSchema>,
  ) {
    return { member: toMembership(await this.memberships.update(actor, id, memberId, body)) };
  }

  @Route(spaceRoutes.leave)
  async leave(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('memberId', memberPipe) memberId: string) {
    await this.memberships.leave(actor, id, memberId);
  }
}
