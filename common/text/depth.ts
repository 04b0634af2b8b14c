/**
 * How deeply a JSON-like value nests arrays and objects, checked without recursion so that a
 * hostile payload (100,000 nested arrays) is refused with a message instead of overflowing the
 * stack ("Maximum call stack size exceeded") in a later recursive step.
 */

/** True when `value` nests arrays/objects deeper than `limit` levels (the value itself is level 1). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const item of Array.isArray(v) ? v : Object.values(v)) if (item && typeof item === 'object') stack.push([item, depth + 1]);
  }
  return false;
}
