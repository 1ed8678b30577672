import { ConnectionPool, connectionPoolProvider } from './connection-pool';

/**
 * The bank check's own connection pool (SPEC §5.2, §6): plain `pg` with named prepared statements,
 * no ORM, and connections that back-office work (uploads, reports) cannot use up.
 */
export class HotPathPool extends ConnectionPool {}

export const hotPathPoolProvider = connectionPoolProvider(HotPathPool, 'qorgau-hot-path', (database) => database.hotPathPoolSize);
