// zod compiles object parsers with `new Function` when it may. It asks by trying one as each object schema is built,
// and the page's Content-Security-Policy (script-src 'self') refuses: a CSP violation reported at load (some 80 ms
// of a phone's main thread on the space page) for a compiler that could never be used here anyway.
// zod keeps its settings on this global, which it adopts when it loads: setting it here, first thing in main.tsx,
// holds before any page builds the shared library's schemas, without bringing zod itself into every page
// (importing zod's `config` added 3.6 KB to the home page). zod-config.spec.ts checks that zod still reads it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
