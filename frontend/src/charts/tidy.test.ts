import { describe, expect, it } from 'vitest';
import { tidyOption } from './tidy';

type Obj = Record<string, unknown>;

describe('chart options made readable', () => {
  const line = {
    xAxis: { type: 'category', data: ['2024-01', '2024-02'] },
    yAxis: { type: 'value' },
    series: [{ type: 'line', smooth: true, data: [1, 2] }],
  };

  it('counts: whole-number ticks and no smoothing', () => {
    const o = tidyOption(line, { counts: true }) as Obj;
    expect((o.yAxis as Obj).minInterval).toBe(1);
    expect((o.series as Obj[])[0].smooth).toBe(false);
    expect(((o.xAxis as Obj).axisLabel as Obj).hideOverlap).toBe(true);
  });

  it('anything else keeps its series and fractional ticks', () => {
    const o = tidyOption(line) as Obj;
    expect((o.yAxis as Obj).minInterval).toBeUndefined();
    expect((o.series as Obj[])[0].smooth).toBe(true);
  });

  it('narrow charts rotate and truncate category labels; bars keep their category axis on y', () => {
    const o = tidyOption(line, { width: 320 }) as Obj;
    const label = (o.xAxis as Obj).axisLabel as Obj;
    expect(label.rotate).toBe(45);
    expect(label.overflow).toBe('truncate');
    const bar = tidyOption(
      { xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['a'] }, series: [{ type: 'bar', data: [3] }] },
      { counts: true, width: 320 },
    ) as Obj;
    expect((bar.xAxis as Obj).minInterval).toBe(1);
    expect(((bar.yAxis as Obj).axisLabel as Obj).hideOverlap).toBe(true);
    expect(((bar.yAxis as Obj).axisLabel as Obj).rotate).toBeUndefined();
  });
});
