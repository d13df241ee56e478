// What a client adds after the report, each left out where a report comes before it: where to read more,
// a sign-off with the writer's name, a question whether a workaround or a restart would do, "that is
// all", a bug template's "Expected: … Actual: see above". Their words would read as the report's ("our
// status page" as other customers affected, "regards" or "now" tipping the wording layer); a message
// that is only such a question keeps it.

import { needingWords } from "./needed-words.js";

export function withoutWordsAfterTheReport(text: string): string {
  return text
    .replace(MORE_LINKED, " ")
    .replace(SIGN_OFF, (signOff, offset: number, whole: string) =>
      REPORT_BEFORE.test(whole.slice(0, offset)) ? "" : signOff,
    )
    .replace(WAY_AROUND_ASKED, (question, offset: number, whole: string) =>
      REPORT_BEFORE.test(whole.slice(0, offset)) ? " " : question,
    )
    .replace(NOTHING_MORE, (closing, offset: number, whole: string) =>
      REPORT_BEFORE.test(whole.slice(0, offset)) ? " " : closing,
    )
    .replace(EXPECTED_SEE_ABOVE, (template, offset: number, whole: string) =>
      REPORT_BEFORE.test(whole.slice(0, offset)) ? " " : template,
    );
}

/**
 * A bug template whose actual result points back at the report: "Expected: it works. Actual: see above."
 * What was expected is how it should work, not a report of its own ("it works" read as something working).
 */
const EXPECTED_SEE_ABOVE = needingWords(
  /(?<=(?:^|[.!?\n])\s*)expected(?: result| behaviou?r)?:[^.!?\n]{1,80}[.!]?\s*actual(?: result| behaviou?r)?:\s*(?:see|as|like) (?:above|below|described(?: above)?)\s*[.!]*(?=\s|$)/giu,
);

/**
 * "That is all for now.", "That's all from us.", "Nothing else.": the report has ended. A whole sentence:
 * "Nothing else is affected" says what still works.
 */
const NOTHING_MORE = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:that(?:'s| is) (?:all|it)|nothing (?:else|more))(?: for (?:now|today)| from (?:me|us|our side))?\s*(?:[.!]+(?=\s|$)|(?=\n|$))/giu,
);

/**
 * Where to read more, as a sentence of its own: "More on our side: see <https://status.example.com|our
 * status page>.", "Details: https://…", "See <https://…|the incident doc> for context."
 */
const MORE_LINKED = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:more(?: info(?:rmation)?| details?)?(?: (?:on|from) our (?:side|end))?|(?:full |more )?(?:details?|info(?:rmation)?|context|log|logs|timeline))?:?\s*(?:see|in|at|on|here)?:?\s*(?:<[^>\n]+>|https?:\/\/\S+)(?: for (?:more |the |further )?(?:details?|info(?:rmation)?|context))?\s*(?:[.!]+|(?=\n|$))/giu,
);

/** "With kind regards,\nJ. de Vries", "Best,\nAnna": the closing line, and the name under it, ending the message. */
const SIGN_OFF = needingWords(
  /(?<=^|\n)[ \t]*(?:(?:with )?(?:(?:kind|best|warm|warmest) )?regards|best wishes|best|cheers|many thanks|thanks|thank you|sincerely|yours sincerely|yours truly)[ \t]*,?[ \t]*(?:\n[^\n]{1,40})?\s*$/i,
);

/**
 * Whether a workaround or a restart would do, asked as a sentence of its own: "Is there a workaround we
 * can use in the meantime?", "Would a restart help?". Not reported: nothing in it fails.
 */
const WAY_AROUND_ASKED = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:is there (?:a|any) (?:workaround|work-around|work around|way around it|temporary (?:fix|solution))[^.!?\n]{0,60}\?|(?:would|will|could|should) (?:a |an )?(?:restart|reboot|reinstall|refresh|new login|logging out and in)(?: (?:of|on) [^.!?\n]{1,30})? help\??)/giu,
);

/** At least a few words before: the report the rest follows, or the reply above a quoted mail. */
export const REPORT_BEFORE = needingWords(/(?:\p{L}+\W+){3}/u);
