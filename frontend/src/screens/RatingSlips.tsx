// Rating slips: the rating codes an officer may still hand out (unused, not
// expired: ratingSlips), eight to an A4 page, each with its courtyard, what it
// rates, the code in text, the address and a QR code of that address
// (origin + /rate/CODE, which opens the rating page). Opened from a completed
// ticket (?ticket=), a recorded lecture (?session=) or a courtyard
// (?courtyard=); shown on screen until the codes are used, and printed.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import QRCode from 'qrcode';
import { graphql } from '../gql';
import type { RatingSlipsQuery as RatingSlipsResult } from '../gql/graphql';
import { t } from '../i18n';
import { Empty, ErrorState, Loading, formatTime } from '../ui';

export const RatingSlipsQuery = graphql(`
  query RatingSlips($courtyard: ID, $ticket: ID, $session: ID) {
    ratingSlips(courtyard: $courtyard, ticket: $ticket, session: $session, first: 500) {
      code
      dimension
      issuedAt
      expiresAt
      courtyard {
        id
        name
        village {
          id
          name
        }
      }
      ticket {
        id
        serviceType {
          id
          name
        }
      }
      session {
        id
        theme
        heldAt
        topic {
          id
          name
        }
      }
    }
  }
`);

export type Slip = RatingSlipsResult['ratingSlips'][number];

/** Slips on one printed A4 page (two columns of four). */
export const SLIPS_PER_PAGE = 8;

/** The address a slip's QR code opens: the rating page of its code. */
export function rateURL(origin: string, code: string): string {
  return `${origin}/rate/${encodeURIComponent(code)}`;
}

/** A QR code as an SVG drawn from the qrcode library's modules (no inline markup, no canvas). */
export function QrSvg({ text, label }: { text: string; label: string }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const d: string[] = [];
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d.push(`M${x + 2} ${y + 2}h1v1h-1z`);
    return { d: d.join(''), size: modules.size + 4 };
  }, [text]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      data-url={text}
      viewBox={`0 0 ${path.size} ${path.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}

/** What a slip rates, in words: the ticket's service or the lecture's topic and day. */
export function slipSubject(s: Slip): string {
  if (s.ticket) return t('slips.ticket', { service: s.ticket.serviceType.name });
  if (s.session)
    return t('slips.lecture', {
      topic: s.session.topic?.name ?? s.session.theme ?? '',
      day: formatTime(s.session.heldAt),
    });
  return '';
}

/** The slips, cut into A4 pages of SLIPS_PER_PAGE. */
export function RatingSlipSheet({ slips, origin }: { slips: Slip[]; origin: string }) {
  const pages: Slip[][] = [];
  for (let i = 0; i < slips.length; i += SLIPS_PER_PAGE) pages.push(slips.slice(i, i + SLIPS_PER_PAGE));
  return (
    <div className="slip-sheet">
      {pages.map((page, i) => (
        <section key={i} className="slip-page" aria-label={t('slips.page', { n: i + 1, of: pages.length })}>
          {page.map((s) => {
            const url = rateURL(origin, s.code);
            return (
              <article key={s.code} className="slip" data-testid="slip" data-code={s.code}>
                <QrSvg text={url} label={t('slips.qr', { code: s.code })} />
                <div className="slip-text">
                  <p className="slip-place">
                    {s.courtyard.village.name} · {s.courtyard.name}
                  </p>
                  <p className="slip-subject">{slipSubject(s)}</p>
                  <p className="slip-code">
                    <span>{t('slips.code')}</span> <strong>{s.code}</strong>
                  </p>
                  <p className="slip-url">{url}</p>
                  <p className="slip-hint">
                    {t('slips.hint')} {t('slips.until', { day: formatTime(s.expiresAt) })}
                  </p>
                </div>
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}

/** The slip page of /print/rating-slips?ticket=|session=|courtyard=. */
export function RatingSlipsPrint() {
  const [params] = useSearchParams();
  const variables = {
    ticket: params.get('ticket') || undefined,
    session: params.get('session') || undefined,
    courtyard: params.get('courtyard') || undefined,
  };
  const [{ data, error }, refetch] = useQuery({ query: RatingSlipsQuery, variables, requestPolicy: 'network-only' });
  let body;
  if (error && !data) body = <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!data) body = <Loading />;
  else if (data.ratingSlips.length === 0) body = <Empty>{t('slips.none')}</Empty>;
  else body = <RatingSlipSheet slips={data.ratingSlips} origin={window.location.origin} />;
  return (
    <div className="slips-print">
      <div className="no-print slips-head">
        <h1 className="page-title">{t('slips.title')}</h1>
        <p>{t('slips.intro', { n: data?.ratingSlips.length ?? 0 })}</p>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('slips.print')}
        </button>
      </div>
      {body}
    </div>
  );
}
