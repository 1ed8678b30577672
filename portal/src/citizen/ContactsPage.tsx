import { LANGUAGES, type Language, type MeContacts, type MeContactsInput } from '@qorgau/shared';
import { useState, type FormEvent } from 'react';
import { LANGS } from '../i18n';
import { ApiProblem, citizenApi, useCitizenApi } from './api';
import { FieldError } from './forms';
import { LoadedView, ProblemMessage, useCitizen } from './ui';

/**
 * How the registry reaches the person (SPEC §3.8, §5.5): the e-mail and phone offered from the
 * identity token to confirm or edit, the language of the messages, and removing them all.
 */
export const ContactsPage = () => {
  const { token, lang, t } = useCitizen();
  const [contacts, reload] = useCitizenApi<MeContacts>(token, lang, '/me/contacts');
  // Kept here: the form starts afresh from the server's values after each change, the outcome stays said.
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  return (
    <section aria-labelledby="contacts-title">
      <h1 id="contacts-title">{t.contacts.title}</h1>
      <p>{t.contacts.lead}</p>
      <p className="scam-warning citizen-scam contacts-never" role="note">
        {t.contacts.never}
      </p>
      <LoadedView loaded={contacts}>
        {/* Keyed on what is saved: after a save or a removal the form starts from the server's values. */}
        {(data) => (
          <ContactsForm
            key={`${data.email}|${data.phone}|${data.language}`}
            contacts={data}
            outcome={outcome}
            onOutcome={(next) => {
              setOutcome(next);
              if (next.state !== 'refused') reload();
            }}
          />
        )}
      </LoadedView>
    </section>
  );
};

type Outcome = { state: 'idle' } | { state: 'saved' } | { state: 'removed' } | { state: 'refused'; problem: ApiProblem | null };

const ContactsForm = ({ contacts, outcome, onOutcome }: { contacts: MeContacts; outcome: Outcome; onOutcome: (outcome: Outcome) => void }) => {
  const { token, lang, t } = useCitizen();
  // Nothing saved yet: the identity token's claims are offered, for the person to confirm.
  const [email, setEmail] = useState(contacts.email ?? contacts.suggested.email ?? '');
  const [phone, setPhone] = useState(contacts.phone ?? contacts.suggested.phone ?? '');
  const [language, setLanguage] = useState<Language>(contacts.email === null && contacts.phone === null ? lang : contacts.language);
  const saved = contacts.email !== null || contacts.phone !== null;
  const suggestedEmail = contacts.email === null && contacts.suggested.email !== undefined && email === contacts.suggested.email;
  const suggestedPhone = contacts.phone === null && contacts.suggested.phone !== undefined && phone === contacts.suggested.phone;
  const refused = (error: unknown) => onOutcome({ state: 'refused', problem: error instanceof ApiProblem ? error : null });

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An empty field removes that contact.
    const request: MeContactsInput = { email: email.trim() || null, phone: phone.trim() || null, language };
    citizenApi<MeContacts>(token, lang, 'PUT', '/me/contacts', request).then(() => onOutcome({ state: 'saved' }), refused);
  };
  const remove = () =>
    citizenApi<void>(token, lang, 'DELETE', '/me/contacts').then(() => onOutcome({ state: 'removed' }), refused);
  const errors = outcome.state === 'refused' ? (outcome.problem?.errors ?? {}) : {};

  return (
    <form className="citizen-form" onSubmit={save} noValidate>
      {!saved && outcome.state !== 'removed' && <p role="status">{t.contacts.nothingSaved}</p>}
      <ContactField field="phone" type="tel" label={t.contacts.phone} hint={t.contacts.phoneHint} value={phone} onChange={setPhone} suggested={suggestedPhone} suggestedText={t.contacts.suggested} errors={errors} />
      <ContactField field="email" type="email" label={t.contacts.email} hint={t.contacts.emailHint} value={email} onChange={setEmail} suggested={suggestedEmail} suggestedText={t.contacts.suggested} errors={errors} />
      <fieldset>
        <legend>{t.contacts.language}</legend>
        {LANGUAGES.map((code) => (
          <label className="choice" key={code}>
            <input type="radio" name="language" value={code} checked={language === code} onChange={() => setLanguage(code)} />
            <span lang={code}>{LANGS.find((entry) => entry.code === code)?.name ?? code}</span>
          </label>
        ))}
        <FieldError errors={errors} field="language" />
      </fieldset>
      {/* A refusal of fields is said beside them; any other refusal here. */}
      {outcome.state === 'refused' && Object.keys(errors).length === 0 && <ProblemMessage problem={outcome.problem} />}
      {outcome.state === 'saved' && (
        <p className="citizen-success" role="status">
          {t.contacts.saved}
        </p>
      )}
      {outcome.state === 'removed' && (
        <p className="citizen-success" role="status">
          {t.contacts.removed}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t.contacts.save}
        </button>
        {saved && (
          <button type="button" className="button button-secondary" onClick={remove}>
            {t.contacts.remove}
          </button>
        )}
      </div>
    </form>
  );
};

/** One contact's field: its label, the hint (saying when the value was offered from eGov) and its error. */
function ContactField(props: {
  field: 'phone' | 'email';
  type: 'tel' | 'email';
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  suggested: boolean;
  suggestedText: string;
  errors: Record<string, string>;
}) {
  const id = `contacts-${props.field}`;
  return (
    <div>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.field}
        type={props.type}
        autoComplete={props.type}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        aria-invalid={props.errors[props.field] ? true : undefined}
      />
      <p id={`${id}-hint`} className="muted">
        {props.suggested ? `${props.suggestedText} ` : ''}
        {props.hint}
      </p>
      <FieldError errors={props.errors} field={props.field} />
    </div>
  );
}
