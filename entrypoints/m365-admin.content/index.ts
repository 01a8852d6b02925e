import { rememberDelegatedEntry } from '../../components/helpers/delegated-entry';
import { m365AdminFeatures, m365AdminPortal } from '../../components/helpers/registry-m365-admin';
import { bindPortal } from '../../components/helpers/shared';
import { showUpdateNotice } from '../../components/helpers/update-notice';
import { runFeatures } from '../../lib/platform/content-runtime';
import { M365_ENTRY_PATHS, matchPatterns } from '../../lib/portals/hosts';

/**
 * Microsoft 365 admin center, including the delegated-admin entry (`BeginClientSession.aspx`), which
 * Partner Center links on portal.office.com as well as on the admin center itself (portals.md).
 */
export default defineContentScript({
  matches: [
    ...matchPatterns('m365Admin'),
    ...M365_ENTRY_PATHS.flatMap((path) => matchPatterns('m365Entry', path)),
  ],
  runAt: 'document_start',
  main(ctx) {
    // Before anything else: the delegated entry redirects at once and its URL names the tenant.
    rememberDelegatedEntry(window.location.href);
    bindPortal(m365AdminPortal);
    void runFeatures(ctx, { features: m365AdminFeatures, onStale: showUpdateNotice });
  },
});
