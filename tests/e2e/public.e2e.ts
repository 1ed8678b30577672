import type { Breach, Company, PublicBreachListItem, PublicCompany, PublicStats } from '@qorgau/shared';
import { createBreach, createCompany, listQuery, loadExposures, moveBreach, newBin, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The public wall (SPEC §3.5, §3.6, §5.4): only published, non-sensitive, confirmed or closed
 * breaches, wherever the public can look — list, breach, company, statistics, open data.
 */
let testApp: TestApp;
let analyst: string;
let telecom: Company;
let quietShop: Company;
let onTime: Breach;
let late: Breach;
const hidden: Record<string, Breach> = {};
const iins = [newIin(), newIin(), newIin()];

const PUBLIC_FIELDS = [
  'id',
  'companyId',
  'title',
  'description',
  'occurredAt',
  'discoveredAt',
  'reportedAt',
  'dataClasses',
  'recordsClaimed',
  'exposureCount',
  'status',
  'reportingDelayHours',
  'reportedLate',
].sort();

const get = (path: string, headers: Record<string, string> = {}) => testApp.request('GET', `/api/v1/public${path}`, { headers });

beforeAll(async () => {
  testApp = await startTestApp();
  const admin = await testApp.signInAs('admin');
  analyst = await testApp.signInAs('analyst');
  telecom = await createCompany(testApp, admin, { name: 'Қазақ Телеком АҚ', sector: 'telecom' });
  quietShop = await createCompany(testApp, admin, { name: 'Quiet Shop LLP', sector: 'retail' });
  const breach = (overrides: Record<string, unknown>, company = telecom) => createBreach(testApp, analyst, company.id, overrides);

  // Public: confirmed with three IINs loaded (on time), and closed (reported late, title with CSV specials).
  onTime = await breach({ title: 'Subscriber base offered on a forum', published: true, reportedAt: '2025-11-25T10:00:00Z' });
  await loadExposures(testApp, analyst, onTime.id, `iin\n${iins.join('\n')}\n`);
  onTime = await moveBreach(testApp, analyst, onTime.id, ['investigating', 'confirmed']);
  late = await breach({ title: 'Billing export, "urgent", leaked', published: true, reportedAt: '2025-12-10T10:00:00Z', dataClasses: ['full_name', 'bank_card'] });
  late = await moveBreach(testApp, analyst, late.id, ['investigating', 'confirmed', 'closed']);

  // Not public, each for its own reason; the titles share a word the searches below look for.
  hidden.draft = await breach({ title: 'Hidden draft leak', published: true, reportedAt: '2025-12-20T10:00:00Z' });
  hidden.investigating = await breach({ title: 'Hidden investigating leak', published: true });
  await moveBreach(testApp, analyst, hidden.investigating.id, ['investigating']);
  hidden.unpublished = await breach({ title: 'Hidden unpublished leak', published: false });
  await moveBreach(testApp, analyst, hidden.unpublished.id, ['investigating', 'confirmed']);
  hidden.sensitive = await breach({ title: 'Hidden sensitive leak', published: true, sensitive: true });
  await moveBreach(testApp, analyst, hidden.sensitive.id, ['investigating', 'confirmed']);
  hidden.health = await breach({ title: 'Hidden health leak', published: true, dataClasses: ['full_name', 'health'] });
  await moveBreach(testApp, analyst, hidden.health.id, ['investigating', 'confirmed']);
  hidden.retracted = await breach({ title: 'Hidden retracted leak', published: true });
  await moveBreach(testApp, analyst, hidden.retracted.id, ['investigating', 'confirmed', 'retracted']);
  hidden.rejected = await breach({ title: 'Hidden rejected leak', published: true });
  await moveBreach(testApp, analyst, hidden.rejected.id, ['rejected']);
  hidden.otherCompany = await breach({ title: 'Hidden leak of a quiet shop', published: false }, quietShop);
  await moveBreach(testApp, analyst, hidden.otherCompany.id, ['investigating', 'confirmed']);
});
afterAll(() => testApp.close());

describe('GET /public/breaches', () => {
  it('lists the published confirmed and closed breaches, newest report first, with their company, and nothing else', async () => {
    const response = await get('/breaches');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('breaches 0-1/2');
    const items: PublicBreachListItem[] = await response.json();
    expect(items.map((item) => item.id)).toEqual([late.id, onTime.id]);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([...PUBLIC_FIELDS, 'company'].sort());
      expect(item.company).toEqual({ bin: telecom.bin, name: telecom.name, sector: 'telecom' });
    }
    expect(items[1]).toMatchObject({ status: 'confirmed', exposureCount: 3, reportedLate: false, reportingDelayHours: 30, dataClasses: ['iin', 'full_name', 'phone'] });
    expect(items[0]).toMatchObject({ status: 'closed', exposureCount: 0, reportedLate: true });
  });

  it('never carries an identifier or a restricted count', async () => {
    const text = await (await get('/breaches')).text();
    for (const iin of iins) expect(text).not.toContain(iin);
    expect(text).not.toMatch(/restricted|sensitive|published/i);
  });

  it('pages with range=[a,b] and says so in Content-Range', async () => {
    const first = await get(`/breaches?${listQuery({ range: [0, 0] })}`);
    expect(first.headers.get('content-range')).toBe('breaches 0-0/2');
    expect((await first.json()).map((item: PublicBreachListItem) => item.id)).toEqual([late.id]);
    const second = await get(`/breaches?${listQuery({ range: [1, 5] })}`);
    expect(second.headers.get('content-range')).toBe('breaches 1-1/2');
    expect((await second.json()).map((item: PublicBreachListItem) => item.id)).toEqual([onTime.id]);
    const beyond = await get(`/breaches?${listQuery({ range: [10, 19] })}`);
    expect(beyond.headers.get('content-range')).toBe('breaches */2');
    expect(await beyond.json()).toEqual([]);
  });

  it('refuses a malformed range or an overlong search with 400 and the field', async () => {
    for (const range of ['[5,1]', 'nope', '[-1,3]']) {
      const response = await get(`/breaches?range=${encodeURIComponent(range)}`);
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toHaveProperty('range');
    }
    const response = await get(`/breaches?q=${'x'.repeat(201)}`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toHaveProperty('q');
  });

  it('searches the company name and the title, in any case (Cyrillic too), among public breaches only', async () => {
    const ids = async (q: string) => ((await (await get(`/breaches?q=${encodeURIComponent(q)}`)).json()) as PublicBreachListItem[]).map((item) => item.id);
    expect(await ids('ТЕЛЕКОМ')).toEqual([late.id, onTime.id]);
    expect(await ids('subscriber')).toEqual([onTime.id]);
    expect(await ids('"urgent"')).toEqual([late.id]);
    expect(await ids('hidden')).toEqual([]);
    expect(await ids('quiet shop')).toEqual([]);
    expect(await ids('100%_')).toEqual([]);
  });
});

describe('GET /public/breaches/{id}', () => {
  it('shows a public breach with its company', async () => {
    const response = await get(`/breaches/${onTime.id}`);
    expect(response.status).toBe(200);
    const item: PublicBreachListItem = await response.json();
    expect(Object.keys(item).sort()).toEqual([...PUBLIC_FIELDS, 'company'].sort());
    expect(item).toMatchObject({ id: onTime.id, title: onTime.title, exposureCount: 3, company: { bin: telecom.bin } });
  });

  it('is 404 for drafts, unpublished, sensitive, retracted, rejected and unknown breaches alike', async () => {
    for (const [why, breach] of Object.entries(hidden)) {
      expect([why, (await get(`/breaches/${breach.id}`)).status]).toEqual([why, 404]);
    }
    expect((await get('/breaches/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/breaches/not-a-uuid')).status).toBe(404);
  });
});

describe('GET /public/companies/{bin}', () => {
  it('shows the company with its public breaches and figures over those alone', async () => {
    const response = await get(`/companies/${telecom.bin}`);
    expect(response.status).toBe(200);
    const company: PublicCompany = await response.json();
    expect(company).toEqual({
      bin: telecom.bin,
      name: telecom.name,
      sector: 'telecom',
      website: null,
      breachCount: 2,
      peopleExposed: 3,
      lateReports: 1,
      breaches: [expect.objectContaining({ id: late.id }), expect.objectContaining({ id: onTime.id })],
    });
    for (const breach of company.breaches) expect(Object.keys(breach).sort()).toEqual(PUBLIC_FIELDS);
  });

  it('is 404 for a company without public breaches and for an unknown BIN', async () => {
    expect((await get(`/companies/${quietShop.bin}`)).status).toBe(404);
    expect((await get(`/companies/${newBin()}`)).status).toBe(404);
  });

  it('is 400 for an invalid BIN, saying why', async () => {
    for (const bin of ['123', 'abcdefghijkl', `${telecom.bin.slice(0, 11)}${(Number(telecom.bin[11]) + 1) % 10}`]) {
      const response = await get(`/companies/${bin}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await response.json()).errors.bin).toEqual(expect.any(String));
    }
  });
});

describe('GET /public/stats', () => {
  it('counts public breaches only: per month, per sector, late share and totals', async () => {
    const stats: PublicStats = await (await get('/stats')).json();
    expect(stats.totals).toEqual({ breaches: 2, companies: 1, peopleExposed: 3, lateReports: 1 });
    expect(stats.lateReportShare).toBe(0.5);
    expect(stats.peopleExposedPerSector).toEqual([{ sector: 'telecom', breaches: 2, peopleExposed: 3 }]);
    expect(stats.breachesPerMonth.slice(0, 3)).toEqual([
      { month: '2025-11', breaches: 1 },
      { month: '2025-12', breaches: 1 },
      { month: '2026-01', breaches: 0 },
    ]);
    expect(stats.breachesPerMonth.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));
    expect(stats.breachesPerMonth.reduce((sum, month) => sum + month.breaches, 0)).toBe(2);
  });
});

describe('open data', () => {
  it('offers the public breaches as JSON, the same as the list', async () => {
    const response = await get('/open-data/breaches.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="qorgau-breaches.json"');
    expect(await response.json()).toEqual(await (await get('/breaches')).json());
  });

  it('offers them as CSV for Excel: BOM, header, quoted fields, CRLF, no hidden breach', async () => {
    const response = await get('/open-data/breaches.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="qorgau-breaches.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'id,title,description,companyId,companyBin,companyName,companySector,status,occurredAt,discoveredAt,reportedAt,reportingDelayHours,reportedLate,dataClasses,recordsClaimed,exposureCount',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${late.id},"Billing export, ""urgent"", leaked",`);
    expect(lines[1]).toContain(`,${telecom.bin},Қазақ Телеком АҚ,telecom,closed,`);
    expect(lines[1]).toContain(',full_name;bank_card,');
    expect(lines[2]).toMatch(new RegExp(`^${onTime.id},Subscriber base offered on a forum,.*,iin;full_name;phone,,3$`));
    expect(lines[3]).toBe('');
    expect(lines.join('\n')).not.toMatch(/Hidden/);
  });
});

describe('caching', () => {
  it('tags answers with a strong ETag and Cache-Control, answers 304 to a matching If-None-Match, and a change changes the tag', async () => {
    for (const path of ['/breaches', `/breaches/${onTime.id}`, `/companies/${telecom.bin}`, '/stats', '/open-data/breaches.csv', '/open-data/breaches.json']) {
      const first = await get(path);
      const etag = first.headers.get('etag')!;
      expect([path, etag]).toEqual([path, expect.stringMatching(/^"[A-Za-z0-9_-]{43}"$/)]);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      expect((await get(path)).headers.get('etag')).toBe(etag);
      const revalidated = await get(path, { 'if-none-match': etag });
      expect([path, revalidated.status]).toEqual([path, 304]);
      expect(await revalidated.text()).toBe('');
      expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200);
    }
    const before = (await get('/breaches')).headers.get('etag')!;
    const newer = await createBreach(testApp, analyst, quietShop.id, { title: 'Newly published leak', published: true, reportedAt: '2025-12-30T10:00:00Z' });
    await moveBreach(testApp, analyst, newer.id, ['investigating', 'confirmed']);
    const after = await get('/breaches', { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect((await after.json())[0].id).toBe(newer.id);
    await moveBreach(testApp, analyst, newer.id, ['retracted']);
  });

  it('caches neither errors nor other APIs', async () => {
    const missing = await get('/breaches/00000000-0000-4000-8000-000000000000');
    expect(missing.headers.get('etag')).toBeNull();
    expect((await testApp.request('GET', '/health')).headers.get('cache-control')).not.toBe('public, max-age=60');
  });
});

describe('rate limiting', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After once a client passes the limit, on the public API only', async () => {
    // Seven calls span at most two one-minute windows, so at most six pass whenever they run.
    const responses = [];
    for (let i = 0; i < 7; i++) responses.push(await limited.request('GET', '/api/v1/public/stats'));
    const passed = responses.filter((response) => response.status === 200).length;
    expect(passed).toBeGreaterThanOrEqual(3);
    expect(passed).toBeLessThanOrEqual(6);
    expect(responses.every((response) => response.status === 200 || response.status === 429)).toBe(true);
    const refused = responses.find((response) => response.status !== 200)!;
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ status: 429, type: 'urn:qorgau:problem:rate-limited', retryAfterSeconds: retryAfter });
    for (let i = 0; i < 5; i++) expect((await limited.request('GET', '/health')).status).toBe(200);
    expect((await limited.request('GET', '/api/v1/admin/breaches')).status).toBe(401);
  });
});
