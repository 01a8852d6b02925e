import { PACK_KINDS } from '../rules/packs';
import { PROGRAM_IDS, SEVERITY_IDS } from '../rules/severities';
import { RULE_IDS } from '../sla/preview';
import {
  ACCOUNT_KINDS,
  CLOCKS,
  PORTAL_IDS,
  PORTAL_STATUSES,
  SERVICE_IDS,
  SUPPORT_LANGUAGES,
  TICKET_STATUSES,
} from '../vocabulary';
import { literal } from './schema';

/**
 * Schemas of the history's enumerated fields, shared by the messages that write records and the
 * backup importer that reads them back, and derived from the rules' own id lists, so that a new
 * pack kind or rule is accepted everywhere at once.
 */
export const severityField = () => literal(...SEVERITY_IDS);
export const programField = () => literal(...PROGRAM_IDS);
export const ruleField = () => literal(...RULE_IDS);
export const packKindField = () => literal(...PACK_KINDS);
export const serviceField = () => literal(...SERVICE_IDS);
export const portalField = () => literal(...PORTAL_IDS);
export const clockField = () => literal(...CLOCKS);
export const languageField = () => literal(...SUPPORT_LANGUAGES);
export const accountField = () => literal(...ACCOUNT_KINDS);
export const ticketStatusField = () => literal(...TICKET_STATUSES);
export const portalStatusField = () => literal(...PORTAL_STATUSES);
