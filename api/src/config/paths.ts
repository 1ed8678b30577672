import path from 'node:path';

/** The repository root: src/config and dist/config sit at the same depth under api/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
