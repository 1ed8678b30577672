import { NotFoundException } from '@nestjs/common';

/** 404 naming what was looked for, e.g. "There is no breach with id 42." */
export class NotFoundProblem extends NotFoundException {
  constructor(what: string, id: string) {
    super(`There is no ${what} with id ${id}.`);
  }
}
