import { Injectable } from '@nestjs/common';
import type { NotificationChannel } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import type { NotificationAudience } from './notification-center.service';

export type NotificationLanguage = 'it' | 'en';

export interface RenderedNotification {
  title: string;
  body: string;
  /** Path in the web client, from the site root (`/sedute/<id>`). */
  link: string;
}

/** A kind of notification, registered by the module that owns its events. */
export interface NotificationKind<D = Record<string, unknown>> {
  kind: string;
  label: Record<NotificationLanguage, string>;
  defaultChannel: NotificationChannel;
  render: (lang: NotificationLanguage, data: D) => RenderedNotification;
}

/** Whether an account may read a subject now (a space, a meeting, a document): who may not gets nothing, nor may follow it. */
export type SubjectReader = (actor: Actor, subjectId: string) => Promise<boolean>;
/** Who takes part in a subject, and so follows it unless they unfollowed it (a space's members). */
export type SubjectParticipants = (subjectId: string) => Promise<NotificationAudience>;

/** The kinds and subject types known to this process; later modules add theirs in their constructors or `onModuleInit`. */
@Injectable()
export class NotificationKinds {
  private readonly kinds = new Map<string, NotificationKind>();
  private readonly readers = new Map<string, SubjectReader>();
  private readonly participantsOf = new Map<string, SubjectParticipants>();

  register<D>(kind: NotificationKind<D>) {
    if (this.kinds.has(kind.kind)) throw new Error(`notification kind "${kind.kind}" registered twice`);
    this.kinds.set(kind.kind, kind as unknown as NotificationKind);
  }

  registerSubject(type: string, reader: SubjectReader, participants?: SubjectParticipants) {
    if (this.readers.has(type)) throw new Error(`notification subject "${type}" registered twice`);
    this.readers.set(type, reader);
    if (participants) this.participantsOf.set(type, participants);
  }

  participants(type: string): SubjectParticipants | undefined {
    return this.participantsOf.get(type);
  }

  reader(type: string): SubjectReader | undefined {
    return this.readers.get(type);
  }

  get(kind: string): NotificationKind | undefined {
    return this.kinds.get(kind);
  }

  all(): NotificationKind[] {
    return [...this.kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }
}
