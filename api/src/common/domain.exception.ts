/**
 * Base of every domain's exception: a code from the domain's own enum, mapped to an HTTP status
 * by a `Record<Code, number>` so that a new code cannot go unmapped, and a sentence for people.
 */
export abstract class DomainException<Code extends string = string> extends Error {
  protected constructor(
    readonly code: Code,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Extra members of the problem document (RFC 9457 extensions), e.g. `allowed` transitions. */
  get extensions(): Record<string, unknown> {
    return {};
  }
}
