import { azurePortal, azurePortalFeatures } from '../../components/helpers/registry-azure-portal';
import { bindPortal } from '../../components/helpers/shared';
import { showUpdateNotice } from '../../components/helpers/update-notice';
import { runFeatures } from '../../lib/platform/content-runtime';
import { matchPatterns } from '../../lib/portals/hosts';

/**
 * Azure portal, top document and ReactView frames (served from *.reactblade.portal.azure.net):
 * the support-request helpers and the capture of created requests. `allFrames` because the
 * wizard may render inside a ReactView iframe; frames talk only through the background.
 */
export default defineContentScript({
  matches: [...matchPatterns('azurePortal'), ...matchPatterns('azureReactBlade')],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    bindPortal(azurePortal);
    void runFeatures(ctx, { features: azurePortalFeatures, onStale: showUpdateNotice });
  },
});
