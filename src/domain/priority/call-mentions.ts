// How a message names calls, and what only looks like them: the client's phone lines read as Voice
// wherever they are named for what people call about, and calls that are not Voice's. Read by
// contract-terms.ts before it counts the products that fail.

import { needingWords } from "./needed-words.js";

/** Requests to an API are not Voice's calls: "our SMS API calls return 'service unavailable'". */
export const API_CALLS = needingWords(/\b(?:api|http|https|rest|webhook|endpoint) calls?\b/gi);

/** A channel the client hears about it on, which works: "customers tell us by phone they've written". */
export const TOLD_BY = needingWords(
  /\b(?:tell|tells|told|inform|informs|informed|let|lets|warn|warns|warned)(?: \w+)? (?:us|me) (?:by|via|over) (?:the )?(?:phone|telephone|email|e-mail|mail)\b/gi,
);

/** What callers leave on a voicemail, not messaging: "customers leave messages, nobody receives them". */
export const LEFT_ON_VOICEMAIL = needingWords(
  /\b(?:leave|leaves|left|leaving)(?: (?:us|them|you|a|their|the))? (?:voice ?mails?|voice messages?|messages?)\b/gi,
);

/**
 * A line people call, whatever it is named for: "the ones who call the rebooking line get cut off", "can't
 * get the fraud line", "The ticket office line gives an error tone", "customers can't ring the depot".
 * Read as the phone line it is (Voice); not "the bottom line is", "the subject line says".
 */
export const CALLED_LINE = needingWords(
  /\b(?:call|calls|calling|called|ring|rings|ringing|rang|phone|phones|phoning|dial|dials|dialling|dialing|get|gets|getting|reach|reaches|reaching|through to)\s+(?:the|our|your|their)\s+(?:[\w-]+\s+){0,2}line\b|\b(?:the|our|their)\s+(?!(?:bottom|front|finish|product|command|subject|first|second|third|time|dead|red|top)\s)(?:[\w-]+\s+){1,2}line(?=\s+(?:gives|plays|rings|drops|cuts|hangs|goes|is|has|says|just|keeps|won't|doesn't|does not|isn't|returns|fails))|\b(?:can't|cannot|can not|couldn't|unable to)\s+(?:ring|phone|dial)\s+(?:us|the|our)\b/gi,
);

/**
 * A call the client's customers cannot make, to whomever: "Our gym members can't call the front desk",
 * "Patients can't ring the hospital switchboard". The client's phone lines, read as Voice; not a call
 * placed through an API ("can't call the API"), nor the client unable to call someone back.
 */
export const CANNOT_CALL = needingWords(
  /\b(?<!\b(?:we|i)\s)(?:can't|cannot|can not|couldn't|unable to)\s+(?:call|ring|phone)\s+(?:the|our)\s+(?!(?:api|apis|endpoint|webhooks?|function|method|script)\b)[\w-]+(?:\s+[\w-]+)?/gi,
);

/**
 * What becomes of a call, told by who makes it: "Residents calling about bin collections can't get
 * through", "when they ring the customer service number it just goes dead", "Customers ringing about their
 * broadband get cut off at the menu", "who ring to book get a recorded message that we're closed" (not
 * "closed on Sundays", the hours it keeps). A call and how it fails, in one clause, is the client's phone line
 * failing whatever the line is named for; the outcome alone is not a call ("the upload gets cut off"), and
 * neither is what callers only tell of ("customers calling us say their texts get dropped"). "Phone" is a
 * call only after who makes it: "when they phone the surgery they're cut off", not "the phone app".
 */
export const FAILED_CALL = needingWords(
  /\b(?:call|calls|calling|ring|rings|ringing|rang|phoning|phoned|(?<=\b(?:when|if|they|we|customers|people|patients|to)\s)phone|dial|dials|dialling|dialing|dialled|dialed|callers?)\b(?:\s+(?!(?:say|says|said|saying|tell|tells|told|telling|report|reports|reported|complain|complains|complained|that|because|but)\b)[\w'-]+){0,8}?\s+(?:(?:can't|cannot|can not|couldn't|could not|unable to|don't|do not|doesn't|does not|never|aren't|isn't|are not|is not|not)\s+(?:(?:get|gets|getting|be|being|been)\s+)?(?:through|put through|connected)|(?:(?:is|are|get|gets|getting|got|being|been|keep getting)\s+)?(?:cut off|disconnected|dropped|hung up on)|(?:goes|go|going|went)\s+(?:dead|silent|quiet)|dead (?:line|tone)|(?:hear|hears|hearing|get|gets|getting)\s+(?:silence|nothing|dead air|an? (?:error|dead|engaged|busy) tone)|(?:recorded|automated) error|(?:a |the )?recorded (?:message|announcement) (?:that|saying)(?: [\w']+){1,3} closed(?! (?:on|at|over|outside|after|before|for|from|until|till|between|every)\b))\b/gi,
);

/**
 * The same told the other way round: "our members can't get through when they call the helpdesk", "they
 * hear nothing when they ring us", "it rings once and hangs up", "can't get through on the box office
 * number". Not the client failing to reach someone: "we can't get through when we call your support desk".
 */
export const FAILS_WHEN_CALLED = needingWords(
  /\b(?:(?:can't|cannot|can not|couldn't|could not|unable to)\s+get\s+through|(?:hear|hears|get|gets)\s+(?:nothing|silence|cut off|disconnected|dropped))\s+(?:when|if|whenever)\s+(?:they|customers|people|anyone|callers?|clients|patients|members|guests|residents)\s+(?:call|ring|phone|dial|try to call|try to ring)\b|\brings?\s+(?:once|twice|a few times|briefly)\s+(?:and|then)\s+(?:hangs up|cuts off|goes dead|drops|disconnects)\b|\b(?:can't|cannot|can not|couldn't|could not|unable to)\s+get\s+through\s+(?:on|to)\s+(?:the|our|their)\s+(?:[\w-]+\s+){0,3}?(?:number|line)\b/gi,
);

/** The clause with calls named as Voice's phone line, and with what only looks like a call named as what it is. */
export function withCallsAsVoice(clause: string): string {
  return clause
    .replace(API_CALLS, " requests")
    .replace(TOLD_BY, " ")
    .replace(LEFT_ON_VOICEMAIL, " voicemail")
    .replace(CALLED_LINE, " phone line")
    .replace(CANNOT_CALL, "$& phone line")
    .replace(FAILED_CALL, "$& phone line")
    .replace(FAILS_WHEN_CALLED, "$& phone line");
}
