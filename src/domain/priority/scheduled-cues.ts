import { type Cue, cue } from "./cues.js";

/** "May" is left out: "may" is mostly the verb. */
// and their short forms, but "mar" and "may" (words of their own)
export const MONTHS =
  "january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec";

/**
 * A task to schedule at a later date: a date, a week or an occasion ahead, a new starter to set up, work
 * for a quiet time. One of the kinds of request in request-cues.ts, kept apart for its size.
 */
export const SCHEDULED: Cue<"scheduled"> = cue(
  "scheduled",
  // "please schedule the upgrade", not "no one can schedule a campaign"
  // nor "when I schedule an SMS for tomorrow, it shows 8:00": the client using the scheduler
  "!schedule (the|a|an|our)(?<!(when|if|whenever|once|after) (i|we|you|they|someone|an agent|agent) (\\w+ )?schedule (the|a|an|our))",
  "please schedule",
  // "We would like to request that the migration of our file server be scheduled for January"
  "(request|ask|propose|suggest) that (\\w+ ){1,10}be (schedule|plan|carry out|do|perform) (for|in|on|during|over)",
  // "please plan the network and phones for that day"
  "(please|can you|could you) plan",
  "plan(ning)? (to|a|an|the|our) (upgrade|migrat\\w*|move|change|update|install|rollout|deployment|firmware|maintenance)",
  "plan to",
  "!plan (the|a|an|our) … (upgrade|migration|move|rollout|change|update|install|installation)",
  "!in q[1-4]",
  "!plan (the|a|an|our) … (setup|set up|deployment|rollout)",
  // "from 1 January", "as of the 3rd of March"
  `!(in|from|by|as of) (the )?(\\d{1,2}(st|nd|rd|th)? (of )?)?(${MONTHS})`,
  "book a (date|time|slot)",
  // "could we book an engineer to move our server rack on the 18th?": a visit to plan, not a question
  "(book|arrange) (an|a) (engineer|technician|site visit|visit)(?! (\\w+ ){0,6}(asap|urgently|today|now|right away|immediately))",
  // "upgrade all PCs during the christmas break, can you plan it?": work for a quiet time ahead
  "(can|could) you (please )?(plan|schedule|book) (it|this|that|them)",
  "(during|over|in) the (christmas|summer|winter|easter|holiday|school|half-term) (break|holiday|shutdown|closure)",
  "(would|\\'d) like to (upgrade|migrate|replace|roll out|install|move) (all|our|the|every)",
  // not when the writer is away ("I'm on holiday next week"), nor what the client only weighs ("we're
  // thinking about upgrading next year", "for the budget review next month"), will do itself ("We'll do
  // it ourselves next week"), or how long it may wait ("Happy to wait till next week")
  "(?<!(away|holiday|vacation|leave|off|out|travel|travelling) )(?<!(think|consider|wonder) (about )?(\\w+ ){0,3})(?<!(for|in) (our |the )?(planning|budget|budgeting|forecast|roadmap) ((review|meeting|round|discussion) )?)(?<!(ourself|ourselves|myself|themselves|themself) )(?<!wait (till|until|for) )next (week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)",
  "some weekend",
  // "please disable Tom's account on his last day, Friday 28th"
  "on (his|her|their|my) (last|first) day",
  // "sometime this summer", "at some point next year"
  "(sometime|some time|at some point) (this|next|in the|in|during the) (summer|spring|autumn|fall|winter|year|quarter|month)",
  // not the one who asks: "our new starter asks which browser we recommend"
  "new (hire|starter|user|employee|joiner)(?! (ask|wonder|want to know|say|tell|mention|report|complain)(?![\\w']))",
  "set up (her|his|their|a new|new|an account)",
  // not what a failure stops: "HR can't onboard the 12 new people starting Monday"
  "!onboard",
  "(start|join)(ing)? on (monday|tuesday|wednesday|thursday|friday)",
  // "a guest wifi for the event on the 14th", "everything ready before the 1st": a date ahead
  `for (the|our|an|a) (event|party|conference|offsite|training|fair|workshop|webinar|trade show|open day) on (the \\d+([snrt][tdh])?|\\d+ (${MONTHS})|(${MONTHS}) \\d+)`,
  // "she moves on Monday the 14th": a weekday and its date, ahead
  "on (monday|tuesday|wednesday|thursday|friday|saturday|sunday) the \\d+[snrt][tdh]",
  "(before|by) the \\d+[snrt][tdh](?! of (last|this))",
  // work asked for a date ahead: "after the 31st", "in week 12", "on Friday evening", "during the next
  // maintenance weekend", "any time in the next two months", "who start 1 March"
  // not a place: "we print from the 2nd floor meanwhile"
  "(after|from) the \\d+[snrt][tdh](?! of (last|this))(?! (floor|level|storey|story|row|line|desk|room|office|building|shelf|step|page|column|item|option|queue|number|printer|one)(?![\\w']))",
  "in week \\d+",
  // "we're moving desks on the 20th", "we move office on the 3rd", "when we relocate on the 20th": a move
  // on a day ahead; not "since we relocated on the 2nd"
  "(?<!(since|after) )(be|we) (move|relocate) ((\\w+ ){0,2}(desk|office|floor|building|site|premises|team)s? )?on the \\d+[snrt][tdh](?! of (last|this))",
  "(some ?time|any ?time) (this|next) (week|month|quarter)",
  // not when the client does its way around it: "HR corrects the balance by hand at the end of the month"
  "(?<!(by hand|manually|ourselves|themselves|herself|himself) )(by|before|after|at) the end of (the |this |next )?(week|month|quarter|year)",
  // "please patch the servers this Saturday night as planned"
  "(?<!(after|since|with) (the |our |your |a |last )?)(install|upgrade|replace|set up|move|migrate|prepare|patch) (\\w+ ){0,12}(on|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (evening|night|morning|afternoon)",
  // "during the maintenance window on Saturday", "in our next change window"
  "(during|in) (the|our|your|a) (next |coming |planned |agreed |weekly |monthly )?(maintenance|service|change) (weekend|window|slot)",
  "any time in the next (\\w+ )?(week|month)",
  "(start|join) (on )?\\d+ (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*",
  // "for the 3 interns who start on the 15th of january"
  "(start|join) (on )?the \\d+[snrt][tdh]",
);
