import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: on a busy CI machine a lazily loaded page took longer to appear
// (locale.test.tsx saw the loading line still there). The tests' own limit (vite.config.ts) still bounds a hang.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
