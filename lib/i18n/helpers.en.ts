/** Strings of the in-page helpers. */
export const helpersEn = {
  'card.mark': 'Added by PCX',
  'card.hide': 'Hide for this request',
  'card.show': 'Show',
  'card.why': 'Why?',
  'card.whyLabel': 'Why? The rule behind this, in a new tab',
  'card.whyFailed': 'The rules page did not open. Reload this page, then try again.',
  'banner.customer.named': 'Filing in {name}’s tenant (Cloud Solution Provider).',
  'banner.customer.unnamed': 'Filing in a customer’s tenant: {tenant} (Cloud Solution Provider).',
  'banner.customer.body':
    'This request is covered by your CSP support for this customer. Use your own contact details.',
  'banner.own.title': 'You are in your own tenant, not a customer’s.',
  'banner.own.body':
    'The CSP entitlement does not include support for your own partner subscriptions. To file for your own subscription, you must provide proof of a support entitlement, for example:',
  'banner.own.proof.contract': 'an MPN (partner program) contract ID;',
  'banner.own.proof.premier': 'a Premier contract ID;',
  'banner.own.proof.plan': 'an Azure support plan.',
  'banner.own.back':
    'Filing for a customer? Open {name}’s Service management page in Partner Center.',
  'banner.pending': 'Checking whose tenant this is…',
  'banner.unknown.title': 'Whose tenant is this?',
  'banner.unknown.body':
    'This page does not say. Check the directory in the portal’s account menu: in a customer’s directory the request is covered by CSP; in your own, you need another entitlement. To file for a customer, start from the customer’s Service management page in Partner Center.',
  'banner.unknown.directory':
    'The portal shows the directory “{name}”, which is neither one of your own tenants (Options, Profile) nor a customer you opened from Partner Center.',
  'banner.source.tab': 'Remembered for this tab: it was opened for this tenant.',
  'banner.source.directory': 'From the directory shown in the account menu: {name}.',

  'planCheck.customer-csp': 'Right plan: Cloud Solution Provider for a customer’s request.',
  'planCheck.customer-other':
    'For a customer’s request, choose the “Cloud Solution Provider” support plan.',
  'planCheck.own-csp':
    'This is your own tenant: the Cloud Solution Provider plan does not cover your own subscriptions. Choose the plan of your own entitlement.',
  'planCheck.own-other': 'Your own tenant: a plan other than Cloud Solution Provider is right.',
  'planCheck.unknown': 'Cannot check the support plan yet.',
  'planCheck.chooseCsp': 'Choose Cloud Solution Provider',

  'planCheck.pickFailed':
    'The portal did not take the choice. Choose “Cloud Solution Provider” in its Support plan list.',
  'severityPicker.none': 'Pick a severity to see when the first response is due.',
  'severityPicker.notBreakFix': 'Not break-fix (advisory or how-to question)',
  'severityPicker.whose': 'Whose tenant is this request for? The page does not say.',
  'severityPicker.whoseCustomer': 'A customer’s (Cloud Solution Provider)',
  'severityPicker.whoseOwn': 'Our own',
  'severityPicker.whoseNeeded':
    'Say whose tenant it is to see the first-response time: it depends on the support program. Until then the request is recorded with no due time.',
  'severityPicker.due': 'First response due by {due}',
  'severityPicker.yourZone': 'your time zone: {zone}',
  'severityPicker.yourZoneLine': 'Your time zone: {zone}.',
  'severityPicker.compact': '{severity} · {due}',
  'severityPicker.dueThere': 'In the request’s time zone ({zone}): {due}',
  'severityPicker.clock': 'Counted: {clock}.',
  'severityPicker.noPreview':
    'No preview: check your business hours in the PCX options (extension menu → Options).',

  'contactCheck.ok': 'Contact details: yours. Good.',
  'contactCheck.warning': 'These contact details look like the customer’s.',
  'contactCheck.unknown': 'Use your own contact details, not the customer’s.',
  'contactCheck.emailCustomer':
    'The e-mail address is not one of your domains: Microsoft would contact the customer instead of you.',
  'contactCheck.phoneCustomer': 'The phone number is not the one in your PCX profile.',
  'contactCheck.noProfile':
    'Your partner profile is empty: fill it in the PCX options (extension menu → Options → Partner profile) to fill these fields in one click.',
  'contactCheck.willChange': 'Filling in your profile will change:',
  'contactCheck.field.firstName': 'First name',
  'contactCheck.field.lastName': 'Last name',
  'contactCheck.field.email': 'E-mail',
  'contactCheck.field.phone': 'Phone',
  'contactCheck.empty': '(empty)',
  'contactCheck.fill': 'Fill in my contact details',

  'contactCheck.fillFailed':
    'The portal did not keep every field. Check the contact details before you create the request.',
  'scopeHint.ok': 'Nothing out of scope spotted.',
  'scopeHint.title': 'Before you submit:',

  'eligibility.title': 'Your support for {product}',
  'eligibility.unknownProduct':
    'Unknown product or version: PCX cannot say which of your plans apply.',
  'eligibility.noPacks': 'No pack recorded in PCX: pay-per-incident shown as the fallback.',
  'eligibility.held': '{count} held',
  /** Punctuation after a plan's name (French puts a space before the colon). */
  'eligibility.labelEnd': ': ',
  'eligibility.instead': 'Instead: {plans}.',
  'eligibility.note.title': 'Why these plans are unavailable',
  'eligibility.note.unknownPlan': 'PCX does not know this plan.',

  'sfbPreview.title': 'First response (professional support)',
  'sfbPreview.none': 'Choose a severity to see when the first response is due.',
  'sfbPreview.coverage.title': 'What this choice means for a severity {severity} request:',
  'sfbPreview.coverage.business-hours': 'Only during business hours: first response by {due}',
  'sfbPreview.coverage.around-the-clock': '24x7: first response by {due}',
  'sfbPreview.coverage.none': 'Choose a severity to compare the two choices.',

  'packSync.title': 'Your packs in PCX',
  'packSync.add': 'Not in PCX yet: {name} (Access Id {accessId}).',
  'packSync.addDetail':
    'Will be added: {start} to {end}, {left, plural, one {# incident left} other {# incidents left}}.',
  'packSync.addContract': 'Will be added: {start} to {end} (contract).',
  'packSync.update': 'In PCX with other values: {name} (Access Id {accessId}). Will change:',
  'packSync.same': 'Up to date in PCX: {name} (Access Id {accessId}).',
  'packSync.field.contractId': 'Access Id',
  'packSync.field.purchasedOn': 'Start',
  'packSync.field.expiresOn': 'Last usable day',
  'packSync.field.incidentsLeft': 'Incidents left',
  'packSync.change': '{field}: {from} → {to}',
  'packSync.empty': '(none)',
  'packSync.addButton': 'Add {name} to my packs',
  'packSync.updateButton': 'Update {name} in my packs',
  'packSync.decline': 'Not now',
  'packSync.declineName': 'Not now: {name}',
  'packSync.added': 'Added to your packs: {name}.',
  'packSync.updated': 'Updated in your packs: {name}.',
  'packSync.declined': 'Left as it is: {name}.',
  'packSync.failed': 'PCX could not save this pack ({code}). Nothing was changed.',
  'packSync.skipped':
    '{count, plural, one {# row of this list could not be read: skipped.} other {# rows of this list could not be read: skipped.}}',
  'packSync.unknownPlan':
    '{count, plural, one {# plan PCX does not know: left out.} other {# plans PCX does not know: left out.}}',
  'packSync.noLedger': 'PCX could not read your packs: no change is offered.',
} as const;
