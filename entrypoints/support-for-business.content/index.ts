import { supportForBusinessFeatures } from '../../components/helpers/registry-support-for-business';
import { runFeatures } from '../../lib/platform/content-runtime';
import { matchPatterns } from '../../lib/portals/hosts';

/** Support for business purchase workflow: the N-1 eligibility badge and note. */
export default defineContentScript({
  matches: matchPatterns('supportForBusiness', '/supportforbusiness/*'),
  runAt: 'document_idle',
  main(ctx) {
    void runFeatures(ctx, { features: supportForBusinessFeatures });
  },
});
