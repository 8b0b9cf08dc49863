import { config } from 'zod';

// zod compiles object parsers with `new Function` when it may. It asks by trying one as each object schema is built,
// and the page's Content-Security-Policy (script-src 'self') refuses: a CSP violation reported at load (some 80 ms
// of a phone's main thread on the space page) for a compiler that could never be used here anyway.
config({ jitless: true });
