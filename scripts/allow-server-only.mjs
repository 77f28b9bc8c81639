// Scripts run server modules outside Next.js: resolve the "server-only" guard to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true }; return next(specifier, context); }',
    ),
);
