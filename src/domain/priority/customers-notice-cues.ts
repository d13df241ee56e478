import { type Cue, cue } from "./cues.js";

/**
 * The client's customers meet the fault themselves, every one of them that reaches that part: "callers
 * hear the closed message", "customers get half sentences", "every caller hears". Not some or one of them
 * ("a customer's chat history", "the customer sees a question mark"), nor contacts in a list, nor what they
 * still get ("customers still see most of it"). Read as written: the lemmas lose the plural.
 */
export const CUSTOMERS_NOTICE: readonly Cue<"customers">[] = [
  cue(
    "customers",
    // what the bot, the IVR or a campaign tells them, wrong: "the bot sends the wrong answer for 'opening
    // hours'", "scheduled campaigns go out at the wrong hour", "the voice menu says the wrong opening hour"
    "\\b(bot|chatbot|ivr|voice menu|campaigns?|greeting|auto-?reply|newsletter)\\b[^,.;]{0,30}\\b(sends?|says?|say|gives?|plays?|answers?|goes out|go out|replies|reply)\\b[^,.;]{0,30}\\b(wrong|twice|three times|several times)\\b",
    "\\bcustomers? (are|is|were|get|gets|got) confused",
    // what they are shown: "outbound calls show our number as 'unknown' to customers"
    // (on one of several numbers, a case: "one of our WhatsApp numbers shows the wrong display name")
    "(?<!\\bone of [^,.;]{0,40})\\b(shows?|displays?|appears?)\\b[^,.;]{0,40}\\bto (all )?(our )?(customers|callers|recipients|patients)\\b",
    // what the client sends them goes out wrong: "campaign emails show the raw placeholder"
    "\\b(campaign|email|sms|message|newsletter|mailing|reminder)s? ([\\w']+ ){0,2}(show|shows|contain|contains|include|includes|display|displays|went out with|go out with|are sent with) (the |a )?(raw|empty|unfilled|literal|unreplaced) (placeholder|merge field|merge tag|variable)",
    "(?<!(some|few|one|a|couple|many|several|certain|no|none|handful) (of )?((our|the|your|their) )?)(?<![\\w'])(customers|callers|recipients|patients|(every|each) (customer|caller|recipient|patient)) (who ([\\w']+ ){1,3}|calling ([\\w']+ ){1,3})?((?!still )[\\w']+ ){0,2}(get|gets|got|getting|hear|hears|heard|receive|receives|received|land|lands|landed|end up|ends up|ended up|ignore|ignores|ignored|are confused|were confused|see|sees|saw)(?! (it|them|fine|normally|most|the rest|everything)\\b)",
  ),
];
