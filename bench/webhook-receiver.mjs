// A notifications webhook receiver for `pnpm bench notifications`, in a process of its own: a real
// node:http server that verifies `Qorgau-Signature` (HMAC-SHA-256 of the raw body) as a gateway
// would, answers 204, and keeps for each message its type and, for inquiries, the time from the
// check (`data.checkedAt`, stamped before the bank's answer leaves) to its receipt here.
// `GET /stats` returns the counts and the latencies; `POST /reset` clears them.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.WEBHOOK_SECRET;
let counts = {};
let inquiryLatencies = [];
let badSignatures = 0;
const ids = new Set();
let repeats = 0;

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ counts, inquiryLatencies, badSignatures, repeats }));
    return;
  }
  if (request.method === 'POST' && request.url === '/reset') {
    counts = {};
    inquiryLatencies = [];
    badSignatures = 0;
    repeats = 0;
    ids.clear();
    response.writeHead(204).end();
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const receivedAt = Date.now();
    const raw = Buffer.concat(chunks);
    const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
    const signature = Buffer.from(String(request.headers['qorgau-signature'] ?? ''));
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      badSignatures++;
      response.writeHead(401).end();
      return;
    }
    const message = JSON.parse(raw.toString('utf8'));
    if (ids.has(message.id)) repeats++;
    else ids.add(message.id);
    counts[message.type] = (counts[message.type] ?? 0) + 1;
    if (message.type === 'inquiry') inquiryLatencies.push(receivedAt - Date.parse(message.data.checkedAt));
    response.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
