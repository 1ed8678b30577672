import { DomainException } from './domain.exception';

/** 404 `not-found` naming what was looked for, e.g. "There is no breach with id 42." */
export class NotFoundProblem extends DomainException<'not-found'> {
  constructor(what: string, id: string) {
    super('not-found', 404, `There is no ${what} with id ${id}.`);
  }
}

/**
 * 404 `route-not-found`: no route of this server answers this method and path (a mistyped path, a
 * wrong API version, a base URL missing `/api/v1`). Apart from `not-found` so that a client can tell
 * "no such record" from "no such endpoint".
 */
export class RouteNotFoundProblem extends DomainException<'route-not-found'> {
  constructor(method: string, path: string) {
    super('route-not-found', 404, `There is no route for ${method} ${path.slice(0, 200)}.`);
  }
}

/** 404 `not-configured`: a feature this server was started without, e.g. citizen sign-in with no identity provider. */
export class NotConfiguredProblem extends DomainException<'not-configured'> {
  constructor(detail: string) {
    super('not-configured', 404, detail);
  }
}
