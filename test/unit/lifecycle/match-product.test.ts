import { describe, expect, it } from 'vitest';
import { LIFECYCLE_ROWS } from '../../../lib/lifecycle/data.generated';
import { listVersions } from '../../../lib/lifecycle/index';
import {
  findProductMentions,
  findUnlistedVersions,
  matchProduct,
  normalise,
} from '../../../lib/lifecycle/match-product';
import { OTHER_PRODUCT_NAMES, PRODUCT_NAMES } from '../../../lib/lifecycle/product-names';

const SE = 'Subscription Edition (SE)';
const OFFICE_RETAIL = '2021 (retail: Home & Business/Student, Professional)';

/** Labels as purchase pages and agents write them: [label, product, version]. */
const LABELS: [string, string, string][] = [
  ['Windows Server 2012 Standard', 'Windows Server', '2012'],
  ['Windows Server 2012 R2 Datacenter', 'Windows Server', '2012 R2'],
  ['windows server 2012 r2', 'Windows Server', '2012 R2'],
  ['Windows Server 2012R2 Standard', 'Windows Server', '2012 R2'],
  ['Windows Server 2016 Essentials', 'Windows Server', '2016'],
  ['Windows Server 2019 Standard', 'Windows Server', '2019'],
  ['Windows Server 2022 Datacenter', 'Windows Server', '2022'],
  ['Windows Server 2022 Édition Datacenter', 'Windows Server', '2022'],
  ['Windows Server 2025 Datacenter: Azure Edition', 'Windows Server', '2025'],
  ['SQL Server 2012 Service Pack 4', 'SQL Server', '2012'],
  ['Microsoft SQL Server 2014 Standard', 'SQL Server', '2014'],
  ['SQL Server 2016 Express', 'SQL Server', '2016'],
  ['SQL Server 2017 on Linux', 'SQL Server', '2017'],
  ['SQL Server 2019 Enterprise', 'SQL Server', '2019'],
  ['SQL Server 2022 Standard Edition', 'SQL Server', '2022'],
  ['SQL Server 2025 Enterprise Developer', 'SQL Server', '2025'],
  ['Exchange Server 2013 CU23', 'Exchange Server', '2013'],
  ['Exchange 2016', 'Exchange Server', '2016'],
  ['Microsoft Exchange Server 2019 CU14', 'Exchange Server', '2019'],
  ['Exchange Server Subscription Edition', 'Exchange Server', SE],
  ['Exchange Server Édition Abonnement', 'Exchange Server', SE],
  ['Exchange Server SE RTM', 'Exchange Server', SE],
  ['SharePoint Server 2013 Enterprise', 'SharePoint Server', '2013'],
  ['SharePoint 2016', 'SharePoint Server', '2016'],
  ['Microsoft SharePoint Server 2019', 'SharePoint Server', '2019'],
  ['SharePoint Server Subscription Edition', 'SharePoint Server', SE],
  ["SharePoint Server Édition d'abonnement", 'SharePoint Server', SE],
  ['Project Server 2013', 'Project Server', '2013'],
  ['Project Server 2016', 'Project Server', '2016'],
  ['Microsoft Project Server 2019', 'Project Server', '2019'],
  ['Project Server Subscription Edition', 'Project Server', SE],
  ['Office Professional Plus 2013', 'Office', '2013'],
  ['Office Home & Business 2016', 'Office', '2016'],
  ['Microsoft Office 2019 Standard', 'Office', '2019'],
  ['Office LTSC Professional Plus 2021', 'Office', 'LTSC 2021'],
  ['Office Professionnel Plus 2021', 'Office', 'LTSC 2021'],
  ['Office Home & Student 2021', 'Office', OFFICE_RETAIL],
  ['Office Famille et Petite Entreprise 2021', 'Office', OFFICE_RETAIL],
  ['Office Professional 2021', 'Office', OFFICE_RETAIL],
  ['Office LTSC Standard 2024', 'Office', 'LTSC 2024'],
  ['Microsoft 365 Apps for enterprise', 'Microsoft 365 Apps', '(continuous)'],
  ['Microsoft 365 Apps pour les entreprises', 'Microsoft 365 Apps', '(continuous)'],
  ['Office 365 ProPlus', 'Microsoft 365 Apps', '(continuous)'],
  ['Skype for Business Server 2015', 'Skype for Business Server', '2015'],
  ['Skype Entreprise Server 2019', 'Skype for Business Server', '2019'],
  ['Skype for Business Server Subscription Edition', 'Skype for Business Server', SE],
  ['System Center 2016 Operations Manager', 'System Center', '2016'],
  ['System Center Virtual Machine Manager 2019', 'System Center', '2019'],
  ['System Center 2022 Data Protection Manager', 'System Center', '2022'],
  ['Windows Server 2008 Standard', 'Windows Server', '2008'],
  ['Windows Server 2008 R2 Datacenter', 'Windows Server', '2008 R2'],
  ['SQL Server 2008 Enterprise', 'SQL Server', '2008'],
  ['SQL Server 2008 R2 Standard', 'SQL Server', '2008 R2'],
  ['Exchange Server 2010', 'Exchange Server', '2010'],
  ['SharePoint Server 2010', 'SharePoint Server', '2010'],
  ['Project Server 2010', 'Project Server', '2010'],
  ['Office Professional Plus 2010', 'Office', '2010'],
  ['Office Home & Business 2024', 'Office', '2024 (retail: Home, Home & Business)'],
  ['Project Professional 2010', 'Project', '2010'],
  ['Project Standard 2013', 'Project', '2013'],
  ['Microsoft Project 2016', 'Project', '2016'],
  ['Project Professional 2019', 'Project', '2019'],
  ['Project Professional 2021 LTSC', 'Project', 'LTSC 2021'],
  ['Project Standard 2021 retail', 'Project', '2021 (retail)'],
  ['Project Professional 2024', 'Project', '2024'],
  ['Visio Professional 2010', 'Visio', '2010'],
  ['Visio 2013', 'Visio', '2013'],
  ['Visio Standard 2016', 'Visio', '2016'],
  ['Visio Professional 2019', 'Visio', '2019'],
  ['Visio LTSC Professional 2021', 'Visio', 'LTSC 2021'],
  ['Visio Professional 2021 retail', 'Visio', '2021 (retail)'],
  ['Visio LTSC Standard 2024', 'Visio', 'LTSC 2024'],
  ['Lync Server 2010', 'Skype for Business Server', 'Lync Server 2010'],
  ['Lync Server 2013 Enterprise', 'Skype for Business Server', 'Lync Server 2013'],
  ['System Center 2012 Operations Manager', 'System Center', '2012'],
  ['System Center 2012 R2 Virtual Machine Manager', 'System Center', '2012 R2'],
  ['Dynamics CRM 2011', 'Dynamics CRM', '2011 (5.0)'],
  ['Dynamics CRM 2013 SP1', 'Dynamics CRM', '2013 (6.x)'],
  [
    'Business Central 14 on-premises',
    'Dynamics 365 Business Central (on-premises)',
    '13.x / 14.x (fixed policy)',
  ],
  ['Dynamics AX 2009', 'Dynamics AX', '2009'],
  ['Dynamics AX 2012', 'Dynamics AX', '2012'],
  ['Dynamics AX 2012 R2', 'Dynamics AX', '2012 R2'],
  ['Microsoft Dynamics AX 2012 R3 CU13', 'Dynamics AX', '2012 R3'],
  ['Dynamics NAV 2009', 'Dynamics NAV', '2009'],
  ['Dynamics NAV 2009 R2', 'Dynamics NAV', '2009 R2'],
  ['Dynamics NAV 2013', 'Dynamics NAV', '2013'],
  ['Dynamics NAV 2013 R2', 'Dynamics NAV', '2013 R2'],
  ['Dynamics NAV 2015', 'Dynamics NAV', '2015'],
  ['Navision 2016', 'Dynamics NAV', '2016'],
  ['Dynamics NAV 2017', 'Dynamics NAV', '2017'],
  ['Dynamics NAV 2018', 'Dynamics NAV', '2018'],
  ['Dynamics GP 2010', 'Dynamics GP', '2010'],
  ['Dynamics GP 2010 R2', 'Dynamics GP', '2010 R2'],
  ['Dynamics GP 2013', 'Dynamics GP', '2013'],
  ['Dynamics GP 2013 R2', 'Dynamics GP', '2013 R2'],
  ['Dynamics GP 2015', 'Dynamics GP', '2015'],
  ['Dynamics GP 2015 R2', 'Dynamics GP', '2015 R2'],
  ['Dynamics GP 2016', 'Dynamics GP', '2016'],
  ['Dynamics GP 2016 R2', 'Dynamics GP', '2016 R2'],
  ['Dynamics GP 2018', 'Dynamics GP', '2018'],
  ['Dynamics GP 2018 R2', 'Dynamics GP', '2018 R2'],
  ['Dynamics GP 18.5', 'Dynamics GP', '18.2 and later (Modern Lifecycle Policy)'],
  ['BizTalk Server 2009', 'BizTalk Server', '2009'],
  ['BizTalk Server 2010', 'BizTalk Server', '2010'],
  ['BizTalk Server 2013', 'BizTalk Server', '2013'],
  ['BizTalk Server 2013 R2', 'BizTalk Server', '2013 R2'],
  ['Visual Studio 2008', 'Visual Studio', '2008'],
  ['Visual Studio 2010 Ultimate', 'Visual Studio', '2010'],
  ['Visual Studio 2012', 'Visual Studio', '2012'],
  ['Visual Studio 2013', 'Visual Studio', '2013'],
  ['Visual Studio Enterprise 2015', 'Visual Studio', '2015'],
  ['Visual Studio 2026 Enterprise', 'Visual Studio', '2026'],
  ['Microsoft Dynamics CRM 2015', 'Dynamics CRM', '2015 (7.0)'],
  ['Dynamics CRM 2016 Service Pack 1 (8.1)', 'Dynamics CRM', '2016 (8.x)'],
  [
    'Dynamics 365 Customer Engagement (on-premises) 9.1',
    'Dynamics 365 Customer Engagement (on-premises)',
    '9.x (9.0 / 9.1)',
  ],
  [
    'Dynamics 365 for Customer Engagement, version 9.0',
    'Dynamics 365 Customer Engagement (on-premises)',
    '9.x (9.0 / 9.1)',
  ],
  [
    'Dynamics 365 Business Central on-premises',
    'Dynamics 365 Business Central (on-premises)',
    '2019 wave 2 and later',
  ],
  [
    'Dynamics 365 Business Central en local',
    'Dynamics 365 Business Central (on-premises)',
    '2019 wave 2 and later',
  ],
  ['BizTalk Server 2016 Enterprise', 'BizTalk Server', '2016'],
  ['BizTalk Server 2020', 'BizTalk Server', '2020'],
  ['Visual Studio Professional 2017', 'Visual Studio', '2017'],
  ['Visual Studio Enterprise 2019', 'Visual Studio', '2019'],
  ['Visual Studio 2022 Community', 'Visual Studio', '2022'],
  ['Windows 10 Pro', 'Windows 10', 'Home and Pro'],
  ['Windows 10 Famille', 'Windows 10', 'Home and Pro'],
  ['Windows 10 Pro Education', 'Windows 10', 'Home and Pro'],
  ['Windows 10 Enterprise', 'Windows 10', 'Enterprise and Education'],
  ['Windows 10 Éducation', 'Windows 10', 'Enterprise and Education'],
  ['Windows 10 Enterprise LTSC 2019', 'Windows 10', 'Enterprise LTSC 2019'],
  ['Windows 10 Entreprise LTSC 2021', 'Windows 10', 'Enterprise LTSC 2021'],
  ['Windows 10 Enterprise 2019 LTSC', 'Windows 10', 'Enterprise LTSC 2019'],
  ['Windows 11 Home', 'Windows 11', 'Home and Pro'],
  ['Windows 11 Professionnel', 'Windows 11', 'Home and Pro'],
  ['Windows 11 Enterprise', 'Windows 11', 'Enterprise and Education'],
  ['Windows 11 Entreprise', 'Windows 11', 'Enterprise and Education'],
  ['Windows 11 Enterprise LTSC 2024', 'Windows 11', 'Enterprise LTSC 2024'],
  ['WINDOWS 11 ENTERPRISE LTSC 2024', 'Windows 11', 'Enterprise LTSC 2024'],
];

describe('matchProduct', () => {
  it.each(LABELS)('%s → %s %s', (label, product, version) => {
    expect(matchProduct(label)).toEqual({ product, version });
  });

  it('can name every product version of the data from a realistic label', () => {
    const named = new Set(LABELS.map(([, product, version]) => `${product}|${version}`));
    for (const row of LIFECYCLE_ROWS) expect(named).toContain(`${row.product}|${row.version}`);
  });

  it('prefers the most specific version: "2012 R2" over "2012", "Pro Education" over "Education"', () => {
    expect(matchProduct('Windows Server 2012 R2')?.version).toBe('2012 R2');
    expect(matchProduct('Windows Server 2012')?.version).toBe('2012');
    expect(matchProduct('Windows 10 Pro Education')?.version).toBe('Home and Pro');
    expect(matchProduct('Office LTSC Professional Plus 2021')?.version).toBe('LTSC 2021');
  });

  it.each([
    // Ambiguous: two versions, or a version that is not enough to tell the release.
    'Windows Server 2022 and 2019',
    'Windows Server 2012 R2 to 2022 upgrade',
    'Office 2021',
    'Windows 10',
    'Windows 10 Pro and Enterprise',
    'Windows Server',
    'Exchange 2016 and Exchange 2019',
    'SQL Server 2019 on Windows Server 2022',
    'Dynamics 365 Customer Engagement',
    // Unknown versions and other products of the same family.
    'Windows Server 2003',
    'Windows Server 2016 R2',
    'SQL Server 2005',
    'Exchange Server 2007',
    'System Center 2025 Operations Manager',
    'Exchange Online',
    'SharePoint Online',
    'SharePoint Foundation 2013',
    'Office 365 E3',
    'Office 2019 for Mac',
    'Visual Studio Code',
    'Visual Studio 2019 for Mac',
    'Windows 10 Enterprise LTSB 2016',
    'Windows 10 IoT Enterprise LTSC 2021',
    'Windows 11 IoT Enterprise LTSC 2024',
    'System Center Configuration Manager 2103',
    'Azure SQL Database',
    'Project 2024',
    '',
    '   ',
  ])('gives null for %j', (label) => {
    expect(matchProduct(label)).toBeNull();
  });

  it('is case- and accent-insensitive', () => {
    expect(matchProduct('sharepoint server EDITION D’ABONNEMENT')).toEqual({
      product: 'SharePoint Server',
      version: SE,
    });
    expect(matchProduct('Windows 10 EDUCATION')).toEqual(matchProduct('Windows 10 Éducation'));
  });
});

describe('findProductMentions', () => {
  it('reads each product with the words after it, within its sentence', () => {
    expect(
      findProductMentions(
        'SQL Server 2016 on Windows Server 2022 Datacenter. Exchange: migration to 2019 planned.',
      ),
    ).toEqual([
      { product: 'SQL Server', version: '2016' },
      { product: 'Windows Server', version: '2022' },
    ]);
  });

  it('does not read the cloud service as the server product', () => {
    expect(
      findProductMentions('Exchange Online mailboxes and SharePoint Online 2019 sites'),
    ).toEqual([]);
  });

  it('keeps dotted numbers whole (no year inside "5.7.708" or "17.12")', () => {
    expect(findProductMentions('Exchange NDR 550 5.7.708')).toEqual([]);
    expect(findProductMentions('Visual Studio 17.12 update')).toEqual([]);
  });
});

describe('product-names table', () => {
  it('names only products and versions the data has', () => {
    for (const entry of PRODUCT_NAMES) {
      const versions = LIFECYCLE_ROWS.filter((r) => r.product === entry.product).map(
        (r) => r.version,
      );
      expect(versions.length, entry.product).toBeGreaterThan(0);
      for (const version of Object.keys(entry.versions ?? {})) expect(versions).toContain(version);
    }
  });

  it('is written in normalised form, with no name listed twice', () => {
    const names = [...PRODUCT_NAMES.flatMap((e) => e.names), ...OTHER_PRODUCT_NAMES];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(normalise(name)).toBe(name);
    for (const entry of PRODUCT_NAMES) {
      for (const alias of Object.values(entry.versions ?? {}).flat())
        expect(normalise(alias)).toBe(alias);
    }
  });
});

describe('findUnlistedVersions', () => {
  // Whatever rows the data gains, these releases are checked to be absent first.
  const absent = (product: string, version: string) => !listVersions(product).includes(version);

  it('names a tracked product with a release the data lacks', () => {
    expect(absent('Exchange Server', '5.5') && absent('Exchange Server', '1997')).toBe(true);
    expect(findUnlistedVersions('Exchange Server 1997 refuses SMTP connections.')).toEqual([
      { product: 'Exchange Server', version: '1997' },
    ]);
    expect(absent('SQL Server', '1998 R2')).toBe(true);
    expect(findUnlistedVersions('Le serveur SQL Server 1998 R2 ne démarre plus.')).toEqual([
      { product: 'SQL Server', version: '1998 R2' },
    ]);
    expect(findUnlistedVersions('Windows Server Datacenter 1999 hosts crash.')).toEqual([
      { product: 'Windows Server', version: '1999' },
    ]);
  });

  it('says nothing of a listed release, an ambiguous one or a year that is not a release', () => {
    expect(findUnlistedVersions('Windows Server 2022 file shares drop.')).toEqual([]);
    expect(findUnlistedVersions('Windows Server 2019 and 2016 hosts.')).toEqual([]);
    expect(findUnlistedVersions('Office 2021 asks for activation.')).toEqual([]);
    expect(findUnlistedVersions('We bought SQL Server in 1998 and it still runs.')).toEqual([]);
    expect(findUnlistedVersions('Exchange Online mailbox full since 2024.')).toEqual([]);
  });
});
