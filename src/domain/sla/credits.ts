import type { ParsedPolicyDocument } from "./policy-schema.js";

type CreditBand = NonNullable<NonNullable<ParsedPolicyDocument["credits"]>["responseTime"]>["bands"][number];

/**
 * The service credit (percent of the fee) for a share of SLA violations (percent): the last band whose
 * threshold the share reaches (`atLeastPercent`) or exceeds (`abovePercent`).
 */
export function creditPercentFor(bands: readonly CreditBand[], violationPercent: number): number {
  let credit = 0;
  for (const band of bands) {
    const reached =
      band.atLeastPercent !== undefined
        ? violationPercent >= band.atLeastPercent
        : violationPercent > (band.abovePercent as number);
    if (reached) credit = band.creditPercent;
  }
  return credit;
}
