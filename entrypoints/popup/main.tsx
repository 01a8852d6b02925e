import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { prefetchOpenTickets } from '../../components/popup/prefetch';
import '../../components/ui/theme.css';

// The first page of tickets is asked for before the settings are read and the first render, so
// the background answers while the popup sets itself up.
// Marks read by bench/popup.bench.mjs: script evaluated, first page received, first page painted.
performance.mark('pcx:popup-script');
prefetchOpenTickets();
render(<PopupApp />, document.getElementById('app')!);
