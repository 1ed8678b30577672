import type { InquiryView, MeInquiry, RestrictionAnswer } from '@qorgau/shared';
import { InquiryPartitionMaintenance } from '../../api/src/inquiries/inquiry-partition-maintenance.service';
import { monthPartition, retentionCutoff } from '../../api/src/inquiries/inquiry-partitions.rules';
import { citizenToken, createBank, createBankKey, listQuery, newIin } from '../harness/factories';
import { apiRoleOf, sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/** Inquiries live in one partition per month (migration 1763771350000), kept INQUIRY_RETENTION_MONTHS. */
const RETENTION_MONTHS = 24;

let testApp: TestApp;
let admin: string;
let key: string;
beforeAll(async () => {
  testApp = await startTestApp({ INQUIRY_RETENTION_MONTHS: String(RETENTION_MONTHS) });
  admin = await testApp.signInAs('admin');
  const bank = await createBank(testApp, admin);
  key = (await createBankKey(testApp, admin, bank.id)).key;
});
afterAll(() => testApp.close());

async function check(iin: string): Promise<RestrictionAnswer> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=APP-1`, { token: key });
  expect(response.status).toBe(200);
  return response.json();
}

/** Which table holds each of an inquiry's rows, by checked_at. */
async function partitionsOf(inquiryId: string): Promise<{ partition: string; checkedAt: Date }[]> {
  return sql(
    testApp.databaseUrl,
    `SELECT tableoid::regclass::text AS partition, checked_at AS "checkedAt" FROM inquiries WHERE inquiry_id = $1 ORDER BY checked_at`,
    [inquiryId],
  );
}

/** Another row of the same check, as if it had been made at `at`. */
async function copyAt(inquiryId: string, at: Date): Promise<void> {
  await sql(
    testApp.databaseUrl,
    `INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
     SELECT inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, $2 FROM inquiries WHERE inquiry_id = $1 LIMIT 1`,
    [inquiryId, at],
  );
}

async function partitionNames(): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    testApp.databaseUrl,
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'inquiries'::regclass ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

function monthsFromNow(offset: number, day = 15): Date {
  const month = monthPartition(new Date(), offset).from;
  return new Date(month.getTime() + (day - 1) * 86_400_000 + 3_600_000);
}

describe('inquiries partitioned by month', () => {
  const iin = newIin();
  let inquiryId: string;

  it('has this month and the next three made at start, and records a check in its month', async () => {
    const names = await partitionNames();
    for (const offset of [0, 1, 2, 3]) expect(names).toContain(monthPartition(new Date(), offset).name);
    expect(names).toContain('inquiries_default');

    const answer = await check(iin);
    inquiryId = answer.inquiryId;
    expect(await partitionsOf(inquiryId)).toEqual([{ partition: monthPartition(new Date(answer.checkedAt)).name, checkedAt: new Date(answer.checkedAt) }]);
  });

  it('records an inquiry for a month that has no partition yet, in the DEFAULT partition', async () => {
    await copyAt(inquiryId, monthsFromNow(-3));
    await copyAt(inquiryId, monthsFromNow(9));
    const rows = await partitionsOf(inquiryId);
    expect(rows.map((row) => row.partition)).toEqual(['inquiries_default', monthPartition(new Date()).name, 'inquiries_default']);
  });

  it('lists one check across months, newest first, in the back office and to the citizen', async () => {
    const response = await testApp.request('GET', `/api/v1/admin/inquiries?${listQuery({ filter: { inquiryId }, sort: ['checkedAt', 'DESC'] })}`, { token: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('inquiries 0-2/3');
    const listed: InquiryView[] = await response.json();
    expect(listed.map((row) => row.checkedAt)).toEqual([monthsFromNow(9).toISOString(), expect.any(String), monthsFromNow(-3).toISOString()]);
    const byId = await testApp.request('GET', `/api/v1/admin/inquiries/${listed[2].id}`, { token: admin });
    expect(((await byId.json()) as InquiryView).checkedAt).toBe(monthsFromNow(-3).toISOString());
    const oldestFirst: InquiryView[] = await (
      await testApp.request('GET', `/api/v1/admin/inquiries?${listQuery({ filter: { inquiryId }, sort: ['checkedAt', 'ASC'], range: [0, 1] })}`, { token: admin })
    ).json();
    expect(oldestFirst.map((row) => row.checkedAt)).toEqual([monthsFromNow(-3).toISOString(), listed[1].checkedAt]);

    const mine: MeInquiry[] = await (await testApp.request('GET', '/api/v1/me/inquiries', { token: await citizenToken(testApp, iin) })).json();
    expect(mine.map((row) => row.at)).toEqual(listed.map((row) => row.checkedAt));
  });

  it('gives the rows in the DEFAULT partition their own month when maintained', async () => {
    const result = await testApp.app.get(InquiryPartitionMaintenance).run();
    expect(result.created.sort()).toEqual([monthPartition(monthsFromNow(-3)).name, monthPartition(monthsFromNow(9)).name].sort());
    expect((await partitionsOf(inquiryId)).map((row) => row.partition)).toEqual([
      monthPartition(monthsFromNow(-3)).name,
      monthPartition(new Date()).name,
      monthPartition(monthsFromNow(9)).name,
    ]);
    expect(await sql(testApp.databaseUrl, 'SELECT 1 FROM inquiries_default')).toEqual([]);
    expect(await testApp.app.get(InquiryPartitionMaintenance).run()).toEqual({ created: [], dropped: [], deletedFromDefault: 0 });
  });

  it('drops the months past retention whole, keeps the month the cutoff falls in, and deletes older rows left in DEFAULT', async () => {
    const expired = monthPartition(new Date(), -RETENTION_MONTHS - 1);
    const straddling = monthPartition(retentionCutoff(new Date(), RETENTION_MONTHS));
    for (const partition of [expired, straddling]) {
      // Made as the API's role, which owns the partitions it maintains (as an operator making one by hand would).
      await sql(testApp.databaseUrl, `SET ROLE "${apiRoleOf(testApp.databaseUrl)}"; CREATE TABLE ${partition.name} PARTITION OF inquiries FOR VALUES FROM ('${partition.from.toISOString()}') TO ('${partition.to.toISOString()}')`);
    }
    const keptAt = new Date(straddling.to.getTime() - 3_600_000);
    await copyAt(inquiryId, new Date(expired.from.getTime() + 3_600_000));
    await copyAt(inquiryId, keptAt);
    await copyAt(inquiryId, monthsFromNow(-RETENTION_MONTHS - 10));

    const result = await testApp.app.get(InquiryPartitionMaintenance).run();
    expect(result).toEqual({ created: [], dropped: [expired.name], deletedFromDefault: 1 });
    const names = await partitionNames();
    expect(names).not.toContain(expired.name);
    expect(names).toContain(straddling.name);
    const rows = await partitionsOf(inquiryId);
    expect(rows[0]).toEqual({ partition: straddling.name, checkedAt: keptAt });
    expect(rows).toHaveLength(4);
  });
});
