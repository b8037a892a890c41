import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { byName, clientAnswering, renderScreen } from '../test/harness';
import { setLocale } from '../i18n';
import { RatingSlipsPrint, SLIPS_PER_PAGE } from './RatingSlips';

const courtyard = { id: 'c1', name: '三星院坝', village: { id: 'v1', name: '三星村' } };

function ticketSlip(code: string) {
  return {
    code,
    dimension: 'PROXY_SERVICE',
    issuedAt: '2026-12-01T02:00:00Z',
    expiresAt: '2026-12-31T02:00:00Z',
    courtyard,
    ticket: { id: 't1', serviceType: { id: 's1', name: '低保申请' } },
    session: null,
  };
}

function lectureSlip(code: string) {
  return {
    code,
    dimension: 'PUBLICITY',
    issuedAt: '2026-12-01T02:00:00Z',
    expiresAt: '2026-12-31T02:00:00Z',
    courtyard,
    ticket: null,
    session: { id: 'l1', theme: '民法典进院坝', heldAt: '2026-12-01T01:00:00Z', topic: { id: 'p1', name: '法律' } },
  };
}

/** The dark modules of a QR code, as the qrcode library encodes text. */
function modulesOf(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from(modules.data).join('');
}

/** The dark modules an SVG drawn by QrSvg shows (each dark module is one 1×1 square). */
function modulesDrawn(svg: Element): string {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]) - 4;
  const dark = new Set(
    [...(svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)].map(
      ([, x, y]) => `${Number(x) - 2},${Number(y) - 2}`,
    ),
  );
  let out = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) out += dark.has(`${x},${y}`) ? '1' : '0';
  return out;
}

describe('RatingSlipsPrint', () => {
  it('draws one QR code per unused code, of the rating address, eight to a page', async () => {
    setLocale('zh-CN');
    const codes = [
      'ABCD2345',
      'EFGH6789',
      'JKMN2345',
      'PQRS6789',
      'TUVW2345',
      'XYZA6789',
      'BCDE2345',
      'FGHJ6789',
      'KMNP2345',
    ];
    const slips = [ticketSlip(codes[0]), ...codes.slice(1).map(lectureSlip)];
    const { client, seen } = clientAnswering(byName({ RatingSlips: { ratingSlips: slips } }));
    renderScreen(<RatingSlipsPrint />, { client, url: '/print/rating-slips?session=l1' });
    await waitFor(() => expect(screen.getAllByTestId('slip')).toHaveLength(codes.length));
    expect(seen[0].variables).toMatchObject({ session: 'l1' });

    const svgs = screen.getAllByRole('img');
    expect(svgs).toHaveLength(codes.length);
    svgs.forEach((svg, i) => {
      const url = `${window.location.origin}/rate/${codes[i]}`;
      expect(svg.getAttribute('data-url')).toBe(url);
      expect(screen.getByRole('img', { name: `评价码 ${codes[i]} 的二维码` })).toBe(svg);
      // What the QR code shows is the address encoded by the library.
      expect(modulesDrawn(svg)).toBe(modulesOf(url));
    });
    // The text of each slip: the place, what is rated, the code and the address.
    const first = screen.getAllByTestId('slip')[0];
    expect(first.textContent).toContain('三星村 · 三星院坝');
    expect(first.textContent).toContain('代办服务：低保申请');
    expect(first.textContent).toContain(codes[0]);
    expect(first.textContent).toContain(`${window.location.origin}/rate/${codes[0]}`);
    expect(screen.getAllByTestId('slip')[1].textContent).toContain('宣传宣讲：法律');
    // Nine slips: a full page of eight and one more.
    const pages = document.querySelectorAll('.slip-page');
    expect(pages).toHaveLength(2);
    expect(pages[0].querySelectorAll('.slip')).toHaveLength(SLIPS_PER_PAGE);
    expect(pages[1].querySelectorAll('.slip')).toHaveLength(1);
  });

  it('says so when every code was used', async () => {
    setLocale('zh-CN');
    const { client } = clientAnswering(byName({ RatingSlips: { ratingSlips: [] } }));
    renderScreen(<RatingSlipsPrint />, { client, url: '/print/rating-slips?ticket=t1' });
    await screen.findByText('没有待发的评价码');
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});
