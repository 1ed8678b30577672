import { DomainException } from './domain.exception';

/** 404 `not-found` naming what was looked for, e.g. "There is no breach with id 42." */
export class NotFoundProblem extends DomainException<'not-found'> {
  constructor(what: string, id: string) {
    super('not-found', 404, `There is no ${what} with id ${id}.`);
  }
}
