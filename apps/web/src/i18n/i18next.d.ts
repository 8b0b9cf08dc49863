import type account from './it/account';
import type collab from './it/collab';
import type common from './it/common';
import type meetings from './it/meetings';
import type minutes from './it/minutes';
import type monitoring from './it/monitoring';
import type network from './it/network';
import type notifications from './it/notifications';
import type plans from './it/plans';
import type planComments from './it/planComments';

// The Italian texts are the reference: `t('key')` with a key a namespace lacks does not compile, nor does a call that
// leaves out a {{variable}} of the text (they are typed `as const`); each English namespace is typed against its
// Italian one (see translation.ts), so English cannot miss a key either.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: {
      common: typeof common;
      account: typeof account;
      network: typeof network;
      meetings: typeof meetings;
      minutes: typeof minutes;
      collab: typeof collab;
      notifications: typeof notifications;
      plans: typeof plans;
      monitoring: typeof monitoring;
      planComments: typeof planComments;
    };
  }
}
