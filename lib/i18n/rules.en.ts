/**
 * Strings for the ids the rules library returns (lib/sla, lib/lifecycle, lib/rules): the UI
 * translates `rule.<id>`, `caveat.<id>`, `reason.<id>`, `plan.<id>`, `packWarning.<id>`,
 * `scope.<id>`, `phase.<id>`, `severity.<id>.*`, `program.<id>`, `service.<id>`.
 * Written for this product, in plain words; not Microsoft's sentences.
 */
export const rulesEn = {
  'severity.A.name': 'Severity A',
  'severity.A.impact': 'Critical: production is down or badly degraded; the business is stopped.',
  'severity.B.name': 'Severity B',
  'severity.B.impact': 'Moderate: production works but is partly affected.',
  'severity.C.name': 'Severity C',
  'severity.C.impact': 'Minimal: the service still works, or only non-production is affected.',

  'program.csp': 'Cloud Solution Provider (on behalf of a customer)',
  'program.professional': 'Professional support (your own organisation)',
  'program.unknown': 'Not known: the page did not tell whose tenant this is',

  'service.azure': 'Azure',
  'service.office-365': 'Office 365 / Microsoft 365',
  'service.dynamics-crm-online': 'Dynamics CRM Online',
  'service.ems': 'Enterprise Mobility Suite',
  'service.on-premises': 'On-premises product',

  'clock.around-the-clock': 'around the clock',
  'clock.business-hours': 'business hours',
  'duration.minutes': '{hours} h',
  'duration.businessDays': '{days, plural, one {# business day} other {# business days}}',

  'rule.csp-non-break-fix': 'CSP, not break-fix (advisory or how-to): up to one business day.',
  'rule.local-language':
    'Support in a local language runs in business hours: the severity’s time counts business hours only.',
  'rule.csp-severity': 'CSP initial response for this severity (Partner Center guide).',
  'rule.professional-severity':
    'Professional (pay-per-incident) initial response for this severity and coverage.',

  'caveat.sev-a-needs-24x7-staff':
    'Severity A around the clock: your own staff must be reachable around the clock too, or Microsoft may lower the severity.',
  'caveat.local-language-business-hours':
    'Initial response times are for English; local-language support is given in business hours.',
  'caveat.csp-bc-as-written':
    'CSP B and C read as written: 4 and 8 hours on the clock (options can switch to business hours).',
  'caveat.csp-bc-business-hours':
    'CSP B and C read as business hours (your choice in options; the guide says 4 and 8 hours).',

  'phase.mainstream': 'Mainstream support',
  'phase.extended': 'Extended support',
  'phase.modern': 'Modern lifecycle (supported while current)',
  'phase.out-of-support': 'Out of support',
  'phase.not-released': 'Not released on that date',

  'status.eligible': 'Eligible',
  'status.not-eligible': 'Not eligible',
  'status.unknown': 'Unknown',

  'reason.current-version': 'Current version (N), in mainstream support.',
  'reason.previous-version-in-mainstream': 'Previous version (N-1), still in mainstream support.',
  'reason.older-than-n-1':
    'Older than N-1: partner-program incidents only cover the current and previous versions.',
  'reason.mainstream-ended':
    'Mainstream support has ended: partner-program incidents cannot be used any more.',
  'reason.cloud-product':
    'Cloud product: partner-program packs do not cover it; use cloud support.',
  'reason.on-premises-product': 'On-premises product: cloud support plans do not cover it.',
  'reason.in-lifecycle': 'Still in its support lifecycle (mainstream or extended).',
  'reason.out-of-support': 'Past the end of support: no paid incident covers it.',
  'reason.not-released': 'This version was not released on that date.',
  'reason.unknown-product': 'Unknown product or version: no verdict.',

  'plan.partner-gold-20pack': 'Partner support Gold 20pack',
  'plan.partner-silver-15pack': 'Partner support Silver 15pack',
  'plan.partner-maps-10pack': 'MAPS 10pack',
  'plan.partner-on-premises-20': 'Partner On-premises Support 20',
  'plan.partner-cloud-support': 'Partner / Signature Cloud Support',
  'plan.advanced-support-partners': 'Advanced Support for Partners',
  'plan.premier-unified': 'Premier / Unified',
  'plan.pay-per-incident': 'Pay-per-incident',
  'plan.pay-per-incident-5pack': 'Pay-per-incident 5-pack',

  'packWarning.entra-sign-in':
    'Bought with a work (Entra) account: pay-per-incident may not show up for work sign-ins (KB 4490370). Use the personal Microsoft account that bought it.',
  'packWarning.expires-within-30-days': 'Expires within 30 days.',
  'packWarning.expires-within-7-days': 'Expires within 7 days.',
  'packWarning.expired': 'Expired: it can no longer be used.',
  'packWarning.no-incidents-left': 'No incidents left.',
  'packWarning.on-premises-only': 'On-premises products only, under the N-1 policy.',
  'packWarning.not-for-cloud': 'Cannot be used for cloud products.',
  'packWarning.cloud-only':
    'Cloud products only: on-premises products need an on-premises pack or pay-per-incident.',
  'packWarning.not-for-on-premises':
    'Cannot be used for on-premises products: a cloud support plan covers cloud products only.',

  'scope.feature-request':
    'Looks like a feature request: not a support incident (use product feedback instead).',
  'scope.on-site': 'On-site support is not part of a support incident.',
  'scope.root-cause-analysis': 'Root-cause analysis is not covered by a support incident.',
  'scope.unsupported-product': 'Mentions a product version that is out of support on this date.',
  'scope.custom-code': 'Writing or reviewing custom code is not covered.',
  'scope.developer-api':
    'Developer support (Office add-ins, APIs, Microsoft Graph) is not covered by a support incident.',
  'scope.several-problems':
    'This seems to describe several problems: each one that stands alone is a separate incident.',
} as const;
