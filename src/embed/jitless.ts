/**
 * Puts zod in jitless mode before any schema exists. The builds a page loads by itself (the
 * standalone file, and the code-split folder the loader and the iframe page use) import this
 * first (rollup.config.mjs), so that no `new Function` probe ever runs under a strict CSP. zod/mini
 * does not compile parsers today; this keeps it so if that changes. The npm build does not include
 * it: an application's own zod configuration is its own business.
 */
import { config } from 'zod/mini';

config({ jitless: true });
