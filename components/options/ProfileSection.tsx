import { countriesFor, countryName } from '../../lib/i18n/countries';
import { isDomain, isGuid } from '../../lib/ids';
import type { PartnerProfile } from '../../lib/settings';
import { useI18n } from '../i18n';
import { Field } from '../ui/Field';
import { Locked } from './managed';
import { Section, useDraft } from './section';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ().-]{4,40}$/;
const lines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);

interface ProfileDraft extends Omit<PartnerProfile, 'ownDomains' | 'ownTenants'> {
  ownDomains: string;
  ownTenants: string;
}

export function ProfileSection() {
  const { t, locale } = useI18n();
  const draft = useDraft<ProfileDraft>(
    'profile',
    (s) => ({
      ...s.profile,
      ownDomains: s.profile.ownDomains.join('\n'),
      ownTenants: s.profile.ownTenants.join('\n'),
    }),
    (s, p) => ({
      ...s,
      profile: {
        ...p,
        country: p.country.toUpperCase(),
        ownDomains: lines(p.ownDomains),
        ownTenants: lines(p.ownTenants),
      },
    }),
  );
  const v = draft.value;
  const set = <K extends keyof ProfileDraft>(k: K, value: ProfileDraft[K]) =>
    draft.set((d) => ({ ...d, [k]: value }));
  const badDomains = lines(v.ownDomains).filter((d) => !isDomain(d));
  const badTenants = lines(v.ownTenants).filter(
    (x) => !isGuid(x) && !/^[a-z0-9-]+\.onmicrosoft\.com$/.test(x),
  );
  const errors = {
    email: v.email.trim() && !EMAIL.test(v.email.trim()) ? t('app.profile.badEmail') : null,
    phone: v.phone.trim() && !PHONE.test(v.phone.trim()) ? t('app.profile.badPhone') : null,
    // A code kept from an older version that names no country stays, flagged, until changed.
    country:
      v.country.trim() && !countryName(v.country, locale) ? t('app.profile.badCountry') : null,
    ownDomains: badDomains.length
      ? t('app.profile.badDomains', { list: badDomains.join(', ') })
      : null,
    ownTenants: badTenants.length
      ? t('app.profile.badTenants', { list: badTenants.join(', ') })
      : null,
    tooMany:
      lines(v.ownDomains).length > 50 || lines(v.ownTenants).length > 50
        ? t('app.profile.tooMany')
        : null,
  };
  const count = Object.values(errors).filter(Boolean).length;
  const countries = countriesFor(locale);
  const text = (
    k: 'name' | 'firstName' | 'lastName' | 'email' | 'phone',
    type = 'text',
    max = 200,
  ) => {
    const field = (
      <Field
        label={t(`app.profile.${k}`)}
        error={(errors as Record<string, string | null>)[k] ?? null}
      >
        {(p) => (
          <input
            {...p}
            type={type}
            value={v[k]}
            maxLength={max}
            autoComplete="off"
            onInput={(e) => set(k, e.currentTarget.value)}
          />
        )}
      </Field>
    );
    // The agent's own name is theirs; the company's details may be set by IT (lib/managed.ts).
    return k === 'firstName' || k === 'lastName' ? (
      field
    ) : (
      <Locked by={`profile.${k}`}>{field}</Locked>
    );
  };
  return (
    <Section
      id="profile"
      title={t('app.options.profile')}
      intro={t('app.profile.intro')}
      draft={draft}
      invalid={count > 0 ? t('app.form.fixErrors', { n: count }) : null}
    >
      {text('name')}
      <div class="pcx-grid-2">
        {text('firstName')}
        {text('lastName')}
        {text('email', 'email', 254)}
        {text('phone', 'tel', 40)}
        <Locked by="profile.country">
          <Field
            label={t('app.profile.country')}
            hint={t('app.profile.countryHint')}
            error={errors.country}
          >
            {(p) => (
              <select
                {...p}
                value={v.country.toUpperCase()}
                autoComplete="country"
                onChange={(e) => set('country', e.currentTarget.value)}
              >
                <option value="">{t('app.profile.countryNone')}</option>
                {errors.country && <option value={v.country.toUpperCase()}>{v.country}</option>}
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </Locked>
      </div>
      <Locked by="ownDomains">
        <Field
          label={t('app.profile.ownDomains')}
          hint={t('app.profile.ownDomainsHint')}
          error={errors.ownDomains ?? errors.tooMany}
        >
          {(p) => (
            <textarea
              {...p}
              value={v.ownDomains}
              onInput={(e) => set('ownDomains', e.currentTarget.value)}
            />
          )}
        </Field>
      </Locked>
      <Locked by="ownTenants">
        <Field
          label={t('app.profile.ownTenants')}
          hint={t('app.profile.ownTenantsHint')}
          error={errors.ownTenants}
        >
          {(p) => (
            <textarea
              {...p}
              value={v.ownTenants}
              onInput={(e) => set('ownTenants', e.currentTarget.value)}
            />
          )}
        </Field>
      </Locked>
    </Section>
  );
}
