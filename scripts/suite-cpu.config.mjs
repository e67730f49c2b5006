// The project's vitest configuration, with the setup file of scripts/suite-cpu.mjs.
import {defineConfig, mergeConfig} from 'vitest/config';
import base from '../vitest.config.ts';

export default mergeConfig(base, defineConfig({test: {setupFiles: [new URL('suite-cpu-setup.mjs', import.meta.url).pathname]}}));
