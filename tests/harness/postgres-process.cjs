// Runs an embedded PostgreSQL (api/src/database/embedded-postgres.ts) in a Node process of its own,
// for tests that stop and start a database under a running app: jest's sandbox cannot load the
// ESM-only binaries. Usage: node postgres-process.cjs <dataDir> <port>. Prints the server's URL once
// it accepts connections; SIGTERM stops the server (fast shutdown) and then the process.
const { transformFileSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformFileSync(filename, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};

const { EmbeddedPostgres } = require('../../api/src/database/embedded-postgres.ts');

const [dataDir, port] = process.argv.slice(2);
EmbeddedPostgres.start({ dataDir, port: Number(port) }).then(
  (postgres) => {
    process.on('SIGTERM', () => postgres.stop().then(() => process.exit(0)));
    process.stdout.write(`${postgres.url()}\n`);
  },
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
