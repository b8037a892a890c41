import { describe, expect, it } from 'vitest';
import { downloadName, exportUrl } from './ExportButton';

describe('downloadName', () => {
  it('takes the UTF-8 filename* the server names the list, area and period with', () => {
    const cd =
      'attachment; filename="tickets_2024Q2.csv"; filename*=UTF-8\'\'%E4%BB%A3%E5%8A%9E%E4%BA%8B%E9%A1%B9_%E5%BC%80%E5%B7%9E%E5%8C%BA_2024Q2.csv';
    expect(downloadName(cd, 'tickets.csv')).toBe('代办事项_开州区_2024Q2.csv');
  });
  it('falls back to the ASCII filename, then to the given name', () => {
    expect(downloadName('attachment; filename="tickets_2024Q2.csv"', 'tickets.csv')).toBe('tickets_2024Q2.csv');
    expect(downloadName('attachment; filename*=UTF-8\'\'%E4%ZZ; filename="t.csv"', 'x.csv')).toBe('t.csv');
    expect(downloadName(null, 'tickets.csv')).toBe('tickets.csv');
    expect(downloadName('attachment', 'tickets.xlsx')).toBe('tickets.xlsx');
  });
});

describe('exportUrl', () => {
  it('puts where as JSON and the extra parameters in the query', () => {
    expect(exportUrl('tickets', 'csv', { status: 'COMPLETED' }, { columns: 'applicant,serviceType' })).toBe(
      '/export/tickets.csv?where=%7B%22status%22%3A%22COMPLETED%22%7D&columns=applicant%2CserviceType',
    );
  });
});
