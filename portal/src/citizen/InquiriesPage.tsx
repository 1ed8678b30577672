import type { MeInquiry, MeInquiryAlert } from '@qorgau/shared';
import { Link } from 'react-router';
import { useCitizenApi } from './api';
import { LoadedView, useCitizen } from './ui';
import { formatDateTime } from '../format';

/** Who checked the person: one row per lender check, newest first, each with the alert that told them. */
export const InquiriesPage = () => {
  const { token, lang, t } = useCitizen();
  const [inquiries] = useCitizenApi<MeInquiry[]>(token, lang, '/me/inquiries');
  return (
    <section aria-labelledby="inquiries-title">
      <h1 id="inquiries-title">{t.inquiries.title}</h1>
      <p>{t.inquiries.lead}</p>
      <LoadedView loaded={inquiries}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t.inquiries.none}</p>
          ) : (
            <ol className="inquiries">
              {rows.map((inquiry, index) => (
                <li key={index} className="card inquiry">
                  <p className="inquiry-bank">
                    <strong>{inquiry.bankName}</strong> <span className="muted">{t.inquiries.bin} {inquiry.bankBin}</span>
                  </p>
                  <dl className="facts">
                    <dt>{t.inquiries.time}</dt>
                    <dd>
                      <time dateTime={inquiry.at}>{formatDateTime(lang, inquiry.at)}</time>
                    </dd>
                    <dt>{t.inquiries.purpose}</dt>
                    <dd>{t.inquiries.purposes[inquiry.purpose]}</dd>
                    <dt>{t.inquiries.result}</dt>
                    <dd className={inquiry.result === 'restricted' ? 'result-restricted' : 'result-free'}>
                      {inquiry.result === 'restricted' ? t.inquiries.restricted : t.inquiries.notRestricted}
                    </dd>
                  </dl>
                  <InquiryAlert alerts={inquiry.alerts} id={`inquiry-${index}-alert`} />
                </li>
              ))}
            </ol>
          )
        }
      </LoadedView>
    </section>
  );
};

/** The alert of one check: on which channels it went and how, and what it said; else the way to be told next time. */
const InquiryAlert = ({ alerts, id }: { alerts: MeInquiryAlert[]; id: string }) => {
  const { lang, t } = useCitizen();
  const words = t.inquiries.alert;
  const state = (alert: MeInquiryAlert) => {
    if (alert.status === 'delivered') return words.delivered(formatDateTime(lang, alert.deliveredAt!));
    return alert.status === 'parked' ? words.parked : words.pending;
  };
  return (
    <section className="inquiry-alert" aria-labelledby={id}>
      <h2 id={id}>{words.title}</h2>
      {alerts.length === 0 ? (
        <p>
          {words.none} <Link to="/me/contacts">{words.addContacts}</Link>
        </p>
      ) : (
        <>
          <ul>
            {alerts.map((alert) => (
              <li key={alert.channel} data-status={alert.status}>
                {alert.channel === 'none' ? words.notSent : `${words.channels[alert.channel]}: ${state(alert)}`}
              </li>
            ))}
          </ul>
          <details>
            <summary>{words.text}</summary>
            <blockquote lang={alerts[0].language}>{alerts[0].text}</blockquote>
          </details>
        </>
      )}
    </section>
  );
};
