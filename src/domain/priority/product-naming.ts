// Where and how a clause names one of the contract's products: the helpers contract-terms.ts counts the
// failing products with.

import type { Policy } from "../sla/policy.js";
import { RUNS_ON } from "./product-mentions.js";

export type Product = Policy["products"][number];

/** Where in the clause the product is first named, if it is. */
export function firstNamed(clause: string, product: Product): number | undefined {
  const at = clause.search(product.named);
  return at < 0 ? undefined : at;
}

/**
 * Whether the product is named in the clause only in the words the pattern matches (RUNS_ON: "on
 * WhatsApp", "by phone": where something runs, never what fails).
 */
export function namedOnlyAs(words: RegExp, clause: string, product: Product): boolean {
  const without = clause.replace(words, " ");
  return !product.named.test(without);
}

/**
 * Another product named in a clause that says something fails, and not only in the words `merely` matches:
 * not only as a channel (RUNS_ON: named failing), or not only as where messages land (LANDS_IN: named, if
 * only as the channel they were sent on).
 */
export function namedElsewhere(
  clauses: readonly string[],
  candidates: readonly Product[],
  product: Product,
  merely: RegExp = RUNS_ON,
) {
  return candidates.some(
    (other) =>
      other !== product &&
      clauses.some(
        (clause) => firstNamed(clause, other) !== undefined && !namedOnlyAs(merely, clause, other),
      ),
  );
}
