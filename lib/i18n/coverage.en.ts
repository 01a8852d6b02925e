/** Spending an incident: whether a pack covers a ticket, the refusals and the override. */
export const coverageEn = {
  'coverage.covers': 'Covers this ticket',
  'error.not-covered-csp-costs-nothing':
    'A Cloud Solution Provider request costs no incident: Microsoft supports it under the CSP agreement.',
  'error.not-covered-program-unknown':
    'We do not know whose tenant this request was filed in. Set the ticket’s program first: a customer’s tenant is Cloud Solution Provider (no incident), your own is professional support.',
  'error.not-covered-cloud-ticket':
    'A cloud service is not covered by this pack: partner on-premises packs and pay-per-incident cover on-premises products. Use a cloud support plan.',
  'error.not-covered-on-premises-ticket':
    'A cloud support plan does not cover on-premises products. Use an on-premises pack or pay-per-incident.',
  'error.not-covered-version-needed':
    'This pack follows the N-1 policy: set the ticket’s product and version so that it can be checked.',
  'error.not-covered-not-in-our-data':
    'This product version is not in our lifecycle data, so N-1 cannot be checked. Check it on Microsoft’s lifecycle pages.',
  'error.not-covered-not-eligible':
    'This pack does not cover this product version on the day the ticket was filed.',
  'coverage.notEligibleBecause': 'On {date}: {reason}',
  'coverage.spendAnyway': 'Spend anyway…',
  'coverage.overrideTitle': 'Spend an incident anyway?',
  'coverage.overrideBody':
    'The rules say this pack does not cover this ticket. Spend one of its incidents only if Microsoft agreed. Your reason is kept in the change log.',
  'coverage.overrideNote': 'Why this pack pays for it',
  'coverage.overrideNoteHint': 'At least 3 characters, for example who at Microsoft agreed.',
  'coverage.overrideConfirm': 'Spend one incident',
  'coverage.overridden': 'Spent anyway (reason in the change log)',
} as const;
