import { useTranslation } from 'react-i18next';

/** Texts of the meeting page's phases and of the projector screen. The type makes English carry every key. */
const it = {
  sections: 'Sezioni della seduta',
  phase_preparation: 'Preparazione',
  phase_live: 'Seduta in corso',
  phase_after: 'Dopo la seduta',
  sideColumn: 'Punto in discussione, presenti e scaletta',
  noCurrentItem: 'Nessun punto in discussione: la conduzione indica il punto che si sta trattando.',
  openRunMode: 'Apri la conduzione (schermo per il proiettore)',
  showAgenda: 'Ordine del giorno trattato ({{count}} punti)',
  downloads: 'File del verbale',
  fullscreen: 'Schermo intero',
  exitFullscreen: 'Esci dallo schermo intero',
  fullscreenFallback:
    'Il browser non consente lo schermo intero da questa pagina: la vista occupa la finestra. Per il monitor intero prema F11; Esc per uscire.',
  escapeHint: 'Esc: esce dallo schermo intero.',
  decisionsSoFar: 'Decisioni prese in questa seduta',
  noDecisionsYet: 'Nessuna decisione ancora scritta nel verbale.',
  decisionsUnavailable: 'Le decisioni non sono disponibili in questo momento.',
  itemDocuments: 'Documenti del punto',
  whoIsHere: 'Presenti',
  presentCount: '{{present}} persone presenti su {{total}} nel registro.',
  toRegister: 'Vai al registro delle presenze',
  runningOrder: 'Scaletta dei punti',
  toAgenda: 'Vai all’ordine del giorno completo',
};

const en: Record<keyof typeof it, string> = {
  sections: 'Sections of the meeting',
  phase_preparation: 'Preparation',
  phase_live: 'Meeting in progress',
  phase_after: 'After the meeting',
  sideColumn: 'Item under discussion, who is here and running order',
  noCurrentItem: 'No item under discussion: run mode sets the item being dealt with.',
  openRunMode: 'Open run mode (projector screen)',
  showAgenda: 'Agenda as dealt with ({{count}} items)',
  downloads: 'Files of the minutes',
  fullscreen: 'Full screen',
  exitFullscreen: 'Leave full screen',
  fullscreenFallback: 'The browser does not allow full screen from this page: the view fills the window. For the whole monitor press F11; Esc to leave.',
  escapeHint: 'Esc: leaves full screen.',
  decisionsSoFar: 'Decisions taken in this meeting',
  noDecisionsYet: 'No decision written in the minutes yet.',
  decisionsUnavailable: 'The decisions are not available right now.',
  itemDocuments: 'Documents of the item',
  whoIsHere: 'Who is here',
  presentCount: '{{present}} people present of {{total}} in the register.',
  toRegister: 'Go to the attendance register',
  runningOrder: 'Running order',
  toAgenda: 'Go to the full agenda',
};

export type LayoutTextKey = keyof typeof it;
export const LAYOUT_TEXTS = { it, en };

export function useLayoutText() {
  const { i18n } = useTranslation();
  const dict = i18n.language?.startsWith('en') ? en : it;
  return (key: LayoutTextKey, vars: Record<string, string | number> = {}) => dict[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
