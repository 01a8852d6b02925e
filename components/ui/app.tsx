import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type MessageKey, resolveLanguage } from '../../lib/i18n';
import { browserUiLanguage, loadSettings, watchSettings } from '../../lib/platform/settings-store';
import type { Settings } from '../../lib/settings';
import { I18nProvider, makeI18n } from '../i18n';

const SettingsContext = createContext<Settings | null>(null);

/** The saved settings, live: every surface re-renders when another one saves. */
export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings outside <AppFrame>');
  return settings;
}

/**
 * Loads the settings, follows their changes (interface language switched in options applies at
 * once to an open popup), and provides the translator for the resolved language. Sets `lang` and
 * the title on the document so screen readers pronounce French as French.
 */
export function AppFrame({
  titleKey,
  children,
}: {
  titleKey: MessageKey;
  children: ComponentChildren;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Layout effect: read the settings right after the first (empty) commit instead of a frame
  // later; nothing shows before they are known, so this is the popup's opening time.
  useLayoutEffect(() => {
    let alive = true;
    const stop = watchSettings((next) => alive && setSettings(next));
    void loadSettings().then((loaded) => alive && setSettings((current) => current ?? loaded));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const language = settings ? resolveLanguage(settings.uiLanguage, browserUiLanguage()) : null;
  const i18n = useMemo(() => (language ? makeI18n(language) : null), [language]);
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.language;
    document.title = `${i18n.t('app.name')} — ${i18n.t(titleKey)}`;
  }, [i18n, titleKey]);
  if (!settings || !i18n) return null;
  return (
    <SettingsContext.Provider value={settings}>
      <I18nProvider value={i18n}>{children}</I18nProvider>
    </SettingsContext.Provider>
  );
}

/** `Date.now()` refreshed every `periodMs` (countdowns: 30 s). */
export function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(timer);
  }, [periodMs]);
  return now;
}
