import { DomainException } from './domain.exception';

/** 409 for optimistic locking: the version sent is not the record's current one. */
class EditConflictException extends DomainException<'edit-conflict'> {
  constructor(what: string, sent: number, current: number) {
    super(
      'edit-conflict',
      409,
      `This ${what} was changed by someone else since you opened it (you have version ${sent}, it is now at version ${current}). Reload it and make your change again.`,
    );
  }
}

/** Optimistic locking: the version sent must be the current one. */
export function assertCurrentVersion(what: string, sent: number, current: number): void {
  if (sent !== current) throw new EditConflictException(what, sent, current);
}
