import type { Feature } from '../../lib/platform/content-runtime';
import { capture } from './capture';
import { contactCheck } from './contact-check';
import { contextBanner } from './context-banner';
import { planCheck } from './plan-check';
import { scopeHint } from './scope-hint';
import { severityPicker } from './severity-picker';

/** Azure portal's features, top document and ReactView frames. */
export const azurePortalFeatures: Feature[] = [
  contextBanner,
  planCheck,
  severityPicker,
  contactCheck,
  scopeHint,
  capture,
];
