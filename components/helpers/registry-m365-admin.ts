import type { Feature } from '../../lib/platform/content-runtime';
import { capture } from './capture';
import { contactCheck } from './contact-check';
import { contextBanner } from './context-banner';
import { scopeHint } from './scope-hint';

/** Microsoft 365 admin center's features (Microsoft assigns severity there: no picker). */
export const m365AdminFeatures: Feature[] = [contextBanner, contactCheck, scopeHint, capture];
