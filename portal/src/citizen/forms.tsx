/** A `datetime-local` value (the person's own clock) as an ISO 8601 UTC time. */
export const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : value);

/** The API's message for one field, beside it. */
export const FieldError = ({ errors, field }: { errors: Record<string, string>; field: string }) =>
  errors[field] ? (
    <p className="field-error" role="alert">
      {errors[field]}
    </p>
  ) : null;
