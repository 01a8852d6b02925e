import { m365AdminFeatures } from '../../components/helpers/registry';
import { runFeatures } from '../../lib/platform/content-runtime';
import { matchPatterns } from '../../lib/portals/hosts';

/** Microsoft 365 admin center, including the delegated-admin entry (`BeginClientSession.aspx`). */
export default defineContentScript({
  matches: matchPatterns('m365Admin'),
  runAt: 'document_start',
  main(ctx) {
    void runFeatures(ctx, { features: m365AdminFeatures });
  },
});
