import type { INestApplicationContext } from '@nestjs/common';
import type { BreachStatus, CompanySector, DataClass, Role } from '@qorgau/shared';
import type { Actor } from '../common/actor';
import type { CreateBreachDto } from '../breaches/dto/breach-input.dto';
import { BreachesService } from '../breaches/breaches.service';
import { CompaniesService } from '../companies/companies.service';
import { IngestionService } from '../ingestion/ingestion.service';
import { RestrictionWorker } from '../restrictions/restriction-worker';
import { SandboxPeople } from '../sandbox/sandbox-people';
import { seedDemoBanks } from './demo-banks';
import { exposedCitizenIins, seedCitizenCases } from './demo-citizen-cases';
import { leakedFile, loadAndWait } from './demo-exposures';
import { validNumber } from '../common/valid-number';
import type { CreateCompanyDto } from '../companies/dto/company-input.dto';
import { UsersService } from '../users/users.service';

/** Demo accounts, one per role besides the admin; documented in the README. */
export const DEMO_PASSWORD = 'Qorgau demo 2026';
const DEMO_ROLES: Role[] = ['analyst', 'reviewer', 'auditor'];

interface DemoCompany {
  name: string;
  sector: CompanySector;
  website?: string;
  contactName: string;
}

// Fictional companies: any likeness to a real one is accidental.
const COMPANIES: DemoCompany[] = [
  { name: 'Dala Market LLP', sector: 'retail', website: 'https://dala-market.example.kz', contactName: 'Aigerim Sadykova' },
  { name: 'Kokzhiek Telecom JSC', sector: 'telecom', website: 'https://kokzhiek.example.kz', contactName: 'Nurlan Abenov' },
  { name: 'Saryarka Microfinance LLP', sector: 'finance', contactName: 'Dana Zhaksybekova' },
  { name: 'Qala Services Centre', sector: 'government', contactName: 'Yerlan Tokenov' },
  { name: 'Shipa Clinic Network LLP', sector: 'health', website: 'https://shipa.example.kz', contactName: 'Madina Omarova' },
  { name: 'Zhol Express Delivery LLP', sector: 'delivery', contactName: 'Timur Bekov' },
  { name: 'Bilim Online Academy LLP', sector: 'education', website: 'https://bilim.example.kz', contactName: 'Saule Nurgaliyeva' },
  { name: 'Altyn Bazaar Online LLP', sector: 'retail', contactName: 'Arman Kassymov' },
  { name: 'Tengri Mobile LLP', sector: 'telecom', contactName: 'Zhanna Iskakova' },
  { name: 'Nomad Pay JSC', sector: 'finance', website: 'https://nomadpay.example.kz', contactName: 'Daniyar Ospanov' },
  { name: 'Qala Parking Service', sector: 'government', contactName: 'Asel Mukhamedova' },
  { name: 'Arna Food Delivery LLP', sector: 'delivery', contactName: 'Bauyrzhan Seitkali' },
];

interface DemoBreach {
  company: number;
  title: string;
  description: string;
  dataClasses: DataClass[];
  /** Days before the seed that the leak was discovered. */
  discoveredDaysAgo: number;
  /** Hours from discovery to the report: more than a business day makes it late. */
  reportedAfterHours: number;
  recordsClaimed: number;
  /** The demo's breaches are below CONFIRM_APPROVAL_THRESHOLD: none waits for a second approval. */
  status: Exclude<BreachStatus, 'awaiting-approval'>;
  published?: boolean;
  /** The demo citizens of the README are in this breach (two confirmed ones). */
  citizens?: true;
}

const BREACHES: DemoBreach[] = [
  { company: 1, title: 'Subscriber database offered on a forum', description: 'A dump of subscriber records, with IINs and phone numbers, was offered for sale on a hacker forum.', dataClasses: ['iin', 'full_name', 'phone', 'address'], discoveredDaysAgo: 400, reportedAfterHours: 6, recordsClaimed: 1_200_000, status: 'closed', published: true },
  { company: 0, title: 'Loyalty programme export left public', description: 'An export of the loyalty programme sat in a public cloud bucket for three weeks.', dataClasses: ['full_name', 'phone', 'email', 'order_history'], discoveredDaysAgo: 350, reportedAfterHours: 70, recordsClaimed: 340_000, status: 'confirmed', published: true },
  { company: 2, title: 'Loan applications scraped through an open API', description: 'Applications for microcredits, with IINs and ID documents, were readable without authentication.', dataClasses: ['iin', 'full_name', 'id_document', 'phone', 'bank_account'], discoveredDaysAgo: 320, reportedAfterHours: 20, recordsClaimed: 86_000, status: 'confirmed', published: true },
  { company: 5, title: 'Courier app leaked delivery addresses', description: 'A courier application returned other customers’ addresses and phone numbers.', dataClasses: ['full_name', 'phone', 'address'], discoveredDaysAgo: 300, reportedAfterHours: 100, recordsClaimed: 510_000, status: 'closed', published: true },
  { company: 4, title: 'Patient records exposed by a misconfigured backup', description: 'Backups of the clinic network’s patient system were reachable from the internet.', dataClasses: ['iin', 'full_name', 'health', 'birth_date'], discoveredDaysAgo: 280, reportedAfterHours: 12, recordsClaimed: 64_000, status: 'confirmed', published: true },
  { company: 9, title: 'Card data skimmed on the checkout page', description: 'A malicious script on the checkout page sent card numbers to a third party.', dataClasses: ['full_name', 'bank_card', 'email'], discoveredDaysAgo: 250, reportedAfterHours: 30, recordsClaimed: 23_000, status: 'confirmed', published: true },
  { company: 3, title: 'Citizen service requests indexed by a search engine', description: 'Scans of service requests were indexed by a search engine.', dataClasses: ['iin', 'full_name', 'id_document', 'address'], discoveredDaysAgo: 230, reportedAfterHours: 150, recordsClaimed: 12_500, status: 'closed', published: true },
  { company: 6, title: 'Student accounts with reused passwords', description: 'Student accounts and password hashes of the learning platform were published.', dataClasses: ['full_name', 'email', 'password', 'birth_date'], discoveredDaysAgo: 210, reportedAfterHours: 16, recordsClaimed: 95_000, status: 'confirmed', published: false },
  { company: 8, title: 'SIM-swap insider sold subscriber data', description: 'An employee sold subscriber data used for SIM-swap fraud.', dataClasses: ['iin', 'full_name', 'phone', 'id_document'], discoveredDaysAgo: 190, reportedAfterHours: 48, recordsClaimed: 4_300, status: 'retracted', published: false },
  { company: 7, title: 'Marketplace order history in a test environment', description: 'Real order history was copied into an unprotected test environment.', dataClasses: ['full_name', 'phone', 'order_history', 'address'], discoveredDaysAgo: 170, reportedAfterHours: 8, recordsClaimed: 150_000, status: 'rejected' },
  { company: 10, title: 'Parking fines database with vehicle plates', description: 'The parking service’s database of fines, with vehicle plates and IINs, leaked.', dataClasses: ['iin', 'full_name', 'vehicle_plate'], discoveredDaysAgo: 150, reportedAfterHours: 200, recordsClaimed: 220_000, status: 'confirmed', published: true, citizens: true },
  { company: 11, title: 'Food delivery customers in a leaked CRM', description: 'A CRM export with phone numbers and addresses circulated in messenger channels.', dataClasses: ['full_name', 'phone', 'address', 'order_history'], discoveredDaysAgo: 130, reportedAfterHours: 22, recordsClaimed: 300_000, status: 'confirmed', published: true },
  { company: 2, title: 'Call-centre recordings with passport details', description: 'Recordings in which customers dictated passport details were found online.', dataClasses: ['iin', 'full_name', 'id_document', 'phone'], discoveredDaysAgo: 110, reportedAfterHours: 40, recordsClaimed: 9_800, status: 'investigating' },
  { company: 1, title: 'Phishing kit built on leaked subscriber names', description: 'A phishing kit addressed subscribers by name; the source of the names is being traced.', dataClasses: ['full_name', 'phone'], discoveredDaysAgo: 90, reportedAfterHours: 5, recordsClaimed: 40_000, status: 'investigating' },
  { company: 4, title: 'Biometric templates of staff', description: 'Templates from the staff access-control system were copied.', dataClasses: ['biometric', 'full_name'], discoveredDaysAgo: 75, reportedAfterHours: 28, recordsClaimed: 1_900, status: 'confirmed', published: true },
  { company: 9, title: 'Fake “fine payment” site harvesting IINs', description: 'A site imitating a fine-payment service collected IINs and card numbers.', dataClasses: ['iin', 'bank_card', 'phone'], discoveredDaysAgo: 60, reportedAfterHours: 10, recordsClaimed: 18_000, status: 'confirmed', published: true, citizens: true },
  { company: 0, title: 'Gift-card accounts taken over', description: 'Accounts with stored gift cards were taken over with leaked passwords.', dataClasses: ['email', 'password', 'order_history'], discoveredDaysAgo: 45, reportedAfterHours: 90, recordsClaimed: 7_500, status: 'draft' },
  { company: 5, title: 'Parcel lockers exposed recipients’ phones', description: 'The parcel-locker API returned recipients’ phone numbers for any parcel code.', dataClasses: ['phone', 'full_name'], discoveredDaysAgo: 30, reportedAfterHours: 3, recordsClaimed: 60_000, status: 'investigating' },
  { company: 6, title: 'Exam registration forms published by mistake', description: 'Registration forms with IINs and birth dates were published on the academy website.', dataClasses: ['iin', 'full_name', 'birth_date'], discoveredDaysAgo: 20, reportedAfterHours: 60, recordsClaimed: 3_200, status: 'rejected' },
  { company: 3, title: 'Queue-booking service leaked appointment lists', description: 'Appointment lists with names and phone numbers were downloadable without signing in.', dataClasses: ['full_name', 'phone', 'iin'], discoveredDaysAgo: 12, reportedAfterHours: 18, recordsClaimed: 27_000, status: 'draft' },
  { company: 8, title: 'Roaming partner exposed call records', description: 'A roaming partner’s portal exposed call records of travelling subscribers.', dataClasses: ['phone', 'other'], discoveredDaysAgo: 6, reportedAfterHours: 26, recordsClaimed: 11_000, status: 'draft' },
];

const PATHS: Record<DemoBreach['status'], DemoBreach['status'][]> = {
  draft: [],
  investigating: ['investigating'],
  confirmed: ['investigating', 'confirmed'],
  closed: ['investigating', 'confirmed', 'closed'],
  rejected: ['investigating', 'rejected'],
  retracted: ['investigating', 'confirmed', 'retracted'],
};

const REASONS: Record<DemoBreach['status'], string> = {
  draft: '',
  investigating: 'The company acknowledged the report; evidence requested.',
  confirmed: 'Samples checked against the company’s records: the leak is real.',
  closed: 'The company fixed the cause and notified the people affected.',
  rejected: 'The sample did not come from this company’s systems.',
  retracted: 'Further review showed the data was fabricated.',
};

const DEMO_RESTRICTIONS_TIMEOUT_MS = 120_000;
/** Each breach's slice of the demo population starts this far after the previous one's: the slices overlap. */
const POPULATION_STRIDE = 5_000;
/** People loaded per claimed record, at most MAX_LOADED per breach: enough for the counts, quick to load. */
const LOADED_PER_CLAIMED = 1 / 20;
const MAX_LOADED = 25_000;

/** A valid BIN for the n-th demo company: 12 digits with the SPEC §2 check digit. */
export function demoBin(index: number): string {
  return validNumber('0904400', index);
}

/**
 * A believable registry for a first look: a dozen companies across sectors, breaches in every
 * state with their leaked identifiers loaded before they move on (so the confirmed ones restrict
 * people), late and on-time reports, one demo account per role, lenders and their checks, and the
 * demo citizens of the README; then the sandbox people of docs/lenders.md. Goes through the services, so the rules and the audit trail apply.
 * Does nothing when the demo data is already there.
 */
export async function seedDemo(app: INestApplicationContext, log: (message: string) => void = () => undefined): Promise<void> {
  const companies = app.get(CompaniesService);
  const breaches = app.get(BreachesService);
  const ingestion = app.get(IngestionService);
  const users = app.get(UsersService);
  const existing = await companies.list({ filter: JSON.stringify({ q: demoBin(0) }), range: '[0,0]' });
  if (existing.total > 0) {
    log('Demo data is already there.');
    return;
  }

  const accounts: Partial<Record<Role, Actor>> = {};
  for (const role of DEMO_ROLES) {
    const email = `${role}@qorgau.local`;
    const created = await users.create(null, { email, role, password: DEMO_PASSWORD });
    accounts[role] = { id: created.id, email, role, requestId: 'demo-seed' };
  }
  const analyst = accounts.analyst!;

  const companyIds: string[] = [];
  for (const [index, company] of COMPANIES.entries()) {
    const input = {
      bin: demoBin(index),
      name: company.name,
      sector: company.sector,
      website: company.website ?? null,
      contactName: company.contactName,
      contactEmail: `dpo@${company.name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-+$/, '')}.example.kz`,
      contactPhone: `+7701${String(5550000 + index * 37).padStart(7, '0')}`,
    };
    companyIds.push((await companies.create(input as CreateCompanyDto, analyst)).id);
  }

  const now = Date.now();
  const citizensIn: { id: string; title: string }[] = [];
  for (const [index, breach] of BREACHES.entries()) {
    const discoveredAt = new Date(now - breach.discoveredDaysAgo * 86_400_000);
    const input = {
      companyId: companyIds[breach.company],
      title: breach.title,
      description: breach.description,
      occurredAt: new Date(discoveredAt.getTime() - 9 * 86_400_000).toISOString(),
      discoveredAt: discoveredAt.toISOString(),
      reportedAt: new Date(Math.min(now, discoveredAt.getTime() + breach.reportedAfterHours * 3_600_000)).toISOString(),
      dataClasses: breach.dataClasses,
      recordsClaimed: breach.recordsClaimed,
      restrictionDays: 90,
      published: breach.published ?? false,
    };
    const { id } = await breaches.create(input as CreateBreachDto, analyst);
    const loaded = Math.min(MAX_LOADED, Math.round(breach.recordsClaimed * LOADED_PER_CLAIMED));
    const leaked = leakedFile(breach.dataClasses, index * POPULATION_STRIDE, loaded, breach.citizens ? exposedCitizenIins() : []);
    if (leaked !== null) await loadAndWait(ingestion, id, leaked, analyst);
    if (breach.citizens) citizensIn.push({ id, title: breach.title });
    for (const to of PATHS[breach.status]) await breaches.transition(id, { to, reason: REASONS[to] }, analyst);
  }
  // Confirmed breaches restrict their people through background jobs: the citizens' lifts and the
  // lenders' checks come after them, as they would.
  const restrictionsPlaced = async () => {
    if (!(await app.get(RestrictionWorker).idle(DEMO_RESTRICTIONS_TIMEOUT_MS))) log('Some restrictions are still being placed; they finish at the next start.');
  };
  await restrictionsPlaced();
  const citizenChecks = await seedCitizenCases(app, { reviewer: accounts.reviewer! }, citizensIn, log);
  await seedDemoBanks(app, citizenChecks, log);
  await app.get(SandboxPeople).ensure();
  await restrictionsPlaced();
  log(`Demo data: ${COMPANIES.length} companies, ${BREACHES.length} breaches, accounts ${DEMO_ROLES.map((role) => `${role}@qorgau.local`).join(', ')} (password "${DEMO_PASSWORD}").`);
}
