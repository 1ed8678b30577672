import { SCAM_WARNING } from '@qorgau/shared';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { LOCALES, formatNumber } from '../format';
import type { Lang } from '../i18n';
import type { ApiProblem, Loaded } from './api';
import { MESSAGES, type CitizenMessages, type TimeUnit } from './messages';

/** The signed-in citizen's token, the chosen language and the server's lift cooling-off. */
export interface CitizenContextValue {
  token: string;
  lang: Lang;
  coolingOffSeconds: number;
}

export const CitizenContext = createContext<CitizenContextValue | null>(null);

export function useCitizen(): CitizenContextValue & { t: CitizenMessages } {
  const value = useContext(CitizenContext);
  if (!value) throw new Error('useCitizen outside the citizen area');
  return { ...value, t: MESSAGES[value.lang] };
}

/** A span of seconds in its largest whole unit: "24 hours", "3 секунд". */
export function formatSeconds(lang: Lang, seconds: number): string {
  const units: [TimeUnit, number][] = [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, length]) => seconds > 0 && seconds % length === 0) ?? ['second', 1];
  const value = seconds / size;
  const names = MESSAGES[lang].units[unit];
  return `${formatNumber(lang, value)} ${names[new Intl.PluralRules(LOCALES[lang]).select(value)] ?? names.other}`;
}

/** SPEC §3.3: every screen about lifting says it. */
export const ScamWarning = ({ lang, title }: { lang: Lang; title: string }) => (
  <aside className="scam-warning citizen-scam" aria-labelledby="scam-warning-title">
    <h2 id="scam-warning-title">{title}</h2>
    <p className="scam-text">{SCAM_WARNING[lang]}</p>
  </aside>
);

/** An API refusal as the API worded it, announced to screen readers. */
export const ProblemMessage = ({ problem }: { problem: ApiProblem | null }) => {
  const { t } = useCitizen();
  return (
    <p className="citizen-error" role="alert">
      {problem?.detail ?? t.loadFailed}
    </p>
  );
};

/** Loading, the refusal, or the data rendered. */
export function LoadedView<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useCitizen();
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'error') return <ProblemMessage problem={loaded.problem} />;
  return <>{children(loaded.data)}</>;
}

/** Live time left until `at`: a timer, updated each second, calling `onElapsed` once it is over. */
export function Countdown({ at, label, onElapsed }: { at: string; label: string; onElapsed: () => void }) {
  const { lang } = useCitizen();
  const target = Date.parse(at);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (now >= target) {
      onElapsed();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, target - now));
    return () => clearTimeout(timer);
  }, [now, target, onElapsed]);
  const left = Math.max(0, Math.ceil((target - now) / 1000));
  const days = Math.floor(left / 86_400);
  const clock = [Math.floor(left / 3600) % 24, Math.floor(left / 60) % 60, left % 60].map((part) => String(part).padStart(2, '0')).join(':');
  return (
    <p className="countdown">
      <span>{label}: </span>
      <span role="timer" className="countdown-value" data-seconds-left={left}>
        {days > 0 ? `${formatSeconds(lang, days * 86_400)} ${clock}` : clock}
      </span>
    </p>
  );
}
