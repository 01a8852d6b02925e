import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Customer } from '../../lib/history/types';
import { inSidePanel, sidePanelOpener } from '../../lib/platform/side-panel';
import { setupItem } from '../../lib/platform/storage';
import { useI18n } from '../i18n';
import { AppFrame } from '../ui/app';
import { Button } from '../ui/Button';
import { StatusBanner } from '../ui/StatusBanner';
import { Tabs, tabPanelProps } from '../ui/Tabs';
import { Calculator } from './Calculator';
import { CustomersTab } from './CustomersTab';
import { useCustomers, usePacks } from './data';
import { type PopupFocus, readPopupFocus } from './focus';
import { HistoryBanner } from './HistoryBanner';
import { onPopupKey } from './keys';
import { PacksTab } from './PacksTab';
import { TicketsTab } from './TicketsTab';

type TabId = 'tickets' | 'packs' | 'customers' | 'calculator';
const TABS: TabId[] = ['tickets', 'packs', 'customers', 'calculator'];
// One empty list, not a new one each render: the tickets tab memoises on it.
const NO_CUSTOMERS: Customer[] = [];

export function PopupApp() {
  return (
    <AppFrame titleKey="app.popup.title">
      <Popup />
    </AppFrame>
  );
}

function Popup() {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabId>('tickets');
  const [focus, setFocus] = useState<PopupFocus | null>(null);
  // The first page of tickets goes first; packs, customers and the history's health follow once
  // it is on screen (or at once when the popup opens on a pack).
  const [ready, setReady] = useState(false);
  const packs = usePacks(ready || tab !== 'tickets');
  const customers = useCustomers(ready || tab !== 'tickets');
  const main = useRef<HTMLElement>(null);
  // Until the first-run setup is finished or skipped, the popup offers it (checked once loaded).
  const [setupDone, setSetupDone] = useState(true);
  useEffect(() => {
    void setupItem
      .getValue()
      .then((s) => setSetupDone(s.done))
      .catch(() => {});
    return setupItem.watch((s) => setSetupDone(s.done));
  }, []);
  const [openPanel, setOpenPanel] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    document.addEventListener('keydown', onPopupKey);
    return () => document.removeEventListener('keydown', onPopupKey);
  }, []);
  useEffect(() => {
    if (inSidePanel()) return;
    void sidePanelOpener().then((open) => open && setOpenPanel(() => open));
  }, []);
  const toPanel = () => {
    if (!openPanel) return;
    // Asked inside the click; the popup then gives way to the panel (a tab stays).
    void openPanel()
      .then(() => {
        if (browser.extension.getViews({ type: 'popup' }).includes(window)) window.close();
      })
      .catch((error) => console.warn('PCX side panel:', error));
  };

  useEffect(() => {
    void readPopupFocus(location.search).then((f) => {
      if (!f) return;
      setFocus(f);
      setTab(f.kind === 'pack' ? 'packs' : 'tickets');
    });
  }, []);

  // First page of tickets painted: mark it for the benchmark and the tests (data-ready).
  // (Called from an effect, which Preact runs once the browser has painted the rows.)
  const onReady = () => {
    performance.mark('pcx:popup-ready');
    main.current?.setAttribute('data-ready', 'true');
    setReady(true);
  };
  // Panels are built the first time they are shown, then kept (their state survives switching):
  // 200 pack cards and 50 customer cards need not compete with the first page of tickets.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['tickets']));
  useEffect(() => {
    setVisited((v) => (v.has(tab) ? v : new Set([...v, tab])));
  }, [tab]);

  return (
    <main ref={main} class="pcx-popup">
      <header class="pcx-row pcx-row--between">
        <h1 class="pcx-flush">{t('app.name')}</h1>
        <span class="pcx-row pcx-row--tight">
          {openPanel && (
            <Button variant="link" small onClick={toPanel} data-testid="open-side-panel">
              {t('shell.sidePanel.open')}
            </Button>
          )}
          <a href="reports.html" target="_blank" rel="noopener noreferrer" class="pcx-small">
            {t('reports.link')}
          </a>
          <a href="covers.html" target="_blank" rel="noopener noreferrer" class="pcx-small">
            {t('covers.link')}
          </a>
          <a href="options.html" target="_blank" rel="noopener noreferrer" class="pcx-small">
            {t('app.popup.options')}
          </a>
        </span>
      </header>
      {ready && <HistoryBanner />}
      {ready && !setupDone && (
        <div data-testid="finish-setup">
          <StatusBanner
            tone="info"
            actions={
              <a href="options.html#setup" target="_blank" rel="noopener noreferrer">
                {t('shell.setup.popupLink')}
              </a>
            }
          >
            {t('shell.setup.popup')}
          </StatusBanner>
        </div>
      )}
      <Tabs
        idBase="popup"
        label={t('app.popup.sections')}
        items={TABS.map((id) => ({ id, label: t(`app.popup.tab.${id}`) }))}
        selected={tab}
        onSelect={setTab}
      />
      <div {...tabPanelProps('popup', 'tickets', tab)}>
        <TicketsTab
          packs={packs.packs}
          customers={customers.items ?? NO_CUSTOMERS}
          focusId={focus?.kind === 'ticket' ? focus.id : null}
          onPackChanged={(pack) => (pack ? packs.replace(pack) : void packs.reload())}
          onReady={onReady}
        />
      </div>
      <div {...tabPanelProps('popup', 'packs', tab)}>
        {visited.has('packs') && (
          <PacksTab
            packs={packs.packs}
            error={packs.error}
            focusId={focus?.kind === 'pack' ? focus.id : null}
            onChanged={() => void packs.reload()}
          />
        )}
      </div>
      <div {...tabPanelProps('popup', 'customers', tab)}>
        {visited.has('customers') && (
          <CustomersTab
            customers={customers.items ?? NO_CUSTOMERS}
            error={customers.error}
            hasMore={customers.hasMore}
            onLoadMore={() => void customers.loadMore()}
          />
        )}
      </div>
      <div {...tabPanelProps('popup', 'calculator', tab)}>
        {tab === 'calculator' && <Calculator />}
      </div>
    </main>
  );
}
