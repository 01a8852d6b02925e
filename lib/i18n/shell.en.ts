/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellEn = {
  'shell.sidePanel.open': 'Side panel',
  'shell.draft.restored': 'Your unsaved draft is back.',
  'shell.draft.discard': 'Discard draft',
} as const;
