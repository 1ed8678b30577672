/**
 * `exposures.loaded`: a load into a breach has committed (emitted after the merge's transaction, as
 * the breach lifecycle events are). Restriction jobs listen, to restrict identifiers loaded into a
 * confirmed breach (SPEC §3.2). Carries no identifiers.
 */
export class ExposuresLoadedEvent {
  static readonly eventName = 'exposures.loaded';

  constructor(
    readonly breachId: string,
    readonly jobId: string,
  ) {}
}
