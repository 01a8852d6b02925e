import {
  supportForBusinessFeatures,
  supportForBusinessPortal,
} from '../../components/helpers/registry-support-for-business';
import { bindPortal } from '../../components/helpers/shared';
import { showUpdateNotice } from '../../components/helpers/update-notice';
import { runFeatures } from '../../lib/platform/content-runtime';
import { matchPatterns } from '../../lib/portals/hosts';

/**
 * Support for business's request form (one URL, `/supportforbusiness/create`, and the older
 * `support.microsoft.com/…/supportforbusiness/productselection`): the N-1 eligibility badge with
 * the ledger offer, the note on unavailable plans and the first-response preview. Match-pattern
 * paths are case-sensitive and the older host may put a locale first: the detector decides.
 */
export default defineContentScript({
  matches: [
    ...matchPatterns('supportForBusiness', '/supportforbusiness*'),
    ...matchPatterns('supportForBusiness', '/SupportForBusiness*'),
    ...matchPatterns('supportForBusiness', '/*/supportforbusiness*'),
  ],
  runAt: 'document_idle',
  main(ctx) {
    bindPortal(supportForBusinessPortal);
    void runFeatures(ctx, { features: supportForBusinessFeatures, onStale: showUpdateNotice });
  },
});
