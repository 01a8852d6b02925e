// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CoversPage } from '../../../components/covers/CoversApp';
import { I18nProvider, makeI18n } from '../../../components/i18n';
import { PackDialog } from '../../../components/records/PackDialog';
import type { PackRecord } from '../../../lib/history/types';
import { WHY_TOPICS } from '../../../lib/rules/why';
import { ACCOUNT_SITE_URL, COVER_RULES, TAX_EXEMPT_URL } from '../../../lib/sfb/covers';

/**
 * The pack dialog records the Microsoft account that bought a 5-pack, and says why (its incidents
 * can be used only from that account) and why the order confirmation number matters (the proof of
 * purchase if the buyer has left). The "What Microsoft support covers" page lists every rule.
 */

let root: HTMLElement;
const sent: { type: string; payload: unknown }[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; payload: Record<string, unknown> };
    sent.push(m);
    return Promise.resolve({ ok: true, data: { id: 'p1', ...m.payload } });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const fieldByLabel = (label: string) => {
  const el = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const id = el?.getAttribute('for');
  return id ? (root.querySelector(`#${CSS.escape(id)}`) as HTMLInputElement | null) : null;
};
const hintOf = (input: HTMLElement | null) =>
  (input?.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.querySelector(`#${CSS.escape(id)}`)?.textContent : ''))
    .join(' ');

async function openDialog(lang: 'en' | 'fr', pack: PackRecord | null = null) {
  await act(async () => {
    render(
      <I18nProvider value={makeI18n(lang)}>
        <PackDialog
          pack={pack}
          open={true}
          today="2026-12-02"
          onClose={() => {}}
          onSaved={() => {}}
        />
      </I18nProvider>,
      root,
    );
  });
}

describe('the pack dialog and the 5-pack’s buyer', () => {
  it('asks for the account that bought a 5-pack and saves it, trimmed (EN)', async () => {
    await openDialog('en');
    const buyer = fieldByLabel('Microsoft account that bought it');
    expect(buyer).not.toBeNull();
    expect(hintOf(buyer)).toMatch(
      /can be used only when signed in with the account that bought it/,
    );
    const order = fieldByLabel('Order confirmation number');
    expect(hintOf(order)).toMatch(/proof of purchase: if the buyer leaves/);
    await act(async () => {
      buyer!.value = '  Buyer@Outlook.com ';
      buyer!.dispatchEvent(new Event('input', { bubbles: true }));
      order!.value = 'ORD-123';
      order!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await act(async () => {});
    const add = sent.find((m) => m.type === 'packs:add');
    expect(add?.payload).toMatchObject({
      kind: 'pay-per-incident-5pack',
      buyer: 'Buyer@Outlook.com',
      orderNumber: 'ORD-123',
    });
  });

  it('says why in French, and hides the buyer for a partner-program pack', async () => {
    await openDialog('fr');
    expect(hintOf(fieldByLabel('Compte Microsoft qui l’a acheté'))).toMatch(/pack de 5/);
    const kind = root.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      kind.value = 'partner-gold-20pack';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(fieldByLabel('Compte Microsoft qui l’a acheté')).toBeNull();
    expect(hintOf(fieldByLabel('Numéro de confirmation de commande'))).not.toMatch(/preuve/);
  });
});

describe('the page “What Microsoft support covers”', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`lists every rule with Microsoft’s links (${lang})`, async () => {
      await act(async () => {
        render(
          <I18nProvider value={makeI18n(lang)}>
            <CoversPage />
          </I18nProvider>,
          root,
        );
      });
      expect(root.querySelector('h1')?.textContent).toBe(
        lang === 'en' ? 'What Microsoft support covers' : 'Ce que couvre le support Microsoft',
      );
      expect(root.querySelector('main')).not.toBeNull();
      for (const rule of COVER_RULES)
        expect(root.querySelector(`[data-rule=${rule.id}]`), rule.id).not.toBeNull();
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(ACCOUNT_SITE_URL);
      expect(hrefs).toContain(TAX_EXEMPT_URL);
      // Headings in order, one level at a time.
      expect([...root.querySelectorAll('h1,h2,h3')].map((h) => h.tagName)).toEqual([
        'H1',
        // "Why PCX says so": one rule per topic a helper's "Why?" opens.
        'H2',
        ...WHY_TOPICS.map(() => 'H3'),
        'H2',
        'H2',
        'H2',
        'H2',
        'H2',
      ]);
    });
  }
});
