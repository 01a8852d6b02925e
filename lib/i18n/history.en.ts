/** Strings of the history: its states, its refusals, reminders and calendar exports. */
export const historyEn = {
  'historyState.ok.title': 'History available',
  'historyState.ok.body': 'Tickets and packs are saved in this browser.',
  'historyState.storage-full.title': 'Storage full',
  'historyState.storage-full.body':
    'The browser refused to save more data. New records are kept aside ({pending} waiting) and saved when you retry after freeing space; you can also export them now.',
  'historyState.unavailable.title': 'History unavailable',
  'historyState.unavailable.body':
    'The browser could not open the history database (disk or profile problem). Nothing is lost: new records are kept aside ({pending} waiting). Restart the browser, then retry.',
  'historyState.private.title': 'History unavailable in this mode',
  'historyState.private.body':
    'The browser does not allow saving data here (private browsing or history turned off). The history is read-only; records are kept aside ({pending} waiting) until it can be opened.',
  'historyState.blocked.title': 'History update waiting',
  'historyState.blocked.body':
    'An older copy of the extension still holds the history open. Close other browser windows of this profile or restart the browser, then retry.',
  'historyState.damaged.title': 'History needs a repair',
  'historyState.damaged.body':
    'The history database refused a write as inconsistent. Nothing is lost: new records are kept aside ({pending} waiting). Export a backup, import that file in Options › Data with “Replace the current history” (or erase everything), then retry.',
  'history.retry': 'Retry saving',
  'history.export-pending': 'Export what is kept aside',

  'error.history-pending':
    'Not saved yet: the history refused the write ({detail}). It is kept aside and will be saved on retry.',
  'error.history-storage-full': 'The history is full: free some disk space, then retry.',
  'error.history-unavailable': 'The history cannot be opened right now.',
  'error.history-private': 'The history cannot be opened in this browsing mode.',
  'error.history-blocked': 'The history is waiting for an older copy of the extension to close.',
  'error.history-damaged':
    'The history database is damaged and refused the change. Export a backup, then import it with “Replace the current history”, or erase everything.',
  'error.pending-full': 'Too many records are waiting to be saved: export them, then retry.',
  'error.invalid-cursor': 'This list is out of date: reload it.',
  'error.no-customer-key': 'A customer needs a tenant id or a domain.',
  'error.ticket-not-found': 'This ticket no longer exists.',
  'error.pack-not-found': 'This pack no longer exists.',
  'error.pack-expired': 'This pack has expired: it cannot be used for a new ticket.',
  'error.pack-empty': 'This pack has no incidents left.',
  'error.pack-below-used': 'A pack cannot hold fewer incidents than the {detail} already used.',
  'error.pack-expiry-before-purchase': 'The expiry date must be after the purchase date.',
  'error.duplicate-number': 'A ticket with this request number is already recorded.',
  'error.import-too-large':
    'This file is too large to import: {detail} MB, more than the 128 MB a backup may hold.',
  'error.import-too-many-records': 'This backup holds more records than PCX keeps ({detail}).',
  'error.import-too-deep':
    'This file nests lists or objects too deeply (more than {detail} levels): it is not a PCX backup.',
  'error.import-not-json':
    'This file is not valid JSON (it may be cut short): it breaks at character {detail}.',
  'error.import-upload-order':
    'Parts of the file arrived out of order ({detail}). Choose the file again.',
  'error.import-upload-overflow':
    'More of the file arrived than announced ({detail} characters). Choose the file again.',
  'error.import-upload-unknown':
    'This upload is no longer open (another file was chosen meanwhile). Choose the file again.',
  'error.import-upload-interrupted': 'The upload was interrupted: choose the file again.',
  'error.import-upload-incomplete':
    'Part of the file did not arrive ({detail} characters). Choose the file again.',
  'error.export-too-large':
    'The history is too large for one backup: {detail} MB, more than the 128 MB an import accepts. Export tickets and packs as CSV instead, or erase old records first.',
  'error.export-interrupted': 'The export was interrupted: export again.',
  'error.export-unknown': 'This export is no longer available: export again.',
  'error.import-forbidden-key': 'This file contains a forbidden key ({detail}): refused.',
  'error.import-wrong-format': 'This is not a PCX backup file ({detail}).',
  'error.import-future-version':
    'This backup comes from a newer version of PCX (schema {detail}): update the extension first.',
  'error.import-checksum':
    'This backup has been modified or damaged: its checksum does not match. Nothing was imported.',
  'error.import-invalid-record': 'A record in this backup is invalid: {detail}',
  'error.import-duplicate': 'This backup contains the same record twice: {detail}',
  'error.import-dangling-pack': 'A ticket in this backup refers to a missing pack ({detail}).',
  'error.import-pack-overspent':
    'After this import, the pack “{detail}” would have more tickets linked to it than it holds incidents. Nothing was imported.',
  'error.import-incomplete':
    'This backup was made while the history could not be read: it holds only writes kept aside and cannot be imported.',

  'reminder.due.title': 'First response due soon',
  'reminder.due.body': '{ticket} ({customer}): Microsoft’s first response is due at {time}.',
  'reminder.breach.title': 'First response overdue',
  'reminder.breach.body':
    '{ticket} ({customer}): the first response was due at {time} and is not marked as received.',
  'reminder.packExpiry.title': 'Support pack expiring',
  'reminder.packExpiry.body':
    '{pack} expires on {date} ({days, plural, =0 {today} one {# day left} other {# days left}}).',
  'reminder.packUnused.title': 'Unused support incidents',
  'reminder.packUnused.body':
    '{pack}: {left, plural, one {# incident still unused} other {# incidents still unused}}, expires on {date}.',
  'calendar.firstResponse': 'First response due: {ticket} ({customer})',
  'calendar.packExpiry': 'Support pack expires: {pack}',
} as const;
