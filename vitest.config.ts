import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not copy wxt.config.ts's vite plugins: https://github.com/wxt-dev/wxt/issues/610
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    environment: 'happy-dom',
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'components/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
    ],
    setupFiles: ['./test/unit/setup.ts'],
    restoreMocks: true,
  },
});
