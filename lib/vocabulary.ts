/**
 * The history's vocabulary, declared once as lists; the types derive from them, the message and
 * backup schemas accept exactly them (lib/history/types.ts) and the pages map over them
 * to build their choices. Severities and programs are the rules' own lists (lib/rules/severities).
 */

import { PROGRAM_IDS } from './rules/severities';

export { PROGRAM_IDS, SEVERITY_IDS } from './rules/severities';

/**
 * The program a ticket is recorded under: a support program, or 'unknown' when the page did not
 * tell whose tenant the request is for and the agent did not say (domain.md §8): never a guess.
 */
export const TICKET_PROGRAMS = [...PROGRAM_IDS, 'unknown'] as const;
export type TicketProgram = (typeof TICKET_PROGRAMS)[number];

/** The services a request can be about (the portals' own service families). */
export const SERVICE_IDS = [
  'azure',
  'office-365',
  'dynamics-crm-online',
  'ems',
  'on-premises',
] as const;
export type Service = (typeof SERVICE_IDS)[number];

/** Where a request was filed. */
export const PORTAL_IDS = [
  'azure',
  'm365-admin',
  'partner-center',
  'support-for-business',
] as const;
export type PortalKind = (typeof PORTAL_IDS)[number];

/** Our status of a ticket, in the order of its life. */
export const TICKET_STATUSES = ['open', 'responded', 'resolved', 'closed-unresolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The status the portal itself shows. */
export const PORTAL_STATUSES = ['open', 'closed', 'attention-needed'] as const;
export type PortalStatus = (typeof PORTAL_STATUSES)[number];

/** The language support is asked in: English, or the customer's local language. */
export const SUPPORT_LANGUAGES = ['english', 'local'] as const;
export type SupportLanguage = (typeof SUPPORT_LANGUAGES)[number];

/** How a first-response clock runs. */
export const CLOCKS = ['around-the-clock', 'business-hours'] as const;
export type Clock = (typeof CLOCKS)[number];

/** The kind of sign-in that bought a pack. */
export const ACCOUNT_KINDS = ['msa', 'entra'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
