import { describe, expect, it } from 'vitest';
import type { TextNamespace } from '.';
import enAccount from './en/account';
import enCollab from './en/collab';
import enCommon from './en/common';
import enMeetings from './en/meetings';
import enMinutes from './en/minutes';
import enMonitoring from './en/monitoring';
import enNetwork from './en/network';
import enNotifications from './en/notifications';
import enPlans from './en/plans';
import enPlanComments from './en/planComments';
import account from './it/account';
import collab from './it/collab';
import common from './it/common';
import meetings from './it/meetings';
import minutes from './it/minutes';
import monitoring from './it/monitoring';
import network from './it/network';
import notifications from './it/notifications';
import plans from './it/plans';
import planComments from './it/planComments';
import { MINUTES } from './namespaces/minutes';

const italian: Record<TextNamespace, object> = { common, account, network, meetings, minutes, collab, notifications, plans, monitoring, planComments };
const english: Record<TextNamespace, object> = {
  common: enCommon,
  account: enAccount,
  network: enNetwork,
  meetings: enMeetings,
  minutes: enMinutes,
  collab: enCollab,
  notifications: enNotifications,
  plans: enPlans,
  monitoring: enMonitoring,
  planComments: enPlanComments,
};

/** Every text of a namespace as [key, text], groups flattened to `group.key`. */
function texts(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : texts(v as object, `${prefix}${k}.`)));
}

/** A text that only points at another (`$t(ns:key)`) repeats no words. */
const REFERENCE = /^\$t\((\w+):([\w.]+)\)$/;

/**
 * Italian words that stand for different things, so each meaning keeps its own text (and its own English): the same
 * word may translate differently and would change apart in a later wording.
 */
const HOMONYMS: Record<string, string> = {
  Annulla: 'cancel a form (Cancel) and undo an edit in the editor (Undo)',
  Titolo: 'a title field (Title) and a heading style in the editor (Heading)',
  Azioni: 'a table column of the operations on a row, and the action items decided in a meeting',
  Scadenza: 'the due date of an action and the expiry of an invitation (Expires)',
  Disattiva: 'deactivating an account and turning off a calendar address (Turn off)',
  Delegato: 'the role of a delegate (Delegate) and an attendance status (Delegated)',
  Uscita: 'the time someone left a meeting (Departure) and the date someone left a space (Left)',
  Consenso: 'a legal basis for personal data (Consent) and a decision taken by consensus (Consensus)',
};

/** Where a text may point: common is always there; other namespaces only where they are loaded together. */
const LOADED_WITH: Partial<Record<TextNamespace, readonly TextNamespace[]>> = { minutes: MINUTES };

describe('the texts', () => {
  it('say each Italian text in one namespace only, shared words living in common', () => {
    const where = new Map<string, string[]>();
    for (const [ns, dict] of Object.entries(italian))
      for (const [key, text] of texts(dict)) if (!REFERENCE.test(text)) where.set(text, [...(where.get(text) ?? []), `${ns}:${key}`]);
    const repeated = [...where].filter(([text, keys]) => !(text in HOMONYMS) && new Set(keys.map((k) => k.split(':')[0])).size > 1);
    expect(repeated).toEqual([]);
  });

  it('list as homonyms only texts that do appear in several namespaces', () => {
    const namespacesOf = (text: string) => Object.entries(italian).filter(([, dict]) => texts(dict).some(([, t]) => t === text)).length;
    expect(Object.keys(HOMONYMS).filter((text) => namespacesOf(text) < 2)).toEqual([]);
  });

  it('leave no text empty in either language', () => {
    for (const dicts of [italian, english])
      expect(
        Object.entries(dicts).flatMap(([ns, dict]) =>
          texts(dict)
            .filter(([, text]) => text.trim() === '')
            .map(([key]) => `${ns}:${key}`),
        ),
      ).toEqual([]);
  });

  it('point only at texts that exist and are loaded with them, alike in both languages', () => {
    for (const [ns, dict] of Object.entries(italian)) {
      const inEnglish = Object.fromEntries(texts(english[ns as TextNamespace]));
      for (const [key, text] of texts(dict)) {
        const ref = REFERENCE.exec(text);
        if (!ref) continue;
        expect({ key: `${ns}:${key}`, points: ref[1] }).toEqual({
          key: `${ns}:${key}`,
          points: expect.toBeOneOf(['common', ...(LOADED_WITH[ns as TextNamespace] ?? [])]),
        });
        const target = texts(italian[ref[1] as TextNamespace] ?? {}).find(([k]) => k === ref[2]);
        expect({ key: `${ns}:${key}`, target: target?.[1] }).toEqual({ key: `${ns}:${key}`, target: expect.any(String) });
        expect({ key: `${ns}:${key}`, english: inEnglish[key] }).toEqual({ key: `${ns}:${key}`, english: text });
      }
    }
  });

  it('fill the same {{variables}} in English as in Italian', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [ns, dict] of Object.entries(italian)) {
      const inEnglish = Object.fromEntries(texts(english[ns as TextNamespace]));
      const differing = texts(dict)
        .filter(([key, text]) => variables(text).join() !== variables(inEnglish[key] ?? '').join())
        .map(([key]) => `${ns}:${key}`);
      expect(differing).toEqual([]);
    }
  });
});
