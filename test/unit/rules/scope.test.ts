import { describe, expect, it } from 'vitest';
import { SCOPE_TOPICS, type ScopeTopic, scopeHints } from '../../../lib/rules/scope';
import corpusJson from '../../fixtures/scope-corpus.json';

interface CorpusItem {
  id: string;
  lang: 'en' | 'fr';
  text: string;
  at: string;
  topics: ScopeTopic[];
  severalProblems: boolean;
  split: 'tune' | 'holdout';
}
const corpus = corpusJson as CorpusItem[];

const atOf = (item: CorpusItem) => new Date(`${item.at}T12:00:00Z`);

type Label = ScopeTopic | 'severalProblems';
interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

/** Precision/recall per topic (and for severalProblems) over a split of the corpus. */
function measure(split: CorpusItem['split']): Record<Label, Score> {
  const counts = Object.fromEntries(
    [...SCOPE_TOPICS, 'severalProblems'].map((label) => [label, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<Label, { tp: number; fp: number; fn: number }>;
  for (const item of corpus.filter((i) => i.split === split)) {
    const hints = scopeHints(item.text, undefined, atOf(item));
    const pairs: [Label, boolean, boolean][] = [
      ...SCOPE_TOPICS.map((t): [Label, boolean, boolean] => [
        t,
        hints.topics.includes(t),
        item.topics.includes(t),
      ]),
      ['severalProblems', hints.severalProblems, item.severalProblems],
    ];
    for (const [label, predicted, actual] of pairs) {
      if (predicted && actual) counts[label].tp++;
      else if (predicted) counts[label].fp++;
      else if (actual) counts[label].fn++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);
  return Object.fromEntries(
    Object.entries(counts).map(([label, c]) => [
      label,
      { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) },
    ]),
  ) as Record<Label, Score>;
}

const isBenign = (item: CorpusItem) => item.topics.length === 0 && !item.severalProblems;

/** Benign texts of a split that got any hint. */
function falseAlarms(split: CorpusItem['split']): { alarms: number; benign: number } {
  const benign = corpus.filter((i) => i.split === split && isBenign(i));
  const alarms = benign.filter((item) => {
    const hints = scopeHints(item.text, undefined, atOf(item));
    return hints.topics.length > 0 || hints.severalProblems;
  }).length;
  return { alarms, benign: benign.length };
}

function microPrecision(scores: Record<Label, Score>): number {
  const tp = Object.values(scores).reduce((sum, s) => sum + s.tp, 0);
  const fp = Object.values(scores).reduce((sum, s) => sum + s.fp, 0);
  return tp / (tp + fp);
}

describe('scope corpus', () => {
  it('is at least 300 labelled requests, half English half French, split up front', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const en = corpus.filter((i) => i.lang === 'en').length;
    expect(Math.abs(en - (corpus.length - en))).toBeLessThanOrEqual(corpus.length / 10);
    expect(new Set(corpus.map((i) => i.id)).size).toBe(corpus.length);
    for (const item of corpus) {
      expect(['tune', 'holdout']).toContain(item.split);
      expect(item.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const topic of item.topics) expect(SCOPE_TOPICS).toContain(topic);
    }
    expect(
      corpus.filter((i) => i.split === 'holdout' && isBenign(i)).length,
    ).toBeGreaterThanOrEqual(100);
  });

  it('has at least 20 requests per topic and language, and for several problems', () => {
    for (const lang of ['en', 'fr'] as const) {
      const items = corpus.filter((i) => i.lang === lang);
      for (const topic of SCOPE_TOPICS)
        expect(items.filter((i) => i.topics.includes(topic)).length, topic).toBeGreaterThanOrEqual(
          20,
        );
      expect(items.filter((i) => i.severalProblems).length).toBeGreaterThanOrEqual(20);
    }
  });
});

// Figures on the holdout half, with the language read from the text as the extension does.
// Tuning used the 'tune' half only.
describe('scopeHints on the holdout split', () => {
  const scores = measure('holdout');
  const { alarms, benign } = falseAlarms('holdout');

  it('finds at least 85% of every topic and of several problems', () => {
    console.table(scores);
    console.log(
      `holdout: precision ${microPrecision(scores).toFixed(3)}, false alarms ${alarms}/${benign} benign`,
    );
    for (const [label, score] of Object.entries(scores))
      expect(score.recall, label).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps precision ≥ 0.85 for every label', () => {
    for (const [label, score] of Object.entries(scores))
      if (score.tp + score.fp > 0) expect(score.precision, label).toBeGreaterThanOrEqual(0.85);
  });

  // The targets, not met yet on this holdout (see README): this test fails once they are,
  // and must then become a plain assertion.
  it.fails('reaches precision ≥ 0.95 and at most 1 false alarm per 100 benign texts', () => {
    expect(microPrecision(scores)).toBeGreaterThanOrEqual(0.95);
    expect(alarms / benign).toBeLessThanOrEqual(0.01);
  });
});

describe('scopeHints', () => {
  const at = new Date('2026-11-21T12:00:00Z');

  it('reports an out-of-support product only when given a date', () => {
    const text = 'Windows Server 2012 R2 file server: SMB shares drop every morning.';
    expect(scopeHints(text, 'en', at).topics).toEqual(['unsupported-product']);
    expect(scopeHints(text, 'en').topics).toEqual([]);
  });

  it('reads support on the date given: extended support is still support', () => {
    const text = 'Exchange 2016 CU23: OWA returns HTTP 500.';
    expect(scopeHints(text, 'en', new Date('2025-10-14T12:00:00Z')).topics).toEqual([]);
    expect(scopeHints(text, 'en', new Date('2025-10-15T12:00:00Z')).topics).toEqual([
      'unsupported-product',
    ]);
  });

  it('does not flag a migration away from an old version to a supported one', () => {
    expect(
      scopeHints(
        'We migrated from SQL Server 2014 to SQL Server 2022 and the job fails now.',
        'en',
        at,
      ).topics,
    ).toEqual([]);
  });

  it('returns topics in a fixed order', () => {
    const hints = scopeHints(
      'We need a root cause analysis for the outage of our Exchange Server 2019 DAG, and please add an option to export logs.',
      'en',
      at,
    );
    expect(hints.topics).toEqual(['feature-request', 'root-cause-analysis', 'unsupported-product']);
  });

  it('is accent- and case-insensitive', () => {
    expect(scopeHints('DEMANDE D’ÉVOLUTION : export CSV des tickets', 'fr').topics).toEqual([
      'feature-request',
    ]);
    expect(scopeHints('demande d evolution : export csv des tickets', 'fr').topics).toEqual([
      'feature-request',
    ]);
  });

  it('uses both languages when none is given, one when it is', () => {
    const fr = 'Nous avons besoin d’une intervention sur site la semaine prochaine.';
    expect(scopeHints(fr).topics).toEqual(['on-site']);
    expect(scopeHints(fr, 'fr').topics).toEqual(['on-site']);
    expect(scopeHints(fr, 'en').topics).toEqual([]);
  });

  it.each([
    ['Please add the new user to the admin role, the wizard fails with an error.', 'en'],
    ['The technician on site restarted the server and now Outlook cannot connect.', 'en'],
    ['Le technicien sur place a redémarré le serveur et depuis Outlook ne se connecte plus.', 'fr'],
    ['Can you check this error code 0x80070005 on our file server?', 'en'],
    ['Our developers cannot sign in to Azure DevOps since this morning.', 'en'],
    ['Users who come to the office cannot connect to the Wi-Fi.', 'en'],
    ['We suspect the root cause is DNS; please help.', 'en'],
    ['Our site in Lyon has no internet and the VPN to Azure drops.', 'en'],
    ['The Graph connector stopped indexing after the agent update.', 'en'],
    ['Azure API Management returns 502 for every API.', 'en'],
  ] as const)('finds nothing out of scope in %j', (text, lang) => {
    expect(scopeHints(text, lang, at)).toEqual({
      topics: [],
      severalProblems: false,
      unlisted: [],
    });
  });

  it.each([
    ['We have no other issue on this tenant, only the mailbox one.', 'en'],
    ['Aucun autre problème signalé, seule la boîte partagée est touchée.', 'fr'],
    ['The problem occurs in Outlook desktop and also the web client shows the same error.', 'en'],
    ['Outlook crashes on start. Also, it crashes in safe mode too.', 'en'],
    ['Also, the same error appears in safe mode.', 'en'],
    ['In addition to Outlook, Teams also fails to sign in with the same error.', 'en'],
    ['Steps: 1) open Word 2) click Save 3) Word freezes.', 'en'],
    ['Another issue with this customer: SPF fails for their CRM.', 'en'],
  ] as const)('reads one problem in %j', (text, lang) => {
    expect(scopeHints(text, lang).severalProblems).toBe(false);
  });

  it.each([
    ['1) Outlook crashes. 2) The printer does not print.', 'en'],
    ['(1) Outlook plante. (2) L’imprimante n’imprime plus.', 'fr'],
    ['Outlook crashes on start. Separately, the VPN drops every hour.', 'en'],
    ['Deux problèmes : Outlook plante et le VPN se coupe.', 'fr'],
    ['The sync fails, and also the printer does not print.', 'en'],
  ] as const)('reads several problems in %j', (text, lang) => {
    expect(scopeHints(text, lang).severalProblems).toBe(true);
  });
});
