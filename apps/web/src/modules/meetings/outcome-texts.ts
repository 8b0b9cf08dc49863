import { useTranslation } from 'react-i18next';

/** Texts of an agenda item's explicit outcome. The type makes English carry every key. */
const it = {
  outcomeLabel: 'Esito nel verbale',
  outcomeOf: 'di «{{title}}»',
  outcomeAutomatic: 'Automatico (dal testo del verbale)',
  outcome_discussed: 'Trattato',
  outcome_not_discussed: 'Non trattato',
  outcome_postponed: 'Rinviato',
  outcomeHint:
    'Il verbale riporta l’esito scelto per ogni punto. «Automatico» considera trattato un punto con testo o decisioni nel verbale; i punti non trattati o rinviati vengono proposti per la seduta successiva. L’esito si può correggere fino all’approvazione del verbale.',
  outcomeSaved: 'Esito di «{{title}}»: {{outcome}}.',
  outcomeError: 'Esito non salvato: {{message}}',
};

const en: typeof it = {
  outcomeLabel: 'Outcome in the minutes',
  outcomeOf: 'of “{{title}}”',
  outcomeAutomatic: 'Automatic (from the minutes’ text)',
  outcome_discussed: 'Dealt with',
  outcome_not_discussed: 'Not dealt with',
  outcome_postponed: 'Postponed',
  outcomeHint:
    'The minutes give the outcome chosen for each item. “Automatic” treats an item with text or decisions in the minutes as dealt with; items not dealt with or postponed are offered to the next meeting. The outcome can be corrected until the minutes are approved.',
  outcomeSaved: 'Outcome of “{{title}}”: {{outcome}}.',
  outcomeError: 'Outcome not saved: {{message}}',
};

export type OutcomeTextKey = keyof typeof it;
export const OUTCOME_TEXTS = { it, en };

export function useOutcomeText() {
  const { i18n } = useTranslation();
  const dict = i18n.language?.startsWith('en') ? en : it;
  return (key: OutcomeTextKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
