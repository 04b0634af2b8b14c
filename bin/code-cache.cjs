// Runs a CommonJS bundle (dist/node/cli.cjs or cli-document.cjs) as a classic script with a V8 code cache, so a command does
// not compile again at every start the code it ran last time. Node 20 cannot give a code cache to an ES
// module (Node 22's module.enableCompileCache is not there), but it can to a classic script: the bundle
// is compiled with vm.Script, fed the cache of its last run, and after the command the cache is written
// again when there was none or V8 refused it (another Node, other flags).
//
// The cache only saves compiling; it is never needed: any problem with it (no private folder, a file
// that is missing, stale, damaged or not ours) means compiling as without it. It is:
//   - keyed by the bundle's size and CRC-32 (and Node's version and the command), so a rebuilt bundle
//     does not meet the cache of another (V8 itself also checks the source's length, its version and
//     its flags);
//   - kept in the user's own cache folder (code/ of cacheDir()), 0700, used only when it is a real folder
//     owned by the user that nobody else can write, its files 0600, owned by the user, and carrying the
//     CRC-32 of their content (a damaged file is ignored);
//   - written atomically (a temporary file renamed over), caches of older bundles removed meanwhile.
// VANTHU_CODE_CACHE=0 turns it off; VANTHU_CACHE_DIR names another cache folder (tests). CommonJS, like
// the launcher that requires it (bin/vanthu.cjs): an ES module launcher costs Node's ES module loader
// about 10 ms at every start.
const { isAscii } = require('node:buffer');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');

const MAGIC = Buffer.from('vanthu-v8-cache-2\n');
const DIGEST = 4;

/** The user's private cache folder of vanthu: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
function cacheDir(env = process.env, platform = process.platform) {
  if (env.VANTHU_CACHE_DIR) return path.resolve(env.VANTHU_CACHE_DIR);
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'vanthu', 'Cache');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'vanthu');
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(xdg, 'vanthu');
}

/**
 * CRC-32 of `data` as 4 bytes. A checksum, not a cryptographic hash: the cache is private to the user
 * (checked below), so what it guards against is a damaged or stale file, which CRC-32 detects. Node's
 * crypto is not used: loading it (OpenSSL's set-up) cost every command ~10 ms (docs/build.md).
 */
function checksum(data) {
  const out = Buffer.alloc(DIGEST);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out;
}

/** The bundle's part of a cache file's name: its size and CRC-32, in hexadecimal. */
const bundleKey = (bytes) => `${bytes.length.toString(16)}-${checksum(bytes).toString('hex')}`;

/** True when `st` (lstat/fstat) is owned by this user and neither group nor others may write or read it. */
function isPrivate(st) {
  if (process.platform === 'win32') return true;
  return st.uid === process.getuid() && (st.mode & 0o077) === 0;
}

/** The code cache folder, made 0700 when missing; undefined when it is not a private folder of ours. */
function privateFolder() {
  const dir = path.join(cacheDir(), 'code');
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && isPrivate(st) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The cached data in `file` when it is a private regular file of ours whose content matches its digest. */
function readCache(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !isPrivate(st)) return undefined;
    const bytes = fs.readFileSync(fd);
    const head = MAGIC.length + DIGEST;
    if (bytes.length <= head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const data = bytes.subarray(head);
    return checksum(data).equals(bytes.subarray(MAGIC.length, head)) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes `data` to `file` atomically (0600), then removes the caches of `prefix` with another name. */
function writeCache(dir, file, prefix, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, checksum(data), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && name !== path.basename(file) && !name.endsWith('.tmp')) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** The bundle's own import() (scripts/build.mjs writes its import() calls as __vanthuImport calls). */
function importerFor(file) {
  return (specifier) => import(specifier.startsWith('.') ? pathToFileURL(path.resolve(path.dirname(file), specifier)).href : specifier);
}

/** The CommonJS wrapper of a module, with __vanthuImport besides Node's five names. */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname, __vanthuImport) { ${source}\n})`;

/**
 * Loads the CommonJS bundle `file` as `require` would, with the code cache of `label` (the command:
 * a cache per command holds the functions that command ran). Returns its exports and `saveCache()`,
 * to call once the command is done: it writes the cache when there was no usable one.
 */
function loadWithCodeCache(file, label) {
  const dir = process.env.VANTHU_CODE_CACHE === '0' ? undefined : privateFolder();
  const bytes = fs.readFileSync(file);
  let cacheFile;
  let prefix;
  let cachedData;
  if (dir) {
    const runtime = `${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
    prefix = `${path.basename(file)}-${label}-`;
    cacheFile = path.join(dir, `${prefix}${bundleKey(bytes)}-${runtime}.v8`);
    cachedData = readCache(cacheFile);
  }
  // An ASCII bundle (scripts/build.mjs makes it so) decodes as Latin-1 into a one-byte string: same text, faster.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // A dynamic import() the build did not rewrite still works through Node's loader (with a warning).
  const script = new vm.Script(wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), importerFor(file));
  module.loaded = true;
  const saveCache = () => {
    if (!dir || (cachedData && !script.cachedDataRejected)) return false;
    writeCache(dir, cacheFile, prefix, script.createCachedData());
    return true;
  };
  return { exports: module.exports, saveCache };
}

module.exports = { bundleKey, cacheDir, checksum, loadWithCodeCache };
