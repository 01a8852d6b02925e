/** What Microsoft support covers: the rules of the source documents, where the agent needs them, and the page that lists them. */
export const coversEn = {
  'covers.title': 'What Microsoft support covers',
  'covers.link': 'What Microsoft support covers',
  'covers.intro':
    'Microsoft’s rules for the requests you file, as its CSP partner guide and its professional-support FAQ state them. PCX reminds you of each one where you need it.',
  'covers.csp.heading': 'Filing for a customer (Cloud Solution Provider)',
  'covers.csp.route':
    'File from Partner Center: Customers, the customer, Service management, then the service concerned. Partner Center sends you to the Azure portal or the Microsoft 365 admin center in the customer’s tenant.',
  'covers.csp.billing':
    'The same route is also for billing problems, billing disputes and fraud: file them as a service request for the customer.',
  'covers.csp.noPhone':
    'No filing by phone: phone support is not offered for the CSP program. File online.',
  'covers.csp.contact': 'Enter your own contact details, not the customer’s.',
  'covers.csp.own':
    'Your CSP entitlement does not include support for your own partner subscriptions. For those, you must provide proof of a support entitlement, for example an MPN (partner program) contract ID, a Premier contract ID or an Azure support plan.',
  'covers.pro.heading': 'Professional support (pay-per-incident) and 5-packs',
  'covers.pro.incident':
    'An incident is one support problem that cannot be divided. A problem that divides into several is several incidents.',
  'covers.pro.sameAccount':
    'To file an incident from a 5-pack, sign in with the same Microsoft account that was used to buy the pack.',
  'covers.pro.buyerLeft':
    'If the person who bought the 5-pack has left and you cannot use that account, contact Microsoft with the order confirmation number as proof of purchase to reach the remaining incidents.',
  'covers.pro.expiry': 'A 5-pack’s incidents expire one year after purchase.',
  'covers.pro.creditCard':
    'Billing questions about a credit-card purchase go to the Microsoft account site, not to support:',
  'covers.pro.taxExempt':
    'Tax-exempt customer? Tax-exemption documents are sent separately, as Microsoft explains:',
  'covers.pro.taxExemptLink': 'How to provide tax-exemption documents to Microsoft support',
  'covers.notCovered.heading': 'What professional support does not cover',
  'covers.notCovered.features': 'proposals for product features;',
  'covers.notCovered.onsite': 'on-site support;',
  'covers.notCovered.rca': 'root-cause analysis;',
  'covers.notCovered.lifecycle': 'products out of their support lifecycle;',
  'covers.notCovered.code': 'writing or reviewing custom code;',
  'covers.notCovered.developer':
    'developer support for Office 365 add-ins, APIs and the like, Microsoft Graph included.',
  'covers.where.heading': 'Where PCX reminds you',
  'covers.where.banner':
    'Azure portal and Microsoft 365 admin center: the context banner (billing, disputes and fraud; no phone; your own subscriptions).',
  'covers.where.sfb':
    'Support for business: under the eligibility badge (the account that bought a 5-pack, the order confirmation number, credit-card billing, tax exemption).',
  'covers.where.pack':
    'Popup, Packs: the pack dialog records the account that bought a pack and its order confirmation number.',
  'covers.sources.heading': 'Sources',
  'covers.sources.pro':
    'Microsoft: Support for business FAQ (professional support, pay-per-incident)',
  'covers.sources.csp':
    'Microsoft’s CSP partner guide “Report problems on behalf of a customer” (Partner Center documentation).',

  'covers.pack.accountKindHint':
    'Pay-per-incident is not offered to work (Microsoft Entra) sign-ins because of a known issue (KB 4490370): Microsoft says to use a personal Microsoft account.',
  'covers.pack.buyer': 'Microsoft account that bought it',
  'covers.pack.buyerHint':
    'A 5-pack’s incidents can be used only when signed in with the account that bought it. PCX warns on Support for business when another account is signed in.',
  'covers.pack.orderHint':
    'The proof of purchase: if the buyer leaves, Microsoft asks for this number to reach the remaining incidents.',

  'covers.badge.title': 'Before you file',
  'covers.badge.mismatch':
    'This page shows {signedIn} signed in, but {pack} was bought with {buyer}. Its incidents can be used only when signed in with that same Microsoft account.',
  'covers.badge.match': '{pack} was bought with {buyer}, the account signed in here.',
  'covers.badge.unread':
    '{pack} was bought with {buyer}: its incidents can be used only when signed in with that account. PCX cannot read which account is signed in on this page.',
  'covers.badge.noBuyer':
    '{pack}: PCX does not know which Microsoft account bought it. Its incidents can be used only when signed in with that account: record it with the pack (popup, Packs).',
  'covers.badge.orderNumber':
    'If the buyer has left and you cannot use that account, contact Microsoft with the pack’s order confirmation number (kept with the pack in PCX) as proof of purchase.',
} as const;
