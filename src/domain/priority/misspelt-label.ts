import type { Found } from "./cues.js";
import { isKnownWord } from "./language-model.js";
import { needingWords } from "./needed-words.js";
import { respell } from "./spelling.js";
import type { AnalysedText } from "./text-analysis.js";

/** A label quoted as the product shows it: "the login page says 'Welcom back'". */
const QUOTED_LABEL = needingWords(
  /\b(?:says?|reads?|shows?|displays?|spelled|spelt|written|titled|labell?ed)\b[^'"“]{0,20}(?<!\w)['"“]([^'"”]{2,40})['"”](?!\w)/,
);

/**
 * A quoted label with a word the English model does not know, or one thing counted in the plural ("says
 * '1 agents'"): a typo, however the client puts it.
 */
export function misspeltLabel(text: AnalysedText): Found<"cosmetic"> | undefined {
  const quoted = QUOTED_LABEL.exec(text.raw);
  if (quoted === null) return undefined;
  const label = quoted[1] ?? "";
  // the service out of service, typed with a slip: "shows 'service unavailble'", "'maintenanec'"
  if (OUT_OF_SERVICE_SHOWN.test(respell(label))) return undefined;
  const words = label.split(/[^a-z]+/).filter((word) => word.length >= 4);
  const misspelt = words.some((word) => !isKnownOrPrefixed(word)) || ONE_IN_THE_PLURAL.test(label);
  return misspelt ? { value: "cosmetic", evidence: quoted[0] } : undefined;
}

/** A known word with a prefix the model lacks: "'Reconnecting…'" is "connecting" again, not a typo. */
function isKnownOrPrefixed(word: string): boolean {
  const stem = word.replace(PREFIX, "");
  return isKnownWord(word) || (stem !== word && stem.length >= 4 && isKnownWord(stem));
}

const PREFIX = /^(re|un|pre|auto|multi|sub)/;

const ONE_IN_THE_PLURAL = needingWords(/(?<![\d.,])\b1 [a-z]+s\b/i);

/** What a product shows when it is out of service: a notice, not a label whose spelling is the issue. */
const OUT_OF_SERVICE_SHOWN = needingWords(/\b(?:maintenance|unavailable|unreachable|offline|down)\b/i);
