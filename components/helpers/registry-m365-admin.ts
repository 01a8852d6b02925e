import type { Feature } from '../../lib/platform/content-runtime';
import { detectM365Admin, m365Directory } from '../../lib/portals/m365-admin';
import { capture } from './capture';
import { contactCheck } from './contact-check';
import { contextBanner } from './context-banner';
import { scopeHint } from './scope-hint';
import type { PortalBinding } from './shared';
import { statusRead } from './status-read';

/** Microsoft 365 admin center's features (Microsoft assigns severity there: no picker). */
export const m365AdminFeatures: Feature[] = [
  contextBanner,
  contactCheck,
  scopeHint,
  capture,
  statusRead,
];

/** The one portal this script detects (see `bindPortal`). */
export const m365AdminPortal: PortalBinding = { detect: detectM365Admin, directory: m365Directory };
