import { type Cue, cue } from "./cues.js";
import type { ServiceState } from "./state-cues.js";

// Words a failure shares with what is not one: a dead help link, a label that will not go away, a field a
// flow drops. Read before the failures (state-cues.ts).

/**
 * Read before the failures, whose words they share: a dead help link or a label that never goes away is
 * how it looks; a field a flow drops ("drops the shipping address") is a wrong result, not a drop.
 */
export const LOOKALIKE_FAILURES: readonly Cue<ServiceState>[] = [
  cue(
    "cosmetic",
    "(help|info|docs|documentation|faq|learn more|manual|guide|privacy|terms)( pdf)? (icon|link|button)(?=.*(no longer exist|404|not found|not ~find|dead|broken|break|~exist))",
    // "the help article links to a screenshot that no longer exists": the docs point nowhere, nothing fails
    "(help|support|knowledge ?base|docs|documentation|faq|manual|guide) (article|page|text|section)s? (\\w+ ){0,9}(no longer exist|404|not found|dead link|broken link)",
    // "your documentation is outdated": what the docs say, nothing fails
    "(doc|documentation|docs|example|sample|guide|help article|manual|api reference)s? (\\w+ ){0,4}be (\\w+ )?(outdated|out of date|old)(?![\\w'])",
    // "just a docs mismatch, our code works": what the docs say differs from what the product does
    "(doc|documentation|docs|spec|specification|api reference) (\\w+ )?(mismatch|discrepancy|inconsistency)",
    // a word written wrong, not an error the product throws: "there is a spelling error in the Dutch version"
    "(spelling|grammar|grammatical|translation|typing) (mistake|error)s?",
    // "the translation of the button 'Afsluiten' is wrong, it says 'Close down'": the words shown, not the
    // service down
    "translation (\\w+ ){0,6}be (wrong|incorrect|bad|off|strange|weird|funny)",
    "(wrong|incorrect|bad|strange|weird|funny) translation",
    // "some buttons aren't translated": how the screen reads, as "untranslated" is; not a translation the
    // product does ("the chatbot doesn't translate the messages any more")
    "(button|label|menu|text|word|heading|caption|title|tab|field|screen|page|interface|string|item|column|link)s? (\\w+ ){0,2}(be|get|have be) (still )?not ~(translate|localise|localize)(?![\\w'])",
    "(label|tag|sticker|ribbon|banner|pop-?up|popup|prompt|notification|reminder) (\\w+ ){0,6}(never ~?(go ~?away|disappear)|stay forever|(will|do) not ~go ~away)",
    // where it sits on the screen: "the chat widget button shows in the wrong corner on mobile"
    "(show|appear|display|sit|be) (up )?(in|on) the wrong (corner|side|position|spot|place on the (screen|page))",
    // a colour that differs from place to place: "the button is green in one process and blue in another"
    "(green|blue|red|grey|gray|orange|yellow|purple|pink|black|white) (in|on) one \\w+ and (\\w+ ){0,2}(in|on) (another|the other)",
    // how an icon reads: "the icon for voicemail looks like a cassette, nobody gets it"
    "(icon|logo|symbol|emoji) (\\w+ ){0,4}look like",
  ),
  cue(
    "wrong",
    // what goes along is left out: "the chatbot no longer passes the customer's order number to the agent"
    "no ~?longer ~?(pass|send|include|transfer|forward|fill in|attach|show) (~?[\\w']+ ){0,4}~?(number|name|id|detail|data|field|history|context|note|tag|address|reference)s?(?![\\w'])",
    // "the error emails arrive with an empty subject line"
    "(arrive|come|come in|be send|go out)s? with (an |a )?(empty|blank|missing) (subject|title|body|sender|header)",
    "drop (the |a |an )?(\\w+ )?(field|address|value|column|line|item|attachment|data|name|email|phone number)s?(?![\\w])",
    // an error waved away, or gone after a restart: "I close it and Excel works", "it prints after restarting"
    "(i|we|they|she|he) (just |simply )?(close|dismiss|ignore|click away|click ok on|click through|click past) (it|that|them|the (\\w+ )?(error|message|popup|pop-up|warning|dialog))(?<!(that|think|feel|say) (i|we|they|she|he) ignore \\w+)",
    "(work|print|open|load|connect|start|run)s? (fine |again |normally )?after (i |we |they )?(click continue|click ok|restart|reboot|close it)",
    // an unhelpful error for a request that fails anyway: "'unknown error' instead of a clear message"
    "instead of (a |an |the )?(clear|helpful|proper|meaningful|useful|readable|specific|real) (error|message|explanation|reason)",
    // in the wrong order, not failing: "the agent list doesn't sort by name anymore"
    "(do |be )?not ~sort(ed)?( ~(by|alphabetically|correctly|properly))?",
    // "the timestamp is one hour in the future": a time shifted, not a failure
    "(a|an|one|two|three|\\d+) (hour|minute|day)s? (in the future|in the past)",
    // "the error message says 'Bad request' without any detail": an unhelpful answer, not a failure
    "without (any |a |more |further )?(detail|explanation|reason|description|context|information|info)(?![\\w'])",
    // "reads Dutch prompts with an English voice"
    "with (a|an) (english|dutch|german|french|spanish|italian|belgian|american|british) (voice|accent|pronunciation)",
    // "prices without the currency sign", "amounts show without the decimal separator"
    "(without|miss|missing|lack|lose) (the |a |an |their |its )?(currency|euro|dollar|pound|percent|plus|decimal|thousand) (sign|symbol|separator|point|mark)",
    // "when I schedule it for 9:00 it shows in the overview as 8:00"
    "(show|display|appear|list) (up )?(in (the|our) \\w+ )?as \\d+(:\\d+)?(?![\\w'])",
    // who speaks a language, not a failure: "connected to the Dutch queue, where nobody speaks English"
    "(nobody|no ~one) ~?(speak|understand) ~?(english|dutch|german|french|spanish|italian|polish|turkish|arabic)",
    // "caller ID is no longer shown on outbound calls": the calls go out, with the wrong number on them
    "(caller id|callerid|caller-id|caller number|sender id|sender name|display name)s? (\\w+ ){0,3}(not|no longer|never|~) ?(show|display|appear|present|come through|send|transmit)",
    // "special characters mangled": the text comes through, garbled
    "(special )?(character|accent|letter|umlaut)s? (\\w+ ){0,2}(mangle|mangled|garble|garbled|corrupt|corrupted|scramble|scrambled)(?![\\w'])",
    // "outbound calls show our number as 'anonymous'": the calls go out, without the number on them
    "(show|display|appear|come through|arrive)s? (\\w+ ){0,3}as (anonymous|unknown|private|hidden|withheld|no caller id)(?![\\w'])",
    // "the API docs example has a JSON syntax error": what the docs say is wrong, nothing fails
    "(doc|documentation|example|sample|guide|spec|reference) … (have|contain) (a |an )?(\\w+ ){0,2}(error|mistake)",
    // one thing shown for another: "agents don't see the customer's name in the pop-up, only the number"
    "not ~see (~\\S+ ){1,9}\\| only (the|a|an|their|its|our|his|her) \\w+",
    // sent, at the wrong moment: "scheduled SMS are sent immediately instead of at the planned time"
    "(immediately|right away|straight away) instead of (at )?the (chosen|scheduled|planned|set) time",
    // words in a heading: "the confirmation page shows 'Error' in the title" (the page works, its title is wrong)
    "(show|say|display|read)s? (\\w+ ){1,2}in (the|its|their|our) (page |browser )?(title|heading|header|subject line|subject|tab)(?![\\w'])",
    // "status callbacks arrive out of order": in the wrong sequence, not broken
    "(arrive|come|come in|deliver|process|send|show|appear|list|display|execute|run|fire|trigger) (\\w+ ){0,2}(out of order|out of sequence|in the wrong order|in (a )?random order)",
  ),
];
