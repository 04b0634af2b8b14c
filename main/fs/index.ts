/** File-system rules of vanthu: private modes, atomic writes, environment errors in Vietnamese. */
export * from './atomic';
export * from './environment-error';
export * from './private';
export * from './target';
export * from './temp-dir';
