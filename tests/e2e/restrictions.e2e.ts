import type { AdminRestriction, Breach, Company, RestrictionJob } from '@qorgau/shared';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../api/src/app.factory';
import { loadConfig } from '../../api/src/config/app-config';
import { seedDemo } from '../../api/src/demo/demo-seed';
import { resolveDevelopmentSecrets } from '../../api/src/config/development-secrets';
import { ExposuresLoadedEvent } from '../../api/src/ingestion/ingestion.events';
import { RestrictionJobsService } from '../../api/src/restrictions/restriction-jobs.service';
import { RestrictionLookup } from '../../api/src/restrictions/restriction-lookup.service';
import { createBreach, createCompany, listQuery, loadExposures, moveBreach, newIin, waitForRestrictionJobs } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

const DAY = 86_400_000;
const PEPPER = randomBytes(32).toString('hex');

let testApp: TestApp;
let admin: string;
let analyst: string;
let company: Company;
beforeAll(async () => {
  // Tiny chunks: every job here runs in many transactions, as a ten-million one does.
  testApp = await startTestApp({ RESTRICTION_CHUNK_SIZE: '2', REGISTRY_PEPPER: PEPPER });
  admin = await testApp.signInAs('admin');
  analyst = await testApp.signInAs('analyst');
  company = await createCompany(testApp, admin, { name: 'Leaky Microcredit LLP', sector: 'finance' });
});
afterAll(() => testApp.close());

const iinHash = (iin: string) => createHmac('sha256', PEPPER).update(`iin:${iin}`).digest();
const phones = (count: number) => Array.from({ length: count }, (_, index) => `+7701${String(1_000_000 + index).padStart(7, '0')}`);
const iins = (count: number) => Array.from({ length: count }, () => newIin());
const csv = (rows: { iin?: string; phone?: string }[]) => `iin,phone\n${rows.map((row) => `${row.iin ?? ''},${row.phone ?? ''}`).join('\n')}\n`;

const newBreach = (overrides: Record<string, unknown> = {}) => createBreach(testApp, analyst, company.id, overrides);
const load = (breachId: string, rows: { iin?: string; phone?: string }[]) => loadExposures(testApp, analyst, breachId, csv(rows));
const getBreach = async (id: string): Promise<Breach> => (await testApp.request('GET', `/api/v1/admin/breaches/${id}`, { token: analyst })).json();
const jobsOf = (breachId: string, count = 1) => waitForRestrictionJobs(testApp, analyst, breachId, count);

interface RestrictionRow {
  iin_hash: Buffer;
  starts_at: Date;
  ends_at: Date;
}
const restrictionRows = (breachId: string) =>
  sql<RestrictionRow>(testApp.databaseUrl, 'SELECT iin_hash, starts_at, ends_at FROM restrictions WHERE breach_id = $1 ORDER BY iin_hash', [breachId]);
const hexes = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex')).sort();
const statusOf = (iin: string) => testApp.app.get(RestrictionLookup).statusOf(iinHash(iin), null);

describe('confirming a breach', () => {
  it('restricts every IIN exposed in it from the confirmation for its restrictionDays; phones restrict no one', async () => {
    const breach = await newBreach({ restrictionDays: 30 });
    const people = iins(9);
    await load(breach.id, [...people.map((iin, index) => ({ iin, phone: phones(9)[index] })), { phone: '+77019999999' }]);
    const confirmed = await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);

    const [job] = await jobsOf(breach.id);
    expect(job).toMatchObject({ kind: 'confirmation', status: 'done', processed: 9, total: 9, changed: 9, etaSeconds: 0, error: null });
    const [{ at: confirmedAt }] = await sql<{ at: Date }>(testApp.databaseUrl, `SELECT at FROM breach_transitions WHERE breach_id = $1 AND to_status = 'confirmed'`, [breach.id]);
    expect(new Date(job.startsAt!)).toEqual(confirmedAt);
    expect(new Date(job.endsAt!).getTime() - confirmedAt.getTime()).toBe(30 * DAY);

    const rows = await restrictionRows(breach.id);
    expect(hexes(rows.map((row) => row.iin_hash))).toEqual(hexes(people.map(iinHash)));
    for (const row of rows) expect([row.starts_at, row.ends_at]).toEqual([confirmedAt, new Date(confirmedAt.getTime() + 30 * DAY)]);
    expect((await getBreach(breach.id)).restrictedCount).toBe(9);
    expect(confirmed.status).toBe('confirmed');

    expect(await statusOf(people[0])).toEqual({ restricted: true, restrictedUntil: new Date(confirmedAt.getTime() + 30 * DAY) });
    // Exposed by phone only: nobody to restrict.
    expect(await sql(testApp.databaseUrl, 'SELECT 1 FROM restrictions WHERE iin_hash = $1', [createHmac('sha256', PEPPER).update('phone:+77019999999').digest()])).toEqual([]);
  });

  it('restricts a person in several breaches until the latest end', async () => {
    const person = newIin();
    const short = await newBreach({ restrictionDays: 10 });
    const long = await newBreach({ restrictionDays: 200 });
    await load(short.id, [{ iin: person }]);
    await load(long.id, [{ iin: person }]);
    await moveBreach(testApp, analyst, long.id, ['investigating', 'confirmed']);
    await moveBreach(testApp, analyst, short.id, ['investigating', 'confirmed']);
    await jobsOf(long.id);
    await jobsOf(short.id);
    const [longRow] = await restrictionRows(long.id);
    expect(await statusOf(person)).toEqual({ restricted: true, restrictedUntil: longRow.ends_at });
  });

  it('restricts nobody while a breach is only under investigation', async () => {
    const breach = await newBreach();
    const person = newIin();
    await load(breach.id, [{ iin: person }]);
    await moveBreach(testApp, analyst, breach.id, ['investigating']);
    expect(await restrictionRows(breach.id)).toEqual([]);
    expect(await statusOf(person)).toEqual({ restricted: false, restrictedUntil: null });
  });
});

describe('loading into a confirmed breach', () => {
  it('restricts the new IINs from their load, and leaves the others as they were', async () => {
    const breach = await newBreach({ restrictionDays: 60 });
    const first = iins(5);
    await load(breach.id, first.map((iin) => ({ iin })));
    await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
    const [confirmation] = await jobsOf(breach.id);
    const before = await restrictionRows(breach.id);

    const later = iins(4);
    const ingest = await load(breach.id, [...later.map((iin) => ({ iin })), { iin: first[0] }, { phone: phones(1)[0] }]);
    const [, lateLoad] = await jobsOf(breach.id, 2);
    expect(lateLoad).toMatchObject({ kind: 'late-load', ingestJobId: ingest.id, status: 'done', processed: 9, changed: 4 });
    expect(lateLoad.startsAt).toBe(ingest.finishedAt);

    const rows = await restrictionRows(breach.id);
    expect(rows).toHaveLength(9);
    const loadedAt = new Date(ingest.finishedAt!);
    for (const row of rows) {
      const wasThere = before.find((earlier) => earlier.iin_hash.equals(row.iin_hash));
      if (wasThere) expect(row).toEqual(wasThere);
      else expect([row.starts_at, row.ends_at]).toEqual([loadedAt, new Date(loadedAt.getTime() + 60 * DAY)]);
    }
    expect(hexes(rows.filter((row) => !before.some((earlier) => earlier.iin_hash.equals(row.iin_hash))).map((row) => row.iin_hash))).toEqual(
      hexes(later.map(iinHash)),
    );
    expect(confirmation.changed + lateLoad.changed).toBe(9);
    expect((await getBreach(breach.id)).restrictedCount).toBe(9);
  });

  it('restricts a load that was under way when the breach was confirmed', async () => {
    const breach = await newBreach();
    await moveBreach(testApp, analyst, breach.id, ['investigating']);
    const people = iins(6);
    let push!: (text: string) => void;
    let end!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        push = (text) => controller.enqueue(new TextEncoder().encode(text));
        end = () => controller.close();
      },
    });
    const upload = fetch(`${testApp.baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    push(`iin\n${people.slice(0, 3).join('\n')}\n`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    await moveBreach(testApp, analyst, breach.id, ['confirmed']);
    push(`${people.slice(3).join('\n')}\n`);
    end();
    expect((await upload).status).toBe(202);

    const jobs = await jobsOf(breach.id, 2);
    expect(jobs.map((job) => job.kind)).toEqual(['confirmation', 'late-load']);
    expect(hexes((await restrictionRows(breach.id)).map((row) => row.iin_hash))).toEqual(hexes(people.map(iinHash)));
    expect((await getBreach(breach.id)).restrictedCount).toBe(6);
  });

  it('leaves a load that finished before the confirmation to the confirmation, even when its announcement comes after it', async () => {
    const breach = await newBreach();
    const people = iins(3);
    const ingest = await load(breach.id, people.map((iin) => ({ iin })));
    await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
    await jobsOf(breach.id);
    // As when the listener of the finished load runs late (a busy pool after a large merge).
    await testApp.app.get(RestrictionJobsService).onExposuresLoaded(new ExposuresLoadedEvent(breach.id, ingest.id));

    const jobs = await jobsOf(breach.id);
    expect(jobs.map((job) => job.kind)).toEqual(['confirmation']);
    expect((await getBreach(breach.id)).restrictedCount).toBe(3);
  });
});

describe('retracting a breach', () => {
  it('ends its restrictions at once and removes them, counting none', async () => {
    const breach = await newBreach();
    const people = iins(7);
    await load(breach.id, people.map((iin) => ({ iin })));
    await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
    await jobsOf(breach.id);
    expect(await statusOf(people[0])).toMatchObject({ restricted: true });

    await moveBreach(testApp, analyst, breach.id, ['retracted']);
    // At once: the lookup reads the breach's status, whatever the job has done yet.
    expect(await statusOf(people[0])).toEqual({ restricted: false, restrictedUntil: null });

    const [, retraction] = await jobsOf(breach.id, 2);
    expect(retraction).toMatchObject({ kind: 'retraction', status: 'done', processed: 7, changed: 7, startsAt: null });
    expect(await restrictionRows(breach.id)).toEqual([]);
    expect((await getBreach(breach.id)).restrictedCount).toBe(0);
  });

  it('ends consistent when it comes while the confirmation is still being applied', async () => {
    const breach = await newBreach();
    const people = iins(400);
    await load(breach.id, people.map((iin) => ({ iin })));
    await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
    for (let attempt = 0; attempt < 400; attempt++) {
      const [job] = await sql<{ processed: string }>(testApp.databaseUrl, `SELECT processed FROM restriction_jobs WHERE breach_id = $1`, [breach.id]);
      if (job && Number(job.processed) >= 20) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await moveBreach(testApp, analyst, breach.id, ['retracted']);

    const [confirmation, retraction] = await jobsOf(breach.id, 2);
    expect(confirmation).toMatchObject({ kind: 'confirmation', status: 'stopped', error: expect.stringContaining('retracted') });
    expect(confirmation.processed).toBeLessThan(400);
    expect(retraction).toMatchObject({ kind: 'retraction', status: 'done', changed: confirmation.changed });
    expect(await restrictionRows(breach.id)).toEqual([]);
    expect((await getBreach(breach.id)).restrictedCount).toBe(0);
  });
});

describe('the back office', () => {
  let breach: Breach;
  let people: string[];
  beforeAll(async () => {
    breach = await newBreach();
    people = iins(12);
    await load(breach.id, people.map((iin, index) => ({ iin, phone: phones(12)[index] })));
    await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
    await jobsOf(breach.id);
  });

  const list = (query: Record<string, unknown>, token: string) => testApp.request('GET', `/api/v1/admin/restrictions?${listQuery(query)}`, { token });
  /** SPEC §3.9: a look-up by IIN says why (tests/e2e/lookups.e2e.ts covers the rule). */
  const LOOKUP_REASON = 'A caller asks about their restriction.';

  it('lists a breach’s restrictions by person, paged, without identifiers', async () => {
    const reviewer = await testApp.signInAs('reviewer');
    const response = await list({ filter: { breachId: breach.id }, range: [0, 4] }, reviewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('restrictions 0-4/12');
    const page: AdminRestriction[] = await response.json();
    const expected = people.map(iinHash).sort(Buffer.compare).slice(0, 5);
    expect(page.map((row) => row.personRef)).toEqual(expected.map((hash) => hash.subarray(0, 4).toString('hex')));
    expect(page[0]).toEqual({
      id: expect.any(String),
      breachId: breach.id,
      personRef: expect.stringMatching(/^[0-9a-f]{8}$/),
      startsAt: expect.any(String),
      endsAt: expect.any(String),
      active: true,
    });
    const text = JSON.stringify(page);
    for (const iin of people) expect(text).not.toContain(iin);

    const descending: AdminRestriction[] = await (await list({ filter: { breachId: breach.id }, sort: ['id', 'DESC'], range: [0, 0] }, reviewer)).json();
    expect(descending[0].personRef).toBe(people.map(iinHash).sort(Buffer.compare)[11].subarray(0, 4).toString('hex'));
  });

  it('looks a person up by IIN or by person reference, across breaches', async () => {
    const auditor = await testApp.signInAs('auditor');
    const other = await newBreach();
    await load(other.id, [{ iin: people[3] }]);
    await moveBreach(testApp, analyst, other.id, ['investigating', 'confirmed']);
    await jobsOf(other.id);

    const byIin: AdminRestriction[] = await (await list({ filter: { iin: people[3], reason: LOOKUP_REASON } }, auditor)).json();
    expect(byIin.map((row) => row.breachId).sort()).toEqual([breach.id, other.id].sort());
    const ref = byIin[0].personRef;
    const byRef: AdminRestriction[] = await (await list({ filter: { personRef: ref } }, auditor)).json();
    expect(byRef.map((row) => row.id).sort()).toEqual(byIin.map((row) => row.id).sort());
    const inOne: AdminRestriction[] = await (await list({ filter: { iin: people[3], breachId: other.id, reason: LOOKUP_REASON } }, auditor)).json();
    expect(inOne.map((row) => row.breachId)).toEqual([other.id]);
    expect(await (await list({ filter: { iin: newIin(), reason: LOOKUP_REASON } }, auditor)).json()).toEqual([]);
  });

  it('marks a restriction whose period is over as inactive, and counts the whole registry when unfiltered', async () => {
    const person = newIin();
    const past = await newBreach();
    await load(past.id, [{ iin: person }]);
    await moveBreach(testApp, analyst, past.id, ['investigating', 'confirmed']);
    await jobsOf(past.id);
    await sql(testApp.databaseUrl, `UPDATE restrictions SET starts_at = now() - interval '100 days', ends_at = now() - interval '10 days' WHERE breach_id = $1`, [past.id]);
    const [ended]: AdminRestriction[] = await (await list({ filter: { iin: person, reason: LOOKUP_REASON } }, admin)).json();
    expect(ended).toMatchObject({ breachId: past.id, active: false });

    const unfiltered = await list({ range: [0, 9] }, admin);
    expect(unfiltered.status).toBe(200);
    const total = Number(unfiltered.headers.get('content-range')!.split('/')[1]);
    const [{ rows }] = await sql<{ rows: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS rows FROM restrictions');
    expect(total).toBe(rows);
  });

  it('refuses bad filters without echoing an IIN, deep pages without a person, and roles without a need', async () => {
    const bad = await list({ filter: { iin: '900101300128', reason: LOOKUP_REASON } }, admin);
    expect(bad.status).toBe(400);
    const problem = await bad.json();
    expect(problem.errors).toEqual({ 'filter.iin': expect.stringContaining('valid IIN') });
    expect(JSON.stringify([problem.errors, problem.detail])).not.toContain('900101300128');
    expect((await list({ filter: { personRef: 'xyz' } }, admin)).status).toBe(400);
    expect((await list({ filter: { breachId: 'nope' } }, admin)).status).toBe(400);
    expect((await list({ sort: ['startsAt', 'ASC'] }, admin)).status).toBe(400);
    const deep = await list({ filter: { breachId: breach.id }, range: [10_000, 10_009] }, admin);
    expect(deep.status).toBe(400);
    expect((await deep.json()).errors.range).toMatch(/look a person up by IIN/);
    expect((await list({ filter: { iin: people[0], reason: LOOKUP_REASON }, range: [10_000, 10_009] }, admin)).status).toBe(200);

    expect((await list({}, analyst)).status).toBe(403);
  });

  it('shows each breach’s restriction jobs with their progress to every role', async () => {
    const auditor = await testApp.signInAs('auditor');
    const response = await testApp.request('GET', `/api/v1/admin/restriction-jobs?${listQuery({ filter: { breachId: breach.id } })}`, { token: auditor });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('restriction-jobs 0-0/1');
    const [job]: RestrictionJob[] = await response.json();
    expect(job).toMatchObject({ breachId: breach.id, kind: 'confirmation', status: 'done', processed: 12, total: 12, changed: 12 });
    expect(job.rate).toBeGreaterThan(0);
    expect(await (await testApp.request('GET', `/api/v1/admin/restriction-jobs/${job.id}`, { token: analyst })).json()).toEqual(job);
    expect((await testApp.request('GET', `/api/v1/admin/restriction-jobs/${breach.id}`, { token: analyst })).status).toBe(404);
    expect((await testApp.request('GET', `/api/v1/admin/restriction-jobs?${listQuery({ filter: { status: 'lost' } })}`, { token: analyst })).status).toBe(400);
  });
});

describe('a restart in the middle of a job', () => {
  it('resumes the job from its cursor and ends with every IIN restricted once', async () => {
    const first = await startTestApp({ RESTRICTION_CHUNK_SIZE: '1', REGISTRY_PEPPER: PEPPER });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-restart-'));
    let second: Awaited<ReturnType<typeof createApp>> | undefined;
    try {
      const token = await first.signInAs('analyst');
      const ownCompany = await createCompany(first, token);
      const breach = await createBreach(first, token, ownCompany.id);
      const people = iins(300);
      await loadExposures(first, token, breach.id, csv(people.map((iin) => ({ iin }))));
      // A breach whose confirmation was never heard of (the process stopped right after the move).
      const unheard = await createBreach(first, token, ownCompany.id);
      const unheardPeople = iins(3);
      await loadExposures(first, token, unheard.id, csv(unheardPeople.map((iin) => ({ iin }))));
      await moveBreach(first, token, unheard.id, ['investigating', 'confirmed']);
      await waitForRestrictionJobs(first, token, unheard.id);
      await sql(first.databaseUrl, 'DELETE FROM restrictions WHERE breach_id = $1', [unheard.id]);
      await sql(first.databaseUrl, 'DELETE FROM restriction_jobs WHERE breach_id = $1', [unheard.id]);
      await sql(first.databaseUrl, 'UPDATE breaches SET restricted_count = 0 WHERE id = $1', [unheard.id]);

      await moveBreach(first, token, breach.id, ['investigating', 'confirmed']);
      const jobState = async () =>
        (await sql<{ status: string; processed: number; changed: number }>(
          first.databaseUrl,
          'SELECT status, processed::int, changed::int FROM restriction_jobs WHERE breach_id = $1',
          [breach.id],
        ))[0];
      for (let attempt = 0; attempt < 400 && !((await jobState())?.processed >= 10); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
      await first.app.close();

      const interrupted = await jobState();
      expect(interrupted.status).toBe('running');
      expect(interrupted.processed).toBeGreaterThan(0);
      expect(interrupted.processed).toBeLessThan(300);
      const [{ count: restrictedSoFar }] = await sql<{ count: number }>(first.databaseUrl, 'SELECT count(*)::int AS count FROM restrictions WHERE breach_id = $1', [breach.id]);
      expect(restrictedSoFar).toBe(interrupted.changed);

      // The same database, a new process's worth of application: the job is resumed at start.
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: first.databaseUrl, REGISTRY_PEPPER: PEPPER, RESTRICTION_CHUNK_SIZE: '7' });
      second = await createApp({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: first.databaseUrl } });
      await second.init();
      for (let attempt = 0; attempt < 400 && (await jobState()).status !== 'done'; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));

      expect(await jobState()).toEqual({ status: 'done', processed: 300, changed: 300 });
      const rows = await sql<{ iin_hash: Buffer }>(first.databaseUrl, 'SELECT iin_hash FROM restrictions WHERE breach_id = $1', [breach.id]);
      expect(hexes(rows.map((row) => row.iin_hash))).toEqual(hexes(people.map(iinHash)));
      const [{ restricted_count }] = await sql<{ restricted_count: number }>(first.databaseUrl, 'SELECT restricted_count FROM breaches WHERE id = $1', [breach.id]);
      expect(restricted_count).toBe(300);

      // The start created the job that was missed, and ran it.
      for (let attempt = 0; attempt < 400; attempt++) {
        const [job] = await sql<{ status: string }>(first.databaseUrl, 'SELECT status FROM restriction_jobs WHERE breach_id = $1', [unheard.id]);
        if (job?.status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const unheardRows = await sql<{ iin_hash: Buffer }>(first.databaseUrl, 'SELECT iin_hash FROM restrictions WHERE breach_id = $1', [unheard.id]);
      expect(hexes(unheardRows.map((row) => row.iin_hash))).toEqual(hexes(unheardPeople.map(iinHash)));
    } finally {
      await second?.close();
      rmSync(dataDir, { recursive: true, force: true });
      await sql(process.env.QORGAU_TEST_SERVER_URL!, `DROP DATABASE IF EXISTS ${new URL(first.databaseUrl).pathname.slice(1)} WITH (FORCE)`);
    }
  });
});

describe('the demo', () => {
  it('ends with every confirmed breach’s IINs restricted', async () => {
    const demo = await startTestApp();
    try {
      await seedDemo(demo.app);
      const breaches = await sql<{ id: string; restricted_count: number; iins: number; rows: number }>(
        demo.databaseUrl,
        `SELECT b.id, b.restricted_count,
                (SELECT count(*)::int FROM exposures e WHERE e.breach_id = b.id AND e.kind = 1) AS iins,
                (SELECT count(*)::int FROM restrictions r WHERE r.breach_id = b.id) AS rows
           FROM breaches b WHERE b.status IN ('confirmed', 'closed')`,
      );
      expect(breaches.some((breach) => breach.iins > 0)).toBe(true);
      for (const breach of breaches) expect({ count: breach.restricted_count, rows: breach.rows }).toEqual({ count: breach.iins, rows: breach.iins });
    } finally {
      await demo.close();
    }
  });
});
