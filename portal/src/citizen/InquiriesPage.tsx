import type { MeInquiry } from '@qorgau/shared';
import { useCitizenApi } from './api';
import { LoadedView, useCitizen } from './ui';
import { formatDateTime } from '../format';

/** Who checked the person: one row per lender check, newest first. */
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
                </li>
              ))}
            </ol>
          )
        }
      </LoadedView>
    </section>
  );
};
