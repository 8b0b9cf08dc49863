import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../../core/identity/user.entity';
import { UserService } from '../../core/identity/user.service';
import { PersonService } from '../person';
import type { NotificationAudience, NotificationEvent, NotificationSubject } from './notification-center.service';
import { NotificationKinds } from './notification-kinds';
import { NotificationRepository } from './notification.repository';

/**
 * Who an event reaches. People are reached through the modules that own them (the person module for people and
 * their organisations, identity for accounts): this module reads no table of theirs.
 *
 * Following, most specific first: a person's own choice about the subject (follow or unfollow), then taking part in
 * it (the event's participants: a meeting's register), then their choice about what contains it (`within`: the
 * meeting's space), then taking part in that (its members). The first that speaks decides, so an unfollowed space
 * silences its meetings for a member who is not on their register, and an unfollowed meeting silences it whatever
 * else. The addressed are reached whatever they follow; the actor never; nobody who may not read the subject.
 */
@Injectable()
export class NotificationRecipients {
  constructor(
    private readonly kinds: NotificationKinds,
    private readonly rows: NotificationRepository,
    private readonly people: PersonService,
    private readonly users: UserService,
  ) {}

  /** The accounts of an audience (people and organisations through their linked accounts), disabled ones included. */
  async accountsOf(audience?: NotificationAudience): Promise<string[]> {
    if (!audience) return [];
    const ids = [
      ...(audience.userIds ?? []),
      ...(await this.people.accountIdsOf(audience.personIds ?? [])),
      ...(await this.people.accountIdsInOrganisations(audience.organisationIds ?? [])),
    ];
    return [...new Set(ids)];
  }

  /** Active accounts among these, with what a mail to them needs. */
  active(userIds: string[]): Promise<UserEntity[]> {
    return this.users.activeAmong(userIds);
  }

  async of(event: NotificationEvent): Promise<UserEntity[]> {
    const following = new Map<string, boolean>();
    const levels: { subject: NotificationSubject; participants: string[] }[] = [];
    if (!event.addressedOnly) {
      levels.push({ subject: event.subject, participants: [...(await this.accountsOf(event.participants)), ...(await this.participantsOf(event.subject))] });
      for (const container of event.within ?? []) levels.push({ subject: container, participants: await this.participantsOf(container) });
    }
    for (const level of levels) {
      for (const [id, follows] of await this.rows.followStates(level.subject.type, level.subject.id)) if (!following.has(id)) following.set(id, follows);
      for (const id of level.participants) if (!following.has(id)) following.set(id, true);
    }
    const followers = [...following].filter(([, follows]) => follows).map(([id]) => id);
    const everyone = [...new Set([...followers, ...(await this.accountsOf(event.addressed))])].filter((id) => id !== event.actorUserId);
    const reader = this.kinds.reader(event.subject.type);
    if (!reader) throw new Error(`unknown notification subject "${event.subject.type}"`);
    const readable = await Promise.all(
      (await this.active(everyone)).map(async (user) => ((await reader({ user, sessionId: null }, event.subject.id)) ? user : null)),
    );
    return readable.filter((u): u is UserEntity => u !== null).sort((a, b) => a.id.localeCompare(b.id));
  }

  private async participantsOf(subject: NotificationSubject): Promise<string[]> {
    const participants = this.kinds.participants(subject.type);
    return participants ? this.accountsOf(await participants(subject.id)) : [];
  }
}
