import { partnerCenterFeatures } from '../../components/helpers/registry-partner-center';
import { showUpdateNotice } from '../../components/helpers/update-notice';
import { runFeatures } from '../../lib/platform/content-runtime';
import { matchPatterns } from '../../lib/portals/hosts';

/** Partner Center: remembers which customer the agent is working on (the context hand-off). */
export default defineContentScript({
  matches: matchPatterns('partnerCenter'),
  runAt: 'document_idle',
  main(ctx) {
    void runFeatures(ctx, { features: partnerCenterFeatures, onStale: showUpdateNotice });
  },
});
