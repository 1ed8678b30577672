// SPEC §6: back-office list pages p95 ≤ 150 ms. 10,000 breaches of 400 companies; each list page
// the back office asks for, through the real API (auth, guard, validation, ORM, JSON), 4 requests
// in flight; baseline: the same page's SQL (rows + count) sent straight to PostgreSQL.
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, measure, percentiles, startApp, table, writeResults } from './harness.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const { computeIinCheckDigit, DATA_CLASSES, COMPANY_SECTORS } = require(path.join(REPO_ROOT, 'shared', 'dist', 'cjs', 'index.js'));
const { reportingFigures } = require(path.join(REPO_ROOT, 'api', 'dist', 'breaches', 'breaches.rules.js'));

const BREACHES = 10_000;
const COMPANIES = 400;
const REQUESTS_PER_PAGE = 400;
const CONCURRENCY = 4;
const BAR_P95_MS = 150;
const STATUSES = ['draft', 'investigating', 'confirmed', 'closed', 'rejected', 'retracted'];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function validBin(index) {
  for (let salt = 0; ; salt++) {
    const first11 = String(100_000_000_00 + index * 97 + salt).padStart(11, '0').slice(-11);
    const check = computeIinCheckDigit(first11);
    if (check !== null) return first11 + check;
  }
}

async function seed(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const next = random(42);
  const companies = [];
  for (let index = 0; index < COMPANIES; index++) {
    const { rows } = await client.query(
      `INSERT INTO companies (bin, name, sector) VALUES ($1, $2, $3) RETURNING id`,
      [validBin(index), `Company ${index} LLP`, COMPANY_SECTORS[index % COMPANY_SECTORS.length]],
    );
    companies.push(rows[0].id);
  }
  const now = Date.now();
  for (let batch = 0; batch < BREACHES / 1000; batch++) {
    const values = [];
    const parameters = [];
    for (let index = 0; index < 1000; index++) {
      const discoveredAt = new Date(now - Math.floor(next() * 3 * 365 * 86_400_000) - 86_400_000);
      const reportedAt = new Date(Math.min(now, discoveredAt.getTime() + Math.floor(next() * 120) * 3_600_000));
      const figures = reportingFigures(discoveredAt, reportedAt);
      const classes = DATA_CLASSES.filter(() => next() < 0.25);
      const row = [
        companies[Math.floor(next() * COMPANIES)],
        `Leak of customer records #${batch * 1000 + index}`,
        `Records of customers were found on a forum; ${classes.join(', ')} exposed.`,
        discoveredAt,
        reportedAt,
        classes.length ? classes : ['iin'],
        Math.floor(next() * 1_000_000),
        STATUSES[Math.floor(next() * STATUSES.length)],
        next() < 0.5,
        figures.reportingDelayHours,
        figures.reportedLate,
      ];
      values.push(`(${row.map((_, column) => `$${parameters.length + column + 1}`).join(', ')})`);
      parameters.push(...row);
    }
    await client.query(
      `INSERT INTO breaches (company_id, title, description, discovered_at, reported_at, data_classes, records_claimed,
         status, published, reporting_delay_hours, reported_late) VALUES ${values.join(', ')}`,
      parameters,
    );
  }
  await client.query('ANALYZE');
  const { rows } = await client.query('SELECT id FROM companies LIMIT 1');
  await client.end();
  return { someCompanyId: rows[0].id };
}

const query = (parameters) =>
  Object.entries(parameters)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');

export async function runBackOfficeLists(serverUrl) {
  const started = await startApp(serverUrl, 'bench_lists');
  try {
    process.stdout.write(`Seeding ${BREACHES.toLocaleString('en')} breaches of ${COMPANIES} companies…\n`);
    const { someCompanyId } = await seed(started.databaseUrl);
    const pages = [
      { name: 'breaches, newest first', path: `/api/v1/admin/breaches?${query({ sort: ['reportedAt', 'DESC'], range: [0, 24] })}` },
      { name: 'breaches, by title', path: `/api/v1/admin/breaches?${query({ sort: ['title', 'ASC'], range: [0, 24] })}` },
      { name: 'breaches, page 200', path: `/api/v1/admin/breaches?${query({ sort: ['reportedAt', 'DESC'], range: [5000, 5024] })}` },
      { name: 'breaches, status filter', path: `/api/v1/admin/breaches?${query({ sort: ['reportedAt', 'DESC'], range: [0, 24], filter: { status: 'confirmed' } })}` },
      { name: 'breaches, data class + late', path: `/api/v1/admin/breaches?${query({ sort: ['reportingDelayHours', 'DESC'], range: [0, 24], filter: { dataClass: 'bank_card', late: true } })}` },
      { name: 'breaches, full-text search', path: `/api/v1/admin/breaches?${query({ sort: ['reportedAt', 'DESC'], range: [0, 24], filter: { q: 'forum bank_card' } })}` },
      { name: 'breaches, one company', path: `/api/v1/admin/breaches?${query({ sort: ['reportedAt', 'DESC'], range: [0, 24], filter: { companyId: someCompanyId } })}` },
      { name: 'companies, by people exposed', path: `/api/v1/admin/companies?${query({ sort: ['peopleExposed', 'DESC'], range: [0, 24] })}` },
      { name: 'audit events', path: `/api/v1/admin/audit-events?${query({ sort: ['id', 'DESC'], range: [0, 24] })}` },
      { name: 'dashboard figures', path: '/api/v1/admin/stats' },
    ];
    const headers = { authorization: `Bearer ${started.token}` };
    const results = [];
    for (const page of pages) {
      const first = await fetch(started.baseUrl + page.path, { headers });
      if (first.status !== 200) throw new Error(`${page.name}: ${first.status} ${await first.text()}`);
      const latencies = await measure(
        async () => {
          const response = await fetch(started.baseUrl + page.path, { headers });
          await response.arrayBuffer();
        },
        { total: REQUESTS_PER_PAGE, concurrency: CONCURRENCY },
      );
      results.push({ page: page.name, ...percentiles(latencies), barP95: BAR_P95_MS, pass: percentiles(latencies).p95 <= BAR_P95_MS });
    }

    // Baseline: the newest-first page as two plain SQL statements on a bare pg pool.
    const pool = new pg.Pool({ connectionString: started.databaseUrl, max: CONCURRENCY });
    const baselineLatencies = await measure(
      async () => {
        await Promise.all([
          pool.query('SELECT * FROM breaches ORDER BY reported_at DESC, id DESC LIMIT 25 OFFSET 0'),
          pool.query('SELECT count(*) FROM breaches'),
        ]);
      },
      { total: REQUESTS_PER_PAGE, concurrency: CONCURRENCY },
    );
    await pool.end();
    const baseline = { page: 'SQL only: newest first + count', ...percentiles(baselineLatencies) };

    process.stdout.write(`\nBack-office list pages over ${BREACHES.toLocaleString('en')} breaches (${CONCURRENCY} in flight, ${REQUESTS_PER_PAGE} requests each), ms:\n`);
    process.stdout.write(`${table([...results, { ...baseline, barP95: '-', pass: '-' }])}\n`);
    const ratio = Math.round((results[0].p95 / baseline.p95) * 10) / 10;
    process.stdout.write(`Newest-first page p95 through the API is ${ratio}× the bare SQL p95 (bar: p95 ≤ ${BAR_P95_MS} ms).\n`);
    const file = writeResults('back-office-lists', {
      bar: { p95Ms: BAR_P95_MS, source: 'SPEC §6: back-office list pages p95 ≤ 150 ms' },
      dataset: { breaches: BREACHES, companies: COMPANIES },
      load: { requestsPerPage: REQUESTS_PER_PAGE, concurrency: CONCURRENCY },
      pages: results,
      baseline,
      apiToSqlP95Ratio: ratio,
      pass: results.every((result) => result.pass),
    });
    process.stdout.write(`Written to ${path.relative(REPO_ROOT, file)}\n`);
    return results.every((result) => result.pass);
  } finally {
    await started.close();
  }
}
