// `pnpm bench`: measures the SPEC §6 bars, each beside its baseline from the same run, and writes
// bench/results/*.json. `pnpm bench <name>` runs one scenario.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runBackOfficeLists } from './back-office-lists.mjs';
import { runBank } from './bank.mjs';
import { runFailover } from './failover.mjs';
import { REPO_ROOT, startDatabase } from './harness.mjs';
import { runIngest } from './ingest.mjs';
import { runLifts } from './lifts.mjs';
import { runInquiries } from './inquiries.mjs';
import { runNational } from './national.mjs';
import { runNotifications } from './notifications.mjs';

const SCENARIOS = {
  'back-office-lists': runBackOfficeLists,
  ingest: runIngest,
  bank: runBank,
  failover: runFailover,
  notifications: runNotifications,
  inquiries: runInquiries,
  national: runNational,
  lifts: runLifts,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SCENARIOS));
if (unknown.length) {
  console.error(`Unknown scenario ${unknown.join(', ')}; there are: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(1);
}

// wrk drives the bank checks (load.mjs): installed here when missing, as the tests install Chromium.
execFileSync(path.join(REPO_ROOT, 'scripts', 'ensure-bench-tools.sh'), { stdio: 'inherit' });

const database = await startDatabase('run');
let allPassed = true;
try {
  for (const [name, run] of Object.entries(SCENARIOS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    process.stdout.write(`\n== ${name} ==\n`);
    allPassed = (await run(database.serverUrl)) && allPassed;
  }
} finally {
  await database.stop();
}
process.stdout.write(allPassed ? '\nEvery bar held.\n' : '\nSome bars were missed (see above).\n');
process.exit(allPassed ? 0 : 1);
