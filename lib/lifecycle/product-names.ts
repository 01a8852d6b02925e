/**
 * How products and versions of lifecycle.json are written on purchase pages and in requests, in
 * English and French. Everything here is already normalised (lower case, no accents, punctuation
 * as spaces; see `normalise` in match-product.ts). A test checks that every row of the data has a
 * way to be named and that this table names nothing the data lacks.
 */

export interface ProductNames {
  product: string;
  /** Token sequences naming the product; the longest one found at a position wins. */
  names: string[];
  /**
   * Channel words that, when present after the name, must be part of the version alias that
   * matches: "Windows 10 Enterprise LTSB 2016" is not "Enterprise and Education".
   */
  markers?: string[];
  /**
   * Aliases per version: each alias is a set of tokens that must all appear after the product
   * name, in any order ("Office LTSC Professional Plus 2021" has "ltsc" and "2021" apart).
   * A version without an entry is named by its own text ("2012 R2").
   */
  versions?: Record<string, string[]>;
}

const SUBSCRIPTION_EDITION = ['subscription', 'se', 'abonnement'];
const ON_PREMISES = ['on premises', 'on premise', 'on prem', 'local', 'sur site'];

export const PRODUCT_NAMES: ProductNames[] = [
  { product: 'Windows Server', names: ['windows server'] },
  { product: 'SQL Server', names: ['sql server'] },
  {
    product: 'Exchange Server',
    names: ['exchange server', 'exchange'],
    versions: { 'Subscription Edition (SE)': SUBSCRIPTION_EDITION },
  },
  {
    product: 'SharePoint Server',
    names: ['sharepoint server', 'sharepoint'],
    versions: { 'Subscription Edition (SE)': SUBSCRIPTION_EDITION },
  },
  {
    product: 'Project Server',
    // "Microsoft Project Server" must not read as the client "Microsoft Project" + "server".
    names: ['project server', 'microsoft project server', 'ms project server'],
    versions: { 'Subscription Edition (SE)': SUBSCRIPTION_EDITION },
  },
  {
    product: 'Office',
    names: ['office'],
    // Office for Mac versions have their own lifecycle.
    markers: ['ltsc', 'mac'],
    versions: {
      'LTSC 2021': [
        'ltsc 2021',
        'standard 2021',
        'professional plus 2021',
        'professionnel plus 2021',
      ],
      // Retail 2021 editions (2021-10, modern policy): Home & Student, Home & Business, Professional.
      '2021 (retail: Home & Business/Student, Professional)': [
        'home 2021',
        'famille 2021',
        'professional 2021',
        'professionnel 2021',
      ],
      'LTSC 2024': [
        'ltsc 2024',
        'standard 2024',
        'professional plus 2024',
        'professionnel plus 2024',
      ],
      // Retail 2024 editions: Office Home 2024, Office Home & Business 2024 (FR: Famille…).
      '2024 (retail: Home, Home & Business)': ['home 2024', 'famille 2024'],
    },
  },
  {
    // The Project desktop client; Project Server is its own product above. A bare "project" is
    // too common a word in requests ("our project 2019 rollout") to name the product.
    product: 'Project',
    names: [
      'microsoft project',
      'ms project',
      'project professional',
      'project professionnel',
      'project standard',
    ],
    // Volume-licensed (LTSC) and retail 2021 carry the same edition names: only the channel
    // word tells them apart, so a bare "Project 2021" names neither.
    markers: ['ltsc', 'retail'],
    versions: {
      'LTSC 2021': ['ltsc 2021'],
      '2021 (retail)': ['retail 2021'],
    },
  },
  {
    product: 'Visio',
    names: ['visio professional', 'visio professionnel', 'visio standard', 'visio'],
    markers: ['ltsc', 'retail'],
    versions: {
      'LTSC 2021': ['ltsc 2021'],
      '2021 (retail)': ['retail 2021'],
      // Visio 2024 ships as LTSC only ("Visio LTSC Professional 2024").
      'LTSC 2024': ['ltsc 2024', '2024'],
    },
  },
  {
    product: 'Microsoft 365 Apps',
    names: ['microsoft 365 apps', 'office 365 proplus', 'applications microsoft 365'],
    versions: { '(continuous)': [''] },
  },
  {
    product: 'Skype for Business Server',
    // Lync Server is the product's former name (2010, 2013): partners still write it so.
    names: [
      'skype for business server',
      'skype for business',
      'skype entreprise server',
      'skype entreprise',
      'lync server',
    ],
    versions: {
      'Subscription Edition (SE)': SUBSCRIPTION_EDITION,
      'Lync Server 2010': ['2010'],
      'Lync Server 2013': ['2013'],
    },
  },
  {
    product: 'System Center',
    names: ['system center'],
    // Configuration Manager is a current-branch product with its own lifecycle.
    markers: ['configuration'],
  },
  {
    product: 'Dynamics CRM',
    names: ['dynamics crm', 'crm'],
    versions: {
      '2011 (5.0)': ['2011', '5.0'],
      '2013 (6.x)': ['2013', '6.0', '6.1'],
      '2015 (7.0)': ['2015', '7.0', '7.1'],
      '2016 (8.x)': ['2016', '8.0', '8.1', '8.2'],
    },
  },
  {
    product: 'Dynamics 365 Customer Engagement (on-premises)',
    names: ['dynamics 365 customer engagement', 'dynamics 365 for customer engagement'],
    // 9.2 and later are online only, so a bare "Customer Engagement" is not this row.
    versions: { '9.x (9.0 / 9.1)': [...ON_PREMISES, '9.0', '9.1'] },
  },
  {
    product: 'Dynamics 365 Business Central (on-premises)',
    names: ['dynamics 365 business central', 'business central'],
    // October 2018 (v13) and spring 2019 (v14) on-premises were fixed-policy releases, not the
    // modern row: their words must pick the fixed row.
    markers: ['spring', '14', 'fall', 'october', '13'],
    versions: {
      '13.x / 14.x (fixed policy)': ['spring 2019', '14', 'fall 2018', 'october 2018', '13'],
      '2019 wave 2 and later': ON_PREMISES,
    },
  },
  { product: 'Dynamics AX', names: ['dynamics ax'] },
  { product: 'Dynamics NAV', names: ['dynamics nav', 'navision'] },
  {
    product: 'Dynamics GP',
    names: ['dynamics gp', 'great plains'],
    // The modern releases are numbered 18.2 onwards ("GP 18.5"), or called by policy.
    versions: {
      '18.2 and later (Modern Lifecycle Policy)': [
        '18.2',
        '18.3',
        '18.4',
        '18.5',
        '18.6',
        '18.7',
        '18.8',
        'modern',
        'moderne',
      ],
    },
  },
  { product: 'BizTalk Server', names: ['biztalk server', 'biztalk'] },
  { product: 'Visual Studio', names: ['visual studio'], markers: ['mac'] },
  {
    product: 'Windows 10',
    names: ['windows 10'],
    markers: ['ltsc', 'ltsb', 'iot'],
    versions: {
      // Pro Education and Pro for Workstations are serviced as Home and Pro.
      'Home and Pro': [
        'home',
        'pro',
        'famille',
        'professionnel',
        'pro education',
        'professionnel education',
      ],
      'Enterprise and Education': ['enterprise', 'entreprise', 'education'],
      'Enterprise LTSC 2019': ['ltsc 2019'],
      'Enterprise LTSC 2021': ['ltsc 2021'],
    },
  },
  {
    product: 'Windows 11',
    names: ['windows 11'],
    markers: ['ltsc', 'ltsb', 'iot'],
    versions: {
      'Home and Pro': [
        'home',
        'pro',
        'famille',
        'professionnel',
        'pro education',
        'professionnel education',
      ],
      'Enterprise and Education': ['enterprise', 'entreprise', 'education'],
      'Enterprise LTSC 2024': ['ltsc 2024'],
    },
  },
];

/**
 * Names that start like a product above but are another product (mostly the cloud service of the
 * same family). Matching one of them consumes the words, so "Exchange Online 2019 migration" is not
 * read as Exchange Server 2019.
 */
export const OTHER_PRODUCT_NAMES: string[] = [
  'exchange online',
  'sharepoint online',
  'sharepoint foundation',
  'project online',
  'microsoft project online',
  'ms project online',
  'project for the web',
  'project plan',
  'visio online',
  'visio plan',
  'visio for the web',
  'lync online',
  'office 365',
  'office online',
  'office for mac',
  'skype for business online',
  'skype entreprise online',
  'dynamics crm online',
  'crm online',
  'dynamics 365 customer engagement online',
  'business central online',
  'dynamics 365 business central online',
  'system center configuration manager',
  'visual studio code',
  'visual studio for mac',
  'visual studio team services',
  'visual studio online',
  'windows 10 iot',
  'windows 10 mobile',
  'windows 11 iot',
];
