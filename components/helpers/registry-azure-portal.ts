import type { Feature } from '../../lib/platform/content-runtime';
import { azureDirectory, detectAzurePortal } from '../../lib/portals/azure-portal';
import { capture } from './capture';
import { contactCheck } from './contact-check';
import { contextBanner } from './context-banner';
import { planCheck } from './plan-check';
import { scopeHint } from './scope-hint';
import { severityPicker } from './severity-picker';
import type { PortalBinding } from './shared';
import { statusRead } from './status-read';

/** Azure portal's features, top document and ReactView frames. */
export const azurePortalFeatures: Feature[] = [
  contextBanner,
  planCheck,
  severityPicker,
  contactCheck,
  scopeHint,
  capture,
  statusRead,
];

/** The one portal this script detects (see `bindPortal`). */
export const azurePortal: PortalBinding = { detect: detectAzurePortal, directory: azureDirectory };
