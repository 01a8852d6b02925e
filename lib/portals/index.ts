import { detectAzurePortal } from './azure-portal';
import { detectM365Admin } from './m365-admin';
import { detectPartnerCenter } from './partner-center';
import { detectSupportForBusiness } from './support-for-business';
import type { Detection } from './types';

export { azureDirectory, azureRequestLink, azureRoute, detectAzurePortal } from './azure-portal';
export { detectM365Admin, m365Directory, m365Route } from './m365-admin';
export {
  detectPartnerCenter,
  partnerCenterCustomerName,
  partnerCenterDomains,
  partnerCenterRoute,
} from './partner-center';
export { type SignedInAccount, sfbSignedInAccount } from './sfb-account';
export { detectSupportForBusiness, supportForBusinessRoute } from './support-for-business';
export * from './tenant';
export * from './types';

export const DETECTORS = [
  detectPartnerCenter,
  detectAzurePortal,
  detectM365Admin,
  detectSupportForBusiness,
] as const;

/** The first detector that recognises the URL. */
export function detect(url: URL, doc?: Document): Detection | null {
  for (const d of DETECTORS) {
    const found = d(url, doc);
    if (found) return found;
  }
  return null;
}
