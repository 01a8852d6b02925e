import { describe, expect, it } from 'vitest';
import { fold, LABELS, type LabelKey, matchesLabel } from '../../../lib/dom/labels';

/** Wordings portals.md quotes for the Azure portal and the admin center, with their key. */
const WORDINGS: [LabelKey, string][] = [
  ['contactInfo', 'Contact info'],
  ['contactInfo', 'Informations de contact'],
  ['contactInfo', 'Coordonnées'],
  ['supportLanguage', 'Preferred support language'],
  ['supportLanguage', 'Langue de support préférée'],
  ['problemDetails', 'Details'],
  ['problemStart', 'When did the problem start?'],
  ['problemStart', 'Incident time'],
  ['problemStart', 'Problem Start Date'],
  ['supportMethod', 'Support method'],
  ['supportMethod', 'Méthode de support'],
  ['preferredContactMethod', 'Preferred contact method'],
  ['preferredContactMethod', 'méthode de contact préférée'],
  ['timeZone', 'Fuseau horaire'],
  ['email', 'Adresse e-mail principale'],
  ['severity', 'Gravité'],
  ['supportPlan', 'plan de support'],
  ['severityCritical', 'A - Critical impact'],
  ['severityModerate', 'B - Moderate impact'],
  ['severityMinimal', 'C - Minimal impact'],
  ['advancedDiagnostics', 'Advanced diagnostic information'],
  ['saveContactChanges', 'Save contact changes for future support requests'],
  ['problemDescriptionTab', '1. Problem description'],
  ['problemDescriptionTab', 'Description du problème'],
  ['recommendedSolutionTab', '2. Solution recommandée'],
  ['additionalDetailsTab', '3. Informations supplémentaires'],
  ['reviewCreateTab', '4. Review + create'],
  ['reviewCreateTab', 'Vérifier + créer'],
  ['nextButton', 'Suivant'],
  ['previousButton', 'Précédent'],
  ['createButton', 'Créer'],
  ['contactSupport', 'Contact support'],
  ['contactMe', 'Contact me'],
  ['newServiceRequest', 'New Microsoft service request'],
  ['directory', 'Directory'],
  ['directory', 'Annuaire'],
];

describe('label tables: the wordings of portals.md', () => {
  it.each(WORDINGS)('%s matches “%s”', (key, text) => {
    expect(matchesLabel(text, key)).toBe(true);
  });

  it('every key has an English and a French wording', () => {
    for (const [key, table] of Object.entries(LABELS)) {
      expect(table.en.length, key).toBeGreaterThan(0);
      expect(table.fr.length, key).toBeGreaterThan(0);
    }
  });
});

describe('matching tolerates decorations, and only them', () => {
  it('ignores "(Required)", "*" and a trailing colon', () => {
    expect(fold('Support method (Required)')).toBe('support method');
    expect(fold('Méthode de support (obligatoire) *')).toBe('methode de support');
    expect(matchesLabel('Severity *', 'severity')).toBe(true);
    expect(matchesLabel('Preferred support language (Required):', 'supportLanguage')).toBe(true);
    expect(matchesLabel('Fuseau horaire (requis)', 'timeZone')).toBe(true);
  });

  it('accepts the current value after the label only in "value" mode', () => {
    const name = 'Support plan Cloud Solution Provider';
    expect(matchesLabel(name, 'supportPlan')).toBe(false);
    expect(matchesLabel(name, 'supportPlan', ['en'], 'prefix')).toBe(false);
    expect(matchesLabel(name, 'supportPlan', ['en'], 'value')).toBe(true);
    expect(
      matchesLabel('Account manager for agent@litware.com', 'accountMenu', ['en'], 'value'),
    ).toBe(true);
    expect(
      matchesLabel('Gestionnaire de compte pour agent@litware.com', 'accountMenu', ['fr'], 'value'),
    ).toBe(true);
  });

  it('does not let a longer label pass for a shorter one', () => {
    expect(matchesLabel("Nom de l'organisation", 'lastName', ['fr'], 'prefix')).toBe(false);
    expect(matchesLabel('Support methods overview', 'supportMethod')).toBe(false);
    expect(matchesLabel('Supportmethod Cloud', 'supportMethod', ['en'], 'value')).toBe(false);
    expect(matchesLabel('(Required)', 'supportMethod')).toBe(false);
  });
});
