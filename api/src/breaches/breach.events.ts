/**
 * Domain events of the breach lifecycle, emitted through @nestjs/event-emitter (`@OnEvent(
 * BreachConfirmedEvent.eventName)`) only AFTER the transition's transaction has committed, so a
 * listener always finds the new status in the database. A listener's failure cannot undo the
 * transition (@OnEvent handlers' errors are logged, not thrown, by default): listeners should be
 * idempotent so they can be re-run.
 */

/** `breach.confirmed`: the breach now restricts the people exposed in it (SPEC §3.2). */
export class BreachConfirmedEvent {
  static readonly eventName = 'breach.confirmed';

  constructor(
    readonly breachId: string,
    readonly confirmedAt: Date,
    readonly restrictionDays: number,
  ) {}
}

/** `breach.retracted`: the breach was found false; its restrictions end at once (SPEC §3.1). */
export class BreachRetractedEvent {
  static readonly eventName = 'breach.retracted';

  constructor(
    readonly breachId: string,
    readonly retractedAt: Date,
  ) {}
}
