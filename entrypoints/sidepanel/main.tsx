import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { prefetchOpenTickets } from '../../components/popup/prefetch';
import '../../components/ui/theme.css';

// The side panel (Chrome and Edge `side_panel`, Firefox `sidebar_action`) is the popup's UI at
// the panel's width: it stays open beside the portal tabs. The <html> class tells the styles.
prefetchOpenTickets();
render(<PopupApp />, document.getElementById('app')!);
