import { type Cue, cue, type Found } from "./cues.js";
import { isKnownWord } from "./language-model.js";
import { needingWords } from "./needed-words.js";
import type { Scope } from "./scope-cues.js";
import type { AnalysedText } from "./text-analysis.js";

// Who the report is about, read before the general scope cues: the person or team it opens on, or the
// exception it names ("everyone can log in except me").

/**
 * The report opens on one person's device or account, named by their role: "our receptionist's phone
 * doesn't ring, she's missing all incoming calls" is about her calls, not everyone's.
 */
export const ONE_BY_ROLE: readonly Cue<Scope>[] = [
  cue(
    "one",
    // "Help user Kathleen R. with SharePoint access": a request about one person, named
    "^(please )?help (the |our )?(user|colleague|employee|staff member|new hire) [a-z]+",
    "^((hi|hello|hey) (\\| )?)?(our|my|the) (new )?(receptionist|boss|bookkeeper|assistant|manager|ceo|cfo|director|colleague|accountant|secretary|intern|owner|office manager) 's (\\w+ )?(phone|laptop|pc|computer|account|mailbox|outlook|headset|email|screen|printer)",
  ),
];

/**
 * The report opens on one person, named by their role, who cannot do something: "our HR manager can't open
 * any payslips" is her work, not everyone's. Read as written: the lemmas lose the plural ("our managers").
 */
export const ONE_ROLE_AS_SUBJECT: readonly Cue<Scope>[] = [
  cue(
    "one",
    "^((hi|hello|hey|urgent|help|morning|good morning)\\W+)?(our|my|the) (\\w+ )?(receptionist|boss|bookkeeper|assistant|manager|ceo|cfo|director|accountant|secretary|intern|owner|clerk|controller|colleague|coworker|co-worker|teammate) (can't|cannot|can not|isn't able|is unable|doesn't|does not|won't)",
  ),
];

/**
 * The report opens on one agent or user, whatever happens to them: "One of our agents' headset cuts out on
 * every call" is that agent's calls. Not one who passes it on ("One user reported that nobody can log
 * in"), nor one the report outgrows ("One user can't approve. Update: it's every approver").
 */
export const ONE_AS_SUBJECT: readonly Cue<Scope>[] = [
  cue(
    "one",
    "^((hi|hello|hey|morning|good morning) (\\| )?)?(only )?(one|a single) (of (our|my|the) )?(\\d+ )?(\\w+ )?(agent|user|colleague|employee|staff member|operator|supervisor|nurse|driver|cashier|teacher|person)(?!( \\S+){0,6} (report|notice|tell|say|flag|mention|spot|find|discover)(?![\\w']))(?!.*(update|actually|turn out|now it be|(everyone|the other|other) (too|as well)))",
  ),
];

/**
 * The report opens on a department that cannot do something: "accounts can't open Sage" is that team's
 * work, not everyone's. Read as written: the lemmas turn "accounts" into "account".
 */
export const TEAM_AS_SUBJECT: readonly Cue<Scope>[] = [
  // "Bob in accounts can't log on": one person, named by first name and team
  cue(
    "one",
    "^((hi|hello|hey)\\W+)?(?!(everyone|everybody|nobody|noone|people|staff|users|all|most|some|many|several|half|the|our|my)\\b)[a-z]+ (in|from) (accounts|accounting|finance|sales|hr|marketing|legal|reception|dispatch|the warehouse|the office|support|payroll) (can't|cannot|can not|isn't able|is unable|doesn't|does not|won't|has no|lost)",
  ),
  cue(
    "some",
    // "the whole sales team gets 'mailbox full' errors": all of that team, still one team
    "^((hi|hello|hey)\\W+)?(the |our )?(whole |entire )?(accounts|accounting|finance|hr|sales|marketing|legal|warehouse|payroll|dispatch|reception|front desk|back office)( team| department| dept| office| staff| people)? (can't|cannot|can not|are unable|is unable|aren't able|isn't able|don't|doesn't|won't|have no|has no|lost|gets?|sees?|keeps? getting)",
  ),
];

/**
 * The writer's colleagues meet it too, said after the report of one of them: "Quoting one of our agents:
 * ... The others in the team say the same". Read as written (the lemmas lose the plural: "my colleague
 * has the same" is one more), before who the report opens on.
 */
export const OTHERS_SAY_THE_SAME: readonly Cue<Scope>[] = [
  cue(
    "everyone",
    "(?<!\\b(if|whether) )\\b(the (others|rest)( of the \\w+)?|others in (the|my|our) (team|office|department|shift)|(my|our) (other )?(colleagues|coworkers|co-workers|teammates)) (say|report|see|have|get|confirm|notice|are (seeing|getting|having)) the same\\b",
  ),
];

export const EXCEPTED: readonly Cue<Scope>[] = [
  // "the VPN works for most people but the warehouse PCs can't connect": the rest are affected
  cue(
    "some",
    "!(work|be fine|be ok|be okay) for (most|nearly all|almost all) (people|user|of us|staff|agent|employee|colleague)",
  ),
  // "the Wi-Fi is down on the second floor only": one part of the premises
  cue("some", "(on|at|in) the (\\w+ )?(floor|wing|building|room|site|office|warehouse) only"),
  cue(
    "one",
    "except (for )?(me|him|her|one|a single)",
    // "nobody but me gets the sound twice", "no one apart from her": the one named
    "(nobody|no ~one|noone) (\\| )?(but|except|~apart ~from|~other ~than) (for )?~?(me|him|her)(?![\\w'])",
    // "one agent's softphone rings twice for every call": the person, not every call
    "(one|a single) (user|agent|person|colleague|employee|supervisor|engineer|technician|driver|nurse|doctor|teacher|rep) 's",
    // "one agent gets every chat notification twice": what happens to one person, every time
    "(one|a single) (user|agent|person|colleague|employee|supervisor) \\w+ every",
    "one of (my|our|the) (\\d+ )?(user|agent|colleague|employee|supervisor)s? (\\w+ ){1,3}every",
  ),
  // "the finance team's shared file won't open for anyone": anyone in that team
  cue("some", "(the|our) (?!(whole|entire) )\\w+ team 's"),
  // "the shared drive is gone for the finance team, they can't open any of their files": who it fails for
  cue("some", "for the (?!(whole|entire|rest) )\\w+ team(?! 's)"),
  // "for me and two colleagues": the writer and a few more, not the writer alone
  cue(
    "some",
    "(me|i) and (\\w+ )?(two|three|four|five|a few|some|several|\\d+|a couple of) (other )?(colleague|coworker|co-worker|people|others?|of my)",
  ),
  // "I can't log in, and neither can my 4 colleagues", "same for the rest of the team": the writer's
  // colleagues, all of them, beside the writer
  cue(
    "everyone",
    "(neither|nor) ~?(can|could|do|be|have|will) (~?any ~?of )?~?(my|our|the) (~?\\d+ )?(~?other )?~?(colleague|coworker|co-worker|teammate|team|staff|people|user|agent)s?(?![\\w'])",
    "same (for|with) (the rest of )?(my|our|the) (\\d+ )?(team|colleague|coworker|co-worker|teammate)s?(?![\\w'])",
    // "my colleagues can't either", "my colleagues neither", "My colleagues too."
    "(my|our) (\\d+ )?(other )?(colleague|coworker|co-worker|teammate)s? ((~?can|can not|~?do|do not|~?be|be not|have|have not) (~?\\w+ ){0,3})?~?(neither|either|too|as well)(?![\\w'])",
  ),
  // "no one can connect to the presenter in the boardroom": the people in one room
  // "one of the PCs in the training room won't start": one device of several
  cue(
    "one",
    "one of (the|our) (\\w+ ){0,2}(pc|computer|laptop|screen|monitor|printer|phone|tablet|scanner|workstation)s? (in|at|on) the",
  ),
  cue("some", "in the (boardroom|board room|meeting room|conference room|training room)"),
  // "the shared PCs in the lab": the machines of one room
  cue(
    "some",
    "(pc|computer|laptop|machine|workstation)s? (in|at|on) the (\\w+ )?(lab|classroom|library|reception|warehouse|training room|workshop)",
  ),
];

/** "our team lead can't export": one person, read as written (the lemmas lose the plural). */
export const ONE_NAMED: readonly Cue<Scope>[] = [
  cue("one", "(our|my) (team lead|supervisor|manager|admin|administrator|receptionist|boss)(?![\\w'])"),
  // "our accounts payable clerk's Sage won't open": one person's, whatever the role
  cue(
    "one",
    "(our|my) (\\w+ ){0,2}(team lead|supervisor|manager|admin|administrator|receptionist|boss|clerk|assistant|bookkeeper|accountant|secretary|nurse|intern|controller|director)'s",
  ),
];

/** What one person cannot do, or what happens to them: "Sanne can't log in", "Pieter hears an echo". */
const PERSON_VERB =
  "(?:can't|cannot|can not|still can't|is unable to|isn't able to|is not able to) (?:log|sign|get|access|see|hear|open|make|receive|send|use|answer|call|login|find|download|upload|print|type|reply|chat|work)|(?:doesn't|does not) (?:get|receive|see|hear|have)|has no|hears|gets logged|keeps getting|is locked|is logged";
const GREETING = "(?:(?:hi|hello|hey|good morning|morning|urgent|help)\\W+)?";
const NAMED_PERSON = needingWords(
  new RegExp(`^${GREETING}([A-Z][a-z]{2,})(?:'s account)? (?:${PERSON_VERB})\\b`, "i"),
);
const EMAIL_ADDRESS = needingWords(
  new RegExp(
    `^${GREETING}(?:(?:the )?(?:user|agent|account) )?[\\w.+-]+@[\\w.-]+ (?:${PERSON_VERB})\\b`,
    "i",
  ),
);

/**
 * The report opens on one person, by first name or email address: "Sanne can't log in to the inbox",
 * "j.devries@acme.nl can't log in". A first name is a word the English model does not know, written
 * with a capital: "Nobody can log in" and "Voice can't connect" are not people.
 */
export function onePersonNamed(text: AnalysedText): Found<Scope> | undefined {
  const address = EMAIL_ADDRESS.exec(text.raw);
  if (address !== null) return { value: "one", evidence: address[0].trim() };
  const named = NAMED_PERSON.exec(text.raw);
  const name = named?.[1];
  if (named === null || name === undefined) return undefined;
  const written = text.words.find((word) => word.value.toLowerCase() === name)?.value ?? "";
  if (!/^[A-Z][a-z]+$/.test(written) || isKnownWord(name)) return undefined;
  return { value: "one", evidence: named[0].trim() };
}
