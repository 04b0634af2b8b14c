/**
 * Whether a folder of dist/ holds a build of the current sources: the launchers (bin/) ask at every
 * start, so this file is small and requires only node:fs (CommonJS, as bin/built.cjs that reads it);
 * scripts/build.mjs (and esbuild) load only when a build is needed.
 */
const { readFileSync, statSync } = require('node:fs');

/** Name of the record each build writes into its folder: time, project files read, files written. */
const BUILD_INFO = 'build-info.json';

/**
 * True when `out` has a build-info.json whose outputs all exist and whose inputs (paths relative to
 * `root`) are none newer than the build. A few hundred `stat` calls: a few milliseconds.
 */
function isFolderFresh(out, root) {
  let info;
  try {
    info = JSON.parse(readFileSync(`${out}/${BUILD_INFO}`, 'utf8'));
  } catch {
    return false;
  }
  const { builtAt, inputs, outputs } = info ?? {};
  if (typeof builtAt !== 'number' || !Array.isArray(inputs) || !Array.isArray(outputs)) return false;
  for (const file of outputs) if (!statSync(`${out}/${file}`, { throwIfNoEntry: false })) return false;
  for (const file of inputs) {
    const st = statSync(`${root}/${file}`, { throwIfNoEntry: false });
    if (!st || st.mtimeMs > builtAt) return false;
  }
  return true;
}

module.exports = { BUILD_INFO, isFolderFresh };
