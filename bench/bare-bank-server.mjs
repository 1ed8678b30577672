// The baseline of the bank check (SPEC §6): a bare `node:http` + `pg` server doing the same work per
// request as the registry's `GET /restrictions/{iin}` — validate, hash the IIN, one indexed lookup,
// one inquiry insert, a JSON answer — and nothing else: no framework, no authentication, no
// signature, no batching. Started by bench/bank.mjs with DATABASE_URL, REGISTRY_PEPPER, BANK_ID, PORT.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const pg = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg'));
const { validateIin } = require(path.join(REPO_ROOT, 'shared', 'dist', 'cjs', 'index.js'));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
const pepper = process.env.REGISTRY_PEPPER;
const bankId = process.env.BANK_ID;

const LOOKUP = `SELECT max(r.ends_at) AS until FROM restrictions r JOIN breaches b ON b.id = r.breach_id AND b.status IN ('confirmed', 'closed')
                 WHERE r.iin_hash = $1 AND r.ends_at > now()`;
const INSERT = `INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

const server = http.createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://localhost');
    const iin = decodeURIComponent(url.pathname.split('/').pop());
    if (!validateIin(iin).valid) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"status":400}');
      return;
    }
    const hash = createHmac('sha256', pepper).update(`iin:${iin}`).digest();
    const { rows } = await pool.query({ name: 'lookup', text: LOOKUP, values: [hash] });
    const restrictedUntil = rows[0].until;
    const inquiryId = randomUUID();
    const checkedAt = new Date();
    await pool.query({
      name: 'insert',
      text: INSERT,
      values: [inquiryId, bankId, url.searchParams.get('purpose'), url.searchParams.get('reference'), hash, restrictedUntil !== null, restrictedUntil, checkedAt],
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ iin, restricted: restrictedUntil !== null, restrictedUntil: restrictedUntil?.toISOString() ?? null, inquiryId, checkedAt: checkedAt.toISOString() }));
  } catch (error) {
    response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 503, detail: error.message }));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('bare bank server listening\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
