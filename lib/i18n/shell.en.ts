/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellEn = {
  'shell.sidePanel.open': 'Side panel',
  'shell.draft.restored': 'Your unsaved draft is back.',
  'shell.draft.discard': 'Discard draft',
  'shell.setup.heading': 'Set up PCX',
  'shell.setup.intro':
    'Three steps, a few minutes: they make the context warning, every due time and every pack check right for your company. You can change all of it later in these options.',
  'shell.setup.stepOf': 'Step {n} of {total}:',
  'shell.setup.step.profile': 'your partner profile, own domains and tenants',
  'shell.setup.step.hours': 'business hours and holidays',
  'shell.setup.step.packs': 'the support packs you have bought',
  'shell.setup.back': 'Back',
  'shell.setup.next': 'Next',
  'shell.setup.finish': 'Finish setup',
  'shell.setup.skip': 'Skip for now',
  'shell.setup.packs.heading': 'Support packs',
  'shell.setup.packs.intro':
    'The packs of support incidents your company has bought (pay-per-incident, partner benefits): PCX tells you which one a ticket can be spent from, and reminds you before they expire.',
  'shell.setup.packs.none': 'No pack yet. Add one now, or later from the popup.',
  'shell.setup.packs.add': 'Add a pack',
  'shell.setup.packs.left': '{left} of {total} left',
  'shell.setup.popup':
    'PCX is not set up yet: your profile, business hours and packs make every verdict right.',
  'shell.setup.popupLink': 'Finish setup',
} as const;
