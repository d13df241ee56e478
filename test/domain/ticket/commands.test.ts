import { describe, expect, it } from "vitest";
import { InvalidCommandError, parseCommand } from "../../../src/domain/ticket/commands.js";

describe("parseCommand", () => {
  it.each([
    ["help", { name: "help" }],
    ["", { name: "help" }],
    ["new Our checkout page returns 500", { name: "new", text: "Our checkout page returns 500" }],
    ["claim T-1042", { name: "claim", ticket: "T-1042" }],
    ["CLAIM t-7", { name: "claim", ticket: "T-7" }],
    ["claim #0042", { name: "claim", ticket: "T-42" }],
    ["claim", { name: "claim", ticket: undefined }],
    ["unclaim", { name: "unclaim", ticket: undefined }],
    ["assign T-5 @U1234", { name: "assign", ticket: "T-5", user: "U1234" }],
    ["assign @29:1a2B-c3", { name: "assign", ticket: undefined, user: "29:1a2B-c3" }],
    ["assign @alex.smith", { name: "assign", ticket: undefined, user: "alex.smith" }],
    [
      "priority T-5 P1 whole region down",
      { name: "priority", ticket: "T-5", level: "P1", reason: "whole region down" },
    ],
    ["priority P3", { name: "priority", ticket: undefined, level: "P3", reason: "" }],
    ["status T-9", { name: "status", ticket: "T-9" }],
    ["list", { name: "list", filter: "open" }],
    ["list mine", { name: "list", filter: "mine" }],
    ["list breaching", { name: "list", filter: "breaching" }],
    ["list Acme Corp", { name: "list", filter: { customer: "Acme Corp" } }],
    ["reply T-3 Looking into it now", { name: "reply", ticket: "T-3", text: "Looking into it now" }],
    ["note suspect the DNS change", { name: "note", ticket: undefined, text: "suspect the DNS change" }],
    [
      "update T-3 Fix deployed, monitoring",
      { name: "update", ticket: "T-3", text: "Fix deployed, monitoring" },
    ],
    ["resolve T-3 restarted the worker", { name: "resolve", ticket: "T-3", note: "restarted the worker" }],
    ["resolve", { name: "resolve", ticket: undefined, note: "" }],
    ["close T-3", { name: "close", ticket: "T-3" }],
    ["reopen", { name: "reopen", ticket: undefined }],
    ["link T-3 T-4", { name: "link", ticket: "T-3", other: "T-4" }],
    ["oncall", { name: "oncall", action: "show" }],
    ["oncall set @U999", { name: "oncall", action: "set", user: "U999" }],
    ["oncall set @sam for 8h", { name: "oncall", action: "set", user: "sam", hours: 8 }],
    ["oncall clear", { name: "oncall", action: "clear" }],
  ])("%j", (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });

  it.each([
    ["frobnicate T-1", /"frobnicate" is not a command/],
    ["new", /say what happened\. Usage: new <what happened>/],
    ["claim T-1 now", /unexpected "now"\. Usage: claim \[T-n\]/],
    ["assign T-1", /name one user/],
    ["assign T-1 alex bob", /name one user/],
    ["priority T-1", /name the new level/],
    ["reply T-1", /write the text/],
    ["link T-1", /name two tickets/],
    ["link T-1 T-1", /cannot be linked to itself/],
    ["oncall set", /name one user/],
    ["oncall rotate", /"rotate" is not show, set or clear/],
    ["oncall set @sam for ever", /for 8h/],
    ["oncall set @sam for 0h", /for 8h/],
  ])("%j is refused with its usage", (input, message) => {
    expect(() => parseCommand(input)).toThrow(InvalidCommandError);
    expect(() => parseCommand(input)).toThrow(message);
  });
});

describe("free text after a command", () => {
  it("is kept as written, line breaks and spacing included", () => {
    expect(parseCommand("update T-3 Failing over.\n\nNext update  at 10:30")).toEqual({
      name: "update",
      ticket: "T-3",
      text: "Failing over.\n\nNext update  at 10:30",
    });
    expect(parseCommand("reply  first line\nsecond")).toEqual({
      name: "reply",
      ticket: undefined,
      text: "first line\nsecond",
    });
    expect(parseCommand("priority T-1 P2 customer confirmed:\nonly one user")).toMatchObject({
      level: "P2",
      reason: "customer confirmed:\nonly one user",
    });
    expect(parseCommand("new Exports fail\nsince 9:00")).toEqual({
      name: "new",
      text: "Exports fail\nsince 9:00",
    });
    expect(parseCommand("resolve T-2 fixed in 4.2\nthanks")).toMatchObject({ note: "fixed in 4.2\nthanks" });
  });
});
