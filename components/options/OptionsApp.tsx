import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { AppFrame } from '../ui/app';
import { Tabs, tabPanelProps } from '../ui/Tabs';
import { AboutSection } from './AboutSection';
import { DataSection } from './DataSection';
import { HoursSection } from './HoursSection';
import { ManagedProvider, ManagedSummary } from './managed';
import { ProfileSection } from './ProfileSection';
import { HelpersSection, LanguagesSection, TermsSection } from './SettingsSections';
import { Setup } from './Setup';
import { DirtyContext } from './section';

const SECTIONS = ['hours', 'languages', 'terms', 'profile', 'helpers', 'data', 'about'] as const;
type SectionId = (typeof SECTIONS)[number];

export function OptionsApp() {
  return (
    <AppFrame titleKey="app.options.title">
      <ManagedProvider>
        <Options />
      </ManagedProvider>
    </AppFrame>
  );
}

const inSetup = () => location.hash === '#setup';

const fromHash = (): SectionId => {
  const id = location.hash.slice(1);
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'hours';
};

function Options() {
  const { t } = useI18n();
  const [section, setSection] = useState<SectionId>(fromHash);
  const [setup, setSetup] = useState(inSetup);
  const dirty = useRef(new Set<string>());
  const [dirtyCount, setDirtyCount] = useState(0);
  const report = useCallback((id: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(id);
    else dirty.current.delete(id);
    setDirtyCount(dirty.current.size);
  }, []);

  // Unsaved edits survive switching sections (panels stay mounted); closing the tab asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onHash = () => {
      setSection(fromHash());
      setSetup(inSetup());
    };
    addEventListener('beforeunload', onBeforeUnload);
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('beforeunload', onBeforeUnload);
      removeEventListener('hashchange', onHash);
    };
  }, []);

  const select = (id: SectionId) => {
    setSection(id);
    history.replaceState(null, '', `#${id}`);
  };

  return (
    <DirtyContext.Provider value={report}>
      <div class={setup ? 'pcx-options pcx-options--setup' : 'pcx-options'}>
        <header class="pcx-options__header">
          <h1>{t('app.name')}</h1>
          <span class="pcx-muted">{t('app.options.title')}</span>
          {dirtyCount > 0 && (
            <span class="pcx-badge pcx-badge--warn" role="status">
              {t('app.options.unsavedSections', { n: dirtyCount })}
            </span>
          )}
        </header>
        {setup && (
          <main>
            <Setup
              onDone={() => {
                setSetup(false);
                select('hours');
              }}
            />
          </main>
        )}
        {!setup && (
          <nav aria-label={t('app.options.sections')}>
            <Tabs
              idBase="opt"
              vertical
              label={t('app.options.sections')}
              items={SECTIONS.map((id) => ({ id, label: t(`app.options.${id}`) }))}
              selected={section}
              onSelect={select}
            />
          </nav>
        )}
        {!setup && (
          <main>
            <ManagedSummary />
            <div {...tabPanelProps('opt', 'hours', section)}>
              <HoursSection />
            </div>
            <div {...tabPanelProps('opt', 'languages', section)}>
              <LanguagesSection />
            </div>
            <div {...tabPanelProps('opt', 'terms', section)}>
              <TermsSection />
            </div>
            <div {...tabPanelProps('opt', 'profile', section)}>
              <ProfileSection />
            </div>
            <div {...tabPanelProps('opt', 'helpers', section)}>
              <HelpersSection />
            </div>
            <div {...tabPanelProps('opt', 'data', section)}>
              <DataSection />
            </div>
            <div {...tabPanelProps('opt', 'about', section)}>
              <AboutSection />
            </div>
          </main>
        )}
      </div>
    </DirtyContext.Provider>
  );
}
