import { describe, expect, it } from 'vitest';
import { scopeState } from '../../../components/helpers/scope-hint';
import { listVersions } from '../../../lib/lifecycle/index';
import { detectLanguage } from '../../../lib/rules/language';
import { scopeHints } from '../../../lib/rules/scope';
import { stem } from '../../../lib/rules/stem';

const at = new Date('2026-11-21T12:00:00Z');
const topics = (text: string) => scopeHints(text, undefined, at).topics;

describe('scope hints on natural phrasing', () => {
  it.each([
    // The words that make a request out of scope sit far apart.
    [
      'Could one of your engineers, once the mailbox migration is done next week, come to the customer’s office?',
      'on-site',
    ],
    // A French verb conjugated rather than in the infinitive.
    ['Nous souhaitons que Microsoft intègre la sauvegarde par fichier.', 'feature-request'],
    ['Pourriez-vous relisiez… pardon : relisez notre script de migration ?', 'custom-code'],
    // A possessive before the object.
    ['Please debug the customer’s PowerShell code, it loops forever.', 'custom-code'],
    // The object before the verb.
    ['The customer’s script for licences, can you fix it for them?', 'custom-code'],
    [
      'Un rapport écrit expliquant pourquoi la messagerie s’est arrêtée : le client l’exige.',
      'root-cause-analysis',
    ],
    // An endpoint rather than "the API".
    ['GET /v1.0/users/{id}/messages returns 403 for our daemon.', 'developer-api'],
    [
      'Invoke-RestMethod to https://graph.microsoft.com/beta/users fails with 400.',
      'developer-api',
    ],
    ['The Outlook add-in manifest we built fails validation.', 'developer-api'],
    ['Le manifeste du complément Word que nous développons est refusé.', 'developer-api'],
  ])('reads %j as %s', (text, topic) => {
    expect(topics(text)).toContain(topic);
  });

  it.each([
    'The customer does not need anyone to come on site, a remote session is fine.',
    'This is not a feature request: the existing export button gives an empty file.',
    'Pas besoin d’analyse des causes, il faut juste vider la file d’attente.',
    'Can you check this error code 0x80070005 on our file server?',
    'Azure API Management gateway returns 502 for every API.',
    'Le complément Adobe a disparu de Word après la mise à jour.',
    'The feature stopped working after the update.',
  ])('finds nothing out of scope in %j', (text) => {
    expect(scopeHints(text, undefined, at)).toMatchObject({ topics: [], severalProblems: false });
  });

  it('stems inflections of one word alike, French accents included', () => {
    expect(stem('demandé', 'fr')).toBe(stem('demander', 'fr'));
    expect(stem('développé', 'fr')).toBe(stem('développer', 'fr'));
    expect(stem('requested', 'en')).toBe(stem('requesting', 'en'));
    expect(stem('engineers', 'en')).toBe(stem('engineer', 'en'));
  });
});

describe('detectLanguage', () => {
  it('reads the language from the text', () => {
    expect(
      detectLanguage('The customer cannot send mail from the shared mailbox since Monday.'),
    ).toBe('en');
    expect(
      detectLanguage('Le client ne peut plus envoyer de mails depuis la boîte partagée.'),
    ).toBe('fr');
    expect(detectLanguage('L’équipe n’arrive pas à se connecter.')).toBe('fr');
  });

  it('gives no language for a text too short or mixed to tell', () => {
    expect(detectLanguage('Outlook 0x80070005')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });

  it('drives which cues apply when no language is given', () => {
    const fr = 'Le client veut un technicien présent physiquement dans son datacenter.';
    expect(scopeHints(fr).topics).toEqual(['on-site']);
    expect(scopeHints(fr, 'en').topics).toEqual([]);
  });
});

describe('a product version not in our data', () => {
  it('is reported as unlisted, never as fine', () => {
    expect(listVersions('Exchange Server')).not.toContain('1997');
    const hints = scopeHints('Exchange Server 1997 refuses SMTP connections.', undefined, at);
    expect(hints.unlisted).toEqual([{ product: 'Exchange Server', version: '1997' }]);
    expect(scopeState(hints)).toBe('warning');
  });

  it('is not reported for a listed version', () => {
    const hints = scopeHints('Windows Server 2022 file shares drop.', undefined, at);
    expect(hints.unlisted).toEqual([]);
    expect(scopeState(hints)).toBe('ok');
  });
});
