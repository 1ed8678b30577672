import type { MeResponse, ProtectionRequest } from '@qorgau/shared';
import { useState, type FormEvent } from 'react';
import { ApiProblem, citizenApi, useCitizenApi } from './api';
import { FieldError, fromLocalInput } from './forms';
import { LoadedView, ProblemMessage, useCitizen } from './ui';
import { formatDateTime } from '../format';

/** Protection by choice: place or extend a ban on new loans, up to a year (SPEC §3.4). */
export const ProtectionPage = () => {
  const { token, lang, t } = useCitizen();
  const [me, reload] = useCitizenApi<MeResponse>(token, lang, '/me');
  const [problem, setProblem] = useState<ApiProblem | null | undefined>(undefined);
  const [done, setDone] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request: ProtectionRequest = { until: fromLocalInput(String(new FormData(event.currentTarget).get('until') ?? '')) };
    setDone(false);
    citizenApi<unknown>(token, lang, 'POST', '/me/protection', request).then(
      () => {
        setProblem(undefined);
        setDone(true);
        reload();
      },
      (error: unknown) => setProblem(error instanceof ApiProblem ? error : null),
    );
  };
  return (
    <section aria-labelledby="protection-title">
      <h1 id="protection-title">{t.protection.title}</h1>
      <p>{t.protection.lead}</p>
      <LoadedView loaded={me}>
        {(data) => <p role="status">{data.restricted ? t.protection.current(formatDateTime(lang, data.restrictedUntil!)) : t.protection.none}</p>}
      </LoadedView>
      <form className="citizen-form" onSubmit={submit}>
        <label htmlFor="protection-until">{t.protection.until}</label>
        <input id="protection-until" name="until" type="datetime-local" required />
        <FieldError errors={problem?.errors ?? {}} field="until" />
        {problem !== undefined && <ProblemMessage problem={problem} />}
        {done && (
          <p className="citizen-success" role="status">
            {t.protection.done}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t.protection.submit}
        </button>
      </form>
    </section>
  );
};
