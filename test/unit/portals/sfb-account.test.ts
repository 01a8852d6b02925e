// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { sfbSignedInAccount } from '../../../lib/portals';

/**
 * The signed-in account on Support for business, read from Microsoft's shared header account
 * control in the form public automation scripts describe (a trigger named "Account manager for
 * {name}", a flyout with `#mectrl_currentAccount_primary` / `_secondary`), and from variations of
 * it the reading must survive (other ids, the address in the name, a French page).
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('the account Support for business shows signed in', () => {
  it('reads the address from the account control’s flyout', () => {
    const doc = page(`
      <header><strong>Microsoft</strong> | Support for business
        <div id="meControl">
          <button id="mectrl_main_trigger" aria-label="Account manager for Litware Support"
            aria-expanded="false" aria-controls="mectrl_flyout">LS</button>
          <div id="mectrl_flyout" role="dialog" hidden>
            <div id="mectrl_currentAccount_primary">Litware Support</div>
            <div id="mectrl_currentAccount_secondary">litware.support@outlook.com</div>
            <a href="#">Sign out</a>
          </div>
        </div>
      </header>
      <main><h1>Create a new support request</h1></main>`);
    expect(sfbSignedInAccount(doc)).toEqual({
      account: 'litware.support@outlook.com',
      source: 'account-control',
    });
  });

  it('does not depend on the control’s ids (renamed ids, French name)', () => {
    const doc = page(`
      <div role="banner">
        <button aria-label="Gestionnaire de comptes pour Camille Dubois" aria-controls="x1">CD</button>
        <div id="x1" hidden><span>Camille Dubois</span><span>Camille.Dubois@Outlook.fr</span></div>
      </div>`);
    expect(sfbSignedInAccount(doc)?.account).toBe('camille.dubois@outlook.fr');
  });

  it('reads the address from the control’s own name when it carries it', () => {
    const doc = page(
      `<header><button title="Account manager for agent@litware.onmicrosoft.com">A</button></header>`,
    );
    expect(sfbSignedInAccount(doc)?.account).toBe('agent@litware.onmicrosoft.com');
  });

  it('takes the current account when the flyout also lists other accounts', () => {
    const doc = page(`
      <header>
        <button aria-label="Account manager for A" aria-controls="f">A</button>
        <div id="f" hidden>
          <div id="mectrl_currentAccount_secondary">a@outlook.com</div>
          <ul aria-label="Other accounts"><li>b@outlook.com</li></ul>
        </div>
      </header>`);
    expect(sfbSignedInAccount(doc)?.account).toBe('a@outlook.com');
  });

  it('reads a phone-number sign-in from the current-account element', () => {
    const doc = page(
      `<header><div id="mectrl_currentAccount_secondary"> +33 6 12 34 56 78 </div></header>`,
    );
    expect(sfbSignedInAccount(doc)?.account).toBe('+33 6 12 34 56 78');
  });

  it('falls back to the page banner when it shows exactly one address', () => {
    expect(
      sfbSignedInAccount(page(`<header><span>Signed in as x@contoso.com</span></header>`)),
    ).toEqual({ account: 'x@contoso.com', source: 'banner' });
    expect(
      sfbSignedInAccount(
        page(`<header><span>x@contoso.com</span> <span>y@contoso.com</span></header>`),
      ),
    ).toBeNull();
  });

  it('answers null when signed out, or when an address is only in the form', () => {
    expect(sfbSignedInAccount(page(`<header><a href="#">Sign in</a></header>`))).toBeNull();
    expect(
      sfbSignedInAccount(
        page(
          `<main><section><header>Step 3</header><p>Contact: me@contoso.com</p></section></main>`,
        ),
      ),
    ).toBeNull();
  });
});
