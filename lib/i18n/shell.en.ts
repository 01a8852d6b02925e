/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellEn = {
  'shell.sidePanel.open': 'Side panel',
} as const;
