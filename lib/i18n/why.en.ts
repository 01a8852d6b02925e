/**
 * The rules page's "Why?" topics (covers.html#why-<topic>, lib/rules/why.ts): the rule behind each
 * helper's verdict, in plain words. Written for this product from domain.md, not Microsoft's text.
 */
export const whyEn = {
  'why.heading': 'Why PCX says so',
  'why.intro':
    'Each helper on Microsoft’s pages rests on one of these rules. Its “Why?” opens the rule here.',
  'why.first-response.title': 'When the first response is due',
  'why.first-response.body':
    'Severity is your own assessment of the business impact when you file. For a customer’s request (Cloud Solution Provider), Microsoft’s first response is due within 2, 4 or 8 hours for severity A, B or C. For your own organisation (professional support), A is due within 2 hours, counted around the clock or in business hours as you chose, and B and C within 4 and 8 business hours. A CSP question that is not break-fix (advice, how-to) may take up to one business day, and support in a language other than English runs in business hours only.',
  'why.first-response.how':
    'PCX counts business hours with the hours, time zone and holidays of its options, and names the rule it used next to every due time.',
  'why.plan.title': 'Which support plan',
  'why.plan.body':
    'A request you file in a customer’s tenant goes under the Cloud Solution Provider support plan: your CSP entitlement covers it. The CSP entitlement does not cover your own subscriptions: in your own tenant, choose another plan and be ready to prove another entitlement (a partner program contract ID, a Premier or Unified contract, an Azure support plan).',
  'why.contact.title': 'Whose contact details',
  'why.contact.body':
    'On a request for a customer, enter your own contact details, not the customer’s: you are the customer’s first line of support, and Microsoft answers you. PCX fills them from the partner profile of its options, and only when you click.',
  'why.context.title': 'Whose tenant you are in',
  'why.context.body':
    'To file for a customer, open the Azure portal or the Microsoft 365 admin center from Partner Center (Customers, the customer, Service management): the portal then opens in the customer’s tenant. Opened directly, it shows your own tenant, which is right only for your own subscriptions. PCX reads the tenant from the address, from what the tab remembers since Partner Center opened it, or from the directory the portal shows; when none of them tells, it asks rather than guess.',
  'why.n-1.title': 'Which versions a partner pack covers (N-1)',
  'why.n-1.body':
    'Partner-program packs (Partner On-premises Support 20, Gold, Silver, MAPS) cover on-premises products only, and only the current version (N) and the previous one (N-1), each while its mainstream support lasts. Older versions and products in extended support need paid support such as pay-per-incident, which covers a product in mainstream or extended support. Cloud products are never covered by these packs. PCX computes the verdict from Microsoft’s lifecycle dates, on the day in question.',
  'why.scope.title': 'What one incident covers',
  'why.scope.body':
    'One incident is one support problem that cannot be split: a problem made of several is several incidents. Not covered: feature requests, on-site support, root-cause analysis, products out of support, writing or reviewing custom code, and developer support for Office add-ins, APIs and Microsoft Graph. PCX points out these cases in a request’s title and description: a hint, never a refusal.',
  'why.packs.title': 'When a pack spends an incident',
  'why.packs.body':
    'A ticket spends an incident of a pack only when the pack covers it: a professional request (CSP requests cost no incident), an on-premises product for partner-program and pay-per-incident packs, and a version that passes N-1 for partner-program packs. A 5-pack can be used only when signed in with the Microsoft account that bought it, and only on days before its expiry, one year after purchase. PCX counts those days in your business-hours time zone.',
} as const;
