import { setText } from '../../lib/dom/controls';
import { fieldRow, findSection } from '../../lib/dom/fields';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import type { PartnerProfile } from '../../lib/settings';
import type { HelperState } from '../mount';
import { HelperCard } from './card';
import { type ContactFields, contactFields, contactValue } from './form-reading';
import { updateForm } from './form-state';
import { useI18n } from './i18n';
import {
  detectionOf,
  expectOnDetailsTab,
  ONE_PER_PAGE,
  onEarlierWizardTab,
  type PageContext,
  pageContext,
  show,
} from './shared';

/**
 * Contact check (domain.md §2): a request filed for a customer carries the PARTNER's contact
 * details, not the customer's. Warns when the e-mail or phone looks like the customer's, and offers
 * to fill the partner's profile in — showing what will change, only on a click.
 */

type Verdict = 'customer' | 'partner' | 'unknown';

const domainOf = (email: string) => email.trim().toLowerCase().split('@')[1] ?? '';
const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^00/, '');
const within = (domain: string, list: string[]) =>
  list.some((d) => domain === d || domain.endsWith(`.${d}`));

export function emailVerdict(
  email: string,
  customerDomains: string[],
  profile: PartnerProfile,
): Verdict {
  const domain = domainOf(email);
  if (!domain) return 'unknown';
  if (profile.email && email.trim().toLowerCase() === profile.email.trim().toLowerCase())
    return 'partner';
  if (profile.ownDomains.length && within(domain, profile.ownDomains)) return 'partner';
  if (within(domain, customerDomains)) return 'customer';
  // With the partner's domains listed, any other domain is not the partner's.
  if (profile.ownDomains.length) return 'customer';
  return 'unknown';
}

export function phoneVerdict(phone: string, profile: PartnerProfile): Verdict {
  const mine = digits(profile.phone);
  const theirs = digits(phone);
  if (!mine || !theirs) return 'unknown';
  // Compare the national part: "+33 1 23…" and "01 23…" are the same line.
  const tail = (d: string) => d.slice(-9);
  return tail(mine) === tail(theirs) ? 'partner' : 'customer';
}

export function contactState(email: Verdict, phone: Verdict): HelperState {
  if (email === 'customer' || phone === 'customer') return 'warning';
  if (email === 'partner') return 'ok';
  return 'unknown';
}

export interface ContactChange {
  field: 'firstName' | 'lastName' | 'email' | 'phone';
  from: string;
  to: string;
}

export function plannedChanges(fields: ContactFields, profile: PartnerProfile): ContactChange[] {
  const out: ContactChange[] = [];
  for (const field of ['firstName', 'lastName', 'email', 'phone'] as const) {
    const control = fields[field];
    const to = profile[field].trim();
    const from = contactValue(control);
    if (control && to && from !== to) out.push({ field, from, to });
  }
  return out;
}

export interface ContactCheckProps {
  state: HelperState;
  email: Verdict;
  phone: Verdict;
  changes: ContactChange[];
  profileEmpty: boolean;
  /** The last fill could not change every field (the portal refused or re-rendered). */
  fillFailed: boolean;
  onFill(): void;
}

export function ContactCheck(p: ContactCheckProps) {
  const { t } = useI18n();
  return (
    <HelperCard state={p.state} title={t(`contactCheck.${p.state}`)} why="contact">
      {p.email === 'customer' && <p>{t('contactCheck.emailCustomer')}</p>}
      {p.phone === 'customer' && <p>{t('contactCheck.phoneCustomer')}</p>}
      {p.profileEmpty ? (
        <p class="pcx-muted">{t('contactCheck.noProfile')}</p>
      ) : p.changes.length > 0 ? (
        <>
          <p>{t('contactCheck.willChange')}</p>
          <ul>
            {p.changes.map((c) => (
              <li key={c.field}>
                {t(`contactCheck.field.${c.field}`)}: {c.from || t('contactCheck.empty')} → {c.to}
              </li>
            ))}
          </ul>
          <button type="button" onClick={p.onFill}>
            {t('contactCheck.fill')}
          </button>
        </>
      ) : null}
      {p.fillFailed && p.changes.length > 0 && (
        <p class="pcx-error" role="alert">
          {t('contactCheck.fillFailed')}
        </p>
      )}
    </HelperCard>
  );
}

function customerDomains(ctx: PageContext | undefined): string[] {
  if (!ctx) return [];
  return [
    ...new Set([
      ...(ctx.customer?.domains ?? []),
      ...(ctx.domain ? [ctx.domain] : []),
      ...ctx.detection.domains,
    ]),
  ];
}

const fillFailedBySignal = new WeakMap<AbortSignal, boolean>();

function scan(env: FeatureEnv) {
  if (onEarlierWizardTab(env.document)) return;
  const fields = contactFields(env.document);
  if (!fields.email && !fields.phone) {
    expectOnDetailsTab(env);
    return;
  }
  const ctx = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const { profile } = env.settings;
  const email = fields.email
    ? emailVerdict(contactValue(fields.email), customerDomains(ctx), profile)
    : 'unknown';
  const phone = fields.phone ? phoneVerdict(contactValue(fields.phone), profile) : 'unknown';
  const state = contactState(email, phone);
  const changes = plannedChanges(fields, profile);
  const profileEmpty = !profile.email && !profile.phone && !profile.firstName && !profile.lastName;
  if (ctx) {
    const name = [contactValue(fields.firstName), contactValue(fields.lastName)]
      .filter(Boolean)
      .join(' ')
      .trim();
    updateForm(ctx, {
      contact: {
        name: name || null,
        email: contactValue(fields.email) || null,
        phone: contactValue(fields.phone) || null,
      },
    });
  }
  const section = findSection(env.document, 'contactInfo');
  const anchor = section?.heading ?? fieldRow((fields.email ?? fields.phone)!.element);
  const placement = section ? 'after' : 'before';
  const fillFailed = fillFailedBySignal.get(env.signal) ?? false;
  const props = { state, email, phone, changes, profileEmpty, fillFailed };
  show(
    env,
    'contact-check',
    anchor,
    placement,
    state,
    JSON.stringify(props),
    () => (
      <ContactCheck
        {...props}
        onFill={async () => {
          // Fields may have been re-rendered: find them again, and only write what was shown.
          const now = contactFields(env.document);
          let failed = false;
          for (const change of plannedChanges(now, profile)) {
            const control = now[change.field];
            const result = control
              ? await setText(control, change.to, { signal: env.signal })
              : ({ ok: false, reason: 'navigated' } as const);
            if (!result.ok && result.reason !== 'aborted') {
              failed = true;
              env.miss(`fill-${result.reason}`);
            }
          }
          if (env.signal.aborted) return;
          fillFailedBySignal.set(env.signal, failed);
          scan(env);
        }}
      />
    ),
    ONE_PER_PAGE,
  );
}

export const contactCheck: Feature = {
  id: 'contact-check',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return (d?.portal === 'azure' || d?.portal === 'm365-admin') && d.page === 'new-request';
  },
  scan,
  missAfterSeconds: null,
};
