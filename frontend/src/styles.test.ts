// The focus ring is visible: its colour has at least 3:1 contrast (WCAG
// 2.4.11, non-text contrast) against every background a focused control sits on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// (Read from disk: vitest does not load CSS, ?raw included.)
const css = readFileSync(path.join(__dirname, 'styles.css'), 'utf8');

function variable(name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!m) throw new Error(`styles.css has no --${name}`);
  return m[1];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('focus ring', () => {
  it.each(['bg', 'card', 'accent-soft'])('has 3:1 contrast against --%s', (bg) => {
    expect(contrast(variable('focus'), variable(bg))).toBeGreaterThanOrEqual(3);
  });

  it('is the only outline colour of :focus-visible rules', () => {
    const rules = [...css.matchAll(/([^{}]*:focus-visible[^{}]*)\{([^}]*)\}/g)];
    expect(rules.length).toBeGreaterThan(0);
    for (const [, selector, body] of rules) {
      const outline = /outline:\s*([^;]+);/.exec(body)?.[1] ?? '';
      expect(outline, selector.trim()).toMatch(/var\(--focus\)/);
    }
  });
});
