// The whole app runs in the browser: user data never reaches a server, and duckdb-wasm must not be bundled for SSR.
export const ssr = false;
export const prerender = false;
