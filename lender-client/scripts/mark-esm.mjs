// Marks the ES module build as such: Node reads `.js` files under a `{"type":"module"}` package.json as ESM.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

writeFileSync(path.join(process.argv[2], 'package.json'), '{ "type": "module" }\n');
