/** Statuses read from the portals' request lists and details, and the first-response record. */
export const statusesEn = {
  'app.helper.status-read.name': 'Request statuses',
  'app.helper.status-read.desc':
    'Reads the status and Microsoft’s latest reply of your recorded requests on the portals’ request lists and details.',
  'app.replies.legend':
    'When a portal shows Microsoft replied to a request still awaiting its first response',
  'app.replies.propose': 'Ask me in the popup',
  'app.replies.proposeHint': 'The ticket shows the reply’s time, with Mark responded and Dismiss.',
  'app.replies.apply': 'Mark the ticket responded at once',
  'app.replies.applyHint':
    'The reply’s time is recorded as the first response; its reminders stop.',
  'app.replies.proposal': 'Microsoft replied at {when} — mark responded?',
  'app.replies.proposalFor': 'Microsoft’s reply to {title}',
  'app.replies.accept': 'Mark responded',
  'app.replies.acceptFor': 'Mark {title} responded at {when}',
  'app.replies.dismiss': 'Dismiss',
  'app.replies.dismissFor': 'Dismiss Microsoft’s reply to {title}',
  'app.replies.accepted': 'Marked responded: first response {when}.',
  'app.replies.dismissed': 'Dismissed. A later reply will be proposed again.',
  'app.replies.firstResponse': 'First response {when}',
  'app.replies.fromPortal': 'read on the portal',
  'app.replies.fromAgent': 'marked by you',
  'app.replies.met': 'in time',
  'app.replies.missed': 'late',
  'app.replies.portalStatus': 'Portal: {status}',
  'portalStatus.open': 'Open',
  'portalStatus.closed': 'Closed',
  'portalStatus.attention-needed': 'Awaiting your reply',
  'error.no-reply-proposed': 'There is no reply to mark responded on this ticket any more.',
} as const;
