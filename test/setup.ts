import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// Waits fit a loaded machine: CI runs this suite beside builds and browsers on two cores, where a
// lazily loaded view took more than the default 1 s to appear. `findBy…`/`waitFor` wait for a
// condition, so a longer bound costs nothing when the machine is quick.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
