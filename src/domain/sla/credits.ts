import { compareShare } from "../reports/exact-share.js";
import type { ParsedPolicyDocument } from "./policy-schema.js";

type CreditBand = NonNullable<NonNullable<ParsedPolicyDocument["credits"]>["responseTime"]>["bands"][number];

/**
 * The service credit (percent of the fee) for `violations` of `events`: the last band whose threshold
 * the share reaches (`atLeastPercent`) or exceeds (`abovePercent`), compared exactly (101 of 1,000 is
 * 10.1 %, not above it). No events: a share of 0.
 */
export function creditPercentFor(bands: readonly CreditBand[], violations: number, events: number): number {
  let credit = 0;
  for (const band of bands) {
    const comparison = events === 0 ? compareZero(band) : undefined;
    const reached =
      band.atLeastPercent !== undefined
        ? (comparison ?? compareShare(violations, events, band.atLeastPercent)) >= 0
        : (comparison ?? compareShare(violations, events, band.abovePercent as number)) > 0;
    if (reached) credit = band.creditPercent;
  }
  return credit;
}

/** How a share of 0 compares with a band's threshold. */
function compareZero(band: CreditBand): -1 | 0 | 1 {
  const threshold = band.atLeastPercent ?? (band.abovePercent as number);
  return threshold === 0 ? 0 : -1;
}
