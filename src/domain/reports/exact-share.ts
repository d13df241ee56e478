/**
 * Compares a share (`part` of `whole`, as a percentage) with a percentage written in decimal, exactly:
 * 101 of 1,000 is 10.1 %, not above it, though 101 / 1000 * 100 is 10.100000000000001 in floating point.
 * `part` and `whole` are integers (counts, or milliseconds).
 * Returns -1, 0 or 1 as the share is below, at or above `percent`.
 */
export function compareShare(part: number, whole: number, percent: number): -1 | 0 | 1 {
  const [digits, scale] = decimal(percent);
  // part / whole * 100 vs digits / 10^scale  <=>  part * 100 * 10^scale vs digits * whole
  const left = BigInt(part) * 100n * 10n ** BigInt(scale);
  const right = digits * BigInt(whole);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The part of `whole` a percentage leaves over: `whole` x (100 - percent) / 100, computed on the
 * decimal digits so that 129,540 x (100 - 99.99) / 100 is 12.954, not 12.954000000012956.
 */
export function remainderAbove(whole: number, percent: number): number {
  const [digits, scale] = decimal(percent);
  const hundred = 100n * 10n ** BigInt(scale);
  return (whole * Number(hundred - digits)) / Number(hundred);
}

/** A finite decimal as an integer and its power of ten: 10.1 is [101, 1]. */
function decimal(value: number): [bigint, number] {
  const [whole = "0", fraction = ""] = String(value).split(".");
  if (/e/i.test(String(value))) throw new Error(`${value} is not a plain decimal`);
  return [BigInt(`${whole}${fraction}`), fraction.length];
}
