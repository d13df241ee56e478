import type { Dimensions } from "./dimensions.js";

// What a question about something the client sees asks: how to change it (a question: nothing fails), or
// whether an annoyance should happen (a report of the annoyance). Read by the rating (request-rating.ts).

/**
 * "the dashboard shows times as 2024-02-10 instead of '4 hours ago', can I change that?": what is shown
 * differs from what the client wants, and they ask how to set it themselves; nothing is failing.
 */
export function asksHowToChangeWhatItShows({ request, state }: Dimensions): boolean {
  return request?.value === "question" && state?.value === "wrong" && /^can (i|we)\b/i.test(request.evidence);
}

/**
 * "Is it normal that Teams asks me to sign in again every morning? … just a bit annoying": the client
 * calls what happens an annoyance, and asks only whether it should.
 */
export function asksWhetherAnAnnoyanceIsNormal({ request, annoyance }: Dimensions): boolean {
  return (
    request?.value === "question" && annoyance?.value === "annoyance" && /\bnormal\b/i.test(request.evidence)
  );
}
