#!/usr/bin/env node
// The `saraban` command: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/saraban.ts');
