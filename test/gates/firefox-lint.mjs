// addons-linter on a Firefox build, with the reviewed allow-list of warnings.
import linter from 'addons-linter';

/**
 * Warnings we accept, each with the reason it is safe. A warning is allowed only when its code
 * AND file pattern match an entry.
 */
export const ALLOWED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/.*\.js$|^content-scripts\/.*\.js$|^popup\.html$|^options\.html$/,
    why: "Preact's renderer assigns innerHTML only to honour dangerouslySetInnerHTML, which our code never uses (Biome's noDangerouslySetInnerHtml is an error).",
  },
];

export async function lintFirefox(dir) {
  const instance = linter.createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
      privileged: false,
      enableDataCollectionPermissions: true,
      maxManifestVersion: 3,
      minManifestVersion: 3,
    },
    runAsBinary: false,
  });
  const result = await instance.run();
  const unexpected = result.warnings.filter(
    (w) => !ALLOWED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')),
  );
  return { errors: result.errors, warnings: result.warnings, unexpected };
}
