// Export of a list or an aggregate as CSV or XLSX from the server's
// /export/{name}.{csv|xlsx} endpoint (same filters as the screen), with the
// bytes received shown while a long export streams.
import { useState } from 'react';
import { languageHeaders } from '../client';
import { t } from '../i18n';
import { formatNumber } from '../ui';

export function exportUrl(
  name: string,
  format: 'csv' | 'xlsx',
  where?: Record<string, unknown>,
  extra?: Record<string, string>,
) {
  const q = new URLSearchParams();
  if (where && Object.keys(where).length) q.set('where', JSON.stringify(where));
  for (const [k, v] of Object.entries(extra ?? {})) q.set(k, v);
  const s = q.toString();
  return `/export/${encodeURIComponent(name)}.${format}${s ? `?${s}` : ''}`;
}

// The file name the server gives an export (Content-Disposition: the UTF-8
// filename* of RFC 6266/5987, e.g. 代办事项_开州区_2024Q2.csv, else the ASCII
// filename), or fallback when it gives none.
export function downloadName(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const ext = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (ext) {
    try {
      return decodeURIComponent(ext[1].trim());
    } catch {
      // not percent-encoded UTF-8: try the ASCII name
    }
  }
  const ascii =
    /filename\s*=\s*"([^"]*)"/i.exec(contentDisposition) ?? /filename\s*=\s*([^;\s]+)/i.exec(contentDisposition);
  return ascii?.[1] || fallback;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running'; bytes: number; rows?: number; total?: number }
  | { phase: 'done'; bytes: number }
  | { phase: 'error'; message: string };

export function ExportButton({
  name,
  where,
  extra,
}: {
  name: string;
  where?: Record<string, unknown>;
  extra?: Record<string, string>;
}) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  async function run(format: 'csv' | 'xlsx') {
    const url = exportUrl(name, format, where, extra);
    setState({ phase: 'running', bytes: 0 });
    try {
      const res = await fetch(url, { credentials: 'same-origin', headers: languageHeaders() });
      if (!res.ok || !res.body) {
        let message = `HTTP ${res.status}`;
        try {
          const body = (await res.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
          message = body.errors?.[0]?.message ?? message;
        } catch {
          // not JSON
        }
        setState({ phase: 'error', message });
        return;
      }
      // The server says how many rows will come (X-Total-Count), for the progress.
      const totalHeader = res.headers.get('x-total-count');
      const total = totalHeader ? Number(totalHeader) : undefined;
      const reader = res.body.getReader();
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      let newlines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        if (format === 'csv') for (const b of value) if (b === 10) newlines++;
        setState({ phase: 'running', bytes, rows: format === 'csv' ? Math.max(0, newlines - 1) : undefined, total });
      }
      const blob = new Blob(chunks as BlobPart[], {
        type: res.headers.get('content-type') ?? 'application/octet-stream',
      });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = downloadName(res.headers.get('content-disposition'), `${name}.${format}`);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setState({ phase: 'done', bytes });
    } catch (e) {
      setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  const running = state.phase === 'running';
  return (
    <div className="export" role="group" aria-label={t('export.label')}>
      <button type="button" className="button button-small" disabled={running} onClick={() => run('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button-small" disabled={running} onClick={() => run('xlsx')}>
        {t('export.xlsx')}
      </button>
      <span className="export-status" role="status" aria-live="polite">
        {state.phase === 'running' && state.total != null && <progress max={state.total} value={state.rows ?? 0} />}
        {state.phase === 'running' &&
          (state.rows != null && state.total != null
            ? t('export.progressOf', { rows: formatNumber(state.rows), total: formatNumber(state.total) })
            : state.rows != null
              ? t('export.progressRows', { rows: formatNumber(state.rows), kb: formatNumber(state.bytes / 1024, 1) })
              : t('export.progress', { kb: formatNumber(state.bytes / 1024, 1) }))}
        {state.phase === 'done' && t('export.done', { kb: formatNumber(state.bytes / 1024, 1) })}
        {state.phase === 'error' && (
          <span className="status-error">{t('export.error', { message: state.message })}</span>
        )}
      </span>
    </div>
  );
}
