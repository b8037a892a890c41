// Chart options made readable at any width, in one place (Chart.tsx applies
// it to every chart): category labels that would overlap are hidden and long
// ones truncated (rotated on narrow screens), count series are drawn as they
// are (no smoothing between whole numbers) on an axis with whole-number
// ticks only.
import type { EChartsCoreOption } from 'echarts/core';

type Obj = Record<string, unknown>;

/** What the chart's values are: counts (whole numbers) or anything else. */
export interface TidyHints {
  /** The values are counts: integer ticks (minInterval 1), no smoothing. */
  counts?: boolean;
  /** The chart's width in CSS pixels, when known: narrow charts rotate labels. */
  width?: number;
}

const asList = (x: unknown): Obj[] => (Array.isArray(x) ? (x as Obj[]) : x && typeof x === 'object' ? [x as Obj] : []);

/** Narrower than this, category labels of a horizontal axis are rotated and truncated. */
export const NARROW = 480;

function tidyAxis(axis: Obj, horizontal: boolean, hints: TidyHints): Obj {
  const label = { ...((axis.axisLabel as Obj | undefined) ?? {}) };
  if (axis.type === 'category') {
    label.hideOverlap = true;
    label.overflow ??= 'truncate';
    const narrow = (hints.width ?? Infinity) < NARROW;
    if (horizontal) {
      label.width ??= narrow ? 64 : 96;
      if (narrow) label.rotate ??= 45;
    } else {
      label.width ??= narrow ? 72 : 120;
    }
    return { ...axis, axisLabel: label };
  }
  if (axis.type === 'value' || axis.type === undefined) {
    label.hideOverlap = true;
    const out: Obj = { ...axis, axisLabel: label };
    if (hints.counts) out.minInterval = 1;
    return out;
  }
  return axis;
}

function mapAxes(x: unknown, horizontal: boolean, hints: TidyHints): unknown {
  if (x == null) return x;
  if (Array.isArray(x)) return x.map((a) => tidyAxis(a as Obj, horizontal, hints));
  return tidyAxis(x as Obj, horizontal, hints);
}

/**
 * The option with the project's readability rules applied: every category
 * axis hides overlapping labels and truncates long ones (rotating them below
 * NARROW px); with hints.counts every value axis ticks whole numbers only
 * (minInterval 1) and line series are not smoothed.
 */
export function tidyOption(option: EChartsCoreOption, hints: TidyHints = {}): EChartsCoreOption {
  const o = option as Obj;
  const out: Obj = { ...o };
  if ('xAxis' in o) out.xAxis = mapAxes(o.xAxis, true, hints);
  if ('yAxis' in o) out.yAxis = mapAxes(o.yAxis, false, hints);
  if (hints.counts && 'series' in o) {
    out.series = asList(o.series).map((s) => (s.type === 'line' ? { ...s, smooth: false } : s));
  }
  return out;
}
