import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setLocale } from '../i18n';

afterEach(() => {
  cleanup();
  setLocale('zh-CN');
});
