import { PACK_KINDS } from '../rules/packs';
import { PROGRAM_IDS, SEVERITY_IDS } from '../rules/severities';
import { RULE_IDS } from '../sla/preview';
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
export const serviceField = () =>
  literal('azure', 'office-365', 'dynamics-crm-online', 'ems', 'on-premises');
export const portalField = () =>
  literal('azure', 'm365-admin', 'partner-center', 'support-for-business');
export const clockField = () => literal('around-the-clock', 'business-hours');
export const languageField = () => literal('english', 'local');
export const accountField = () => literal('msa', 'entra');
