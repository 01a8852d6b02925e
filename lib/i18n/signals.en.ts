/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsEn = {
  'signals.badge.overdue': '{count} overdue',
  'signals.badge.soon': '{count} due within {minutes} min',
  'signals.badge.next': 'next due {time}',
  'signals.badge.none': 'nothing awaiting Microsoft',
  'signals.button.responded': 'Mark responded',
  'signals.button.snooze': 'Snooze {minutes} min',
  'signals.test.title': 'PCX test reminder',
  'signals.test.body': 'Reminders reach you: this is how a first-response reminder will appear.',
  'signals.scheduled.heading': 'Scheduled reminders',
  'signals.scheduled.refresh': 'Refresh',
  'signals.scheduled.none': 'No reminder is scheduled.',
  'signals.scheduled.when': 'When',
  'signals.scheduled.what': 'Reminder',
  'signals.scheduled.record': 'Ticket or pack',
  'signals.scheduled.showAll': 'Show all {count}',
  'signals.test.send': 'Send a test reminder',
  'signals.test.sent':
    'Test reminder sent. If none appeared, check that the system lets the browser show notifications.',
  'signals.test.blocked':
    'The browser did not show the test reminder: check its notification settings.',
  'signals.kind.due': 'Before the first response is due',
  'signals.kind.breach': 'First response overdue',
  'signals.kind.snooze': 'Snoozed reminder',
  'signals.kind.pack-30': 'Pack expires in 30 days',
  'signals.kind.pack-7': 'Pack expires in 7 days',
  'signals.kind.pack-unused': 'Unused incidents before expiry',
} as const;
