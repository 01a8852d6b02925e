// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  detectSupportForBusiness,
  SUPPORT_FOR_BUSINESS_TEST_URLS,
  supportForBusinessRoute,
  supportForBusinessStep,
} from '../../../lib/portals/support-for-business';

describe('Support for business detector', () => {
  it.each(SUPPORT_FOR_BUSINESS_TEST_URLS)('recognises %s', (url) => {
    const found = detectSupportForBusiness(new URL(url));
    expect(found?.portal).toBe('support-for-business');
    expect(found?.tenant).toEqual({ kind: 'own' });
    expect(found?.service).toBe('on-premises');
  });

  it('calls the single URL the request form whatever its query, and the rest "other"', () => {
    const route = (u: string) => supportForBusinessRoute(new URL(u));
    expect(route('https://support.serviceshub.microsoft.com/supportforbusiness/create')).toBe(
      'new-request',
    );
    expect(
      route('https://support.serviceshub.microsoft.com/supportforbusiness/create?sapId=x&lang=fr'),
    ).toBe('new-request');
    expect(route('https://support.microsoft.com/supportforbusiness/productselection?sapId=x')).toBe(
      'new-request',
    );
    expect(route('https://support.microsoft.com/fr-fr/supportforbusiness/productselection')).toBe(
      'new-request',
    );
    expect(route('https://support.serviceshub.microsoft.com/supportforbusiness/onboarding')).toBe(
      'other',
    );
    // The old multi-URL reading was wrong: these are not steps.
    expect(
      route('https://support.serviceshub.microsoft.com/supportforbusiness/create/supportplan'),
    ).toBe('other');
  });

  it.each([
    'https://support.microsoft.com/en-us/windows',
    'https://support.microsoft.com/',
    'https://support.serviceshub.microsoft.com/other/path',
    'https://support.serviceshub.microsoft.com/supportforbusinessx/create',
    'http://support.serviceshub.microsoft.com/supportforbusiness/create',
    'https://support.serviceshub.microsoft.com.evil.example/supportforbusiness/create',
    'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  ])('leaves %s alone', (url) => {
    expect(detectSupportForBusiness(new URL(url))).toBeNull();
  });
});

const SECTION = (heading: string, body: string) =>
  `<section aria-labelledby="h"><h2>${heading}</h2>${body}</section>`;
const FIELDS = '<label for="x">Title</label><input id="x">';

describe('the step, read from the page', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is the open section among the three step headings (EN)', () => {
    document.body.innerHTML =
      SECTION(
        'Step 1: Product and Support Type',
        '<p>Windows Server 2025 Datacenter</p><button>Edit</button>',
      ) +
      SECTION('Step 2: Issue Description', FIELDS) +
      SECTION('Step 3: Contact Details and Sharing', '');
    expect(supportForBusinessStep(document)).toBe(2);
    document.body.innerHTML =
      SECTION('Step 1: Product and Support Type', FIELDS) +
      SECTION('Step 2: Issue Description', '') +
      SECTION('Step 3: Contact Details and Sharing', '');
    expect(supportForBusinessStep(document)).toBe(1);
  });

  it('reads French headings, with or without a space before the colon', () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML =
      SECTION('Étape 1 : Produit et type de support', '') +
      SECTION('Étape 2 : Description du problème', '') +
      SECTION('Étape 3 : Coordonnées et partage', FIELDS);
    expect(supportForBusinessStep(document)).toBe(3);
    document.body.innerHTML = SECTION('Etape 1: produit et type de support', FIELDS);
    expect(supportForBusinessStep(document)).toBe(1);
  });

  it('follows expanders, and ignores hidden headings and disabled controls', () => {
    document.body.innerHTML = `
      <section><h2><button aria-expanded="false">Step 1: Product and Support Type</button></h2>${FIELDS}</section>
      <section><h2><button aria-expanded="true">Step 2: Issue Description</button></h2></section>
      <section hidden><h2>Step 3: Contact Details and Sharing</h2>${FIELDS}</section>`;
    expect(supportForBusinessStep(document)).toBe(2);
    document.body.innerHTML =
      SECTION('Step 1: Product and Support Type', '<input disabled>') +
      SECTION('Step 2: Issue Description', '');
    // No section open: the furthest step shown.
    expect(supportForBusinessStep(document)).toBe(2);
  });

  it('is null without step headings (onboarding, loading), whatever the URL', () => {
    document.body.innerHTML = '<h1>Create a new support request</h1><div role="progressbar"></div>';
    expect(supportForBusinessStep(document)).toBeNull();
    document.body.innerHTML = '<h1>Welcome to Support for business</h1><h2>Step 4: Payment</h2>';
    expect(supportForBusinessStep(document)).toBeNull();
  });
});
