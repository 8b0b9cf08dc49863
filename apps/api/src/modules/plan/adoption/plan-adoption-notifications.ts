import { Injectable } from '@nestjs/common';
import { TxHost } from '../../../core/database/transaction';
import { NotificationCenter } from '../../notification';

interface PlanAdoptedData {
  planId: string;
  title: string;
  version: number;
}

const TEXTS = {
  it: { label: 'Piani d’azione adottati', title: 'Piano adottato', revision: 'revisione adottata, versione' },
  en: { label: 'Action plans adopted', title: 'Plan adopted', revision: 'revision adopted, version' },
} as const;

/**
 * Tells the plan's space (its members follow it by default) that the plan, or its revision, was adopted. The event is
 * written in the adopting transaction (outbox): no notice of an adoption that rolled back, none lost after a commit.
 */
@Injectable()
export class PlanAdoptionNotifications {
  constructor(
    private readonly center: NotificationCenter,
    private readonly txHost: TxHost,
  ) {
    center.registerKind<PlanAdoptedData>({
      kind: 'plan_adopted',
      label: { it: TEXTS.it.label, en: TEXTS.en.label },
      defaultChannel: 'immediate',
      render: (lang, data) => ({
        title: TEXTS[lang].title,
        body: data.version > 1 ? `${data.title} (${TEXTS[lang].revision} ${data.version})` : data.title,
        link: `/piani/${data.planId}`,
      }),
    });
  }

  adopted(spaceId: string, data: PlanAdoptedData, actorUserId: string): Promise<void> {
    return this.center.publish(this.txHost.tx, {
      kind: 'plan_adopted',
      subject: { type: 'space', id: spaceId },
      data: { ...data },
      actorUserId,
      dedupe: `${data.planId}:${data.version}`,
    });
  }
}
