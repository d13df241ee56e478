import { chatAdapterContract } from "../../contracts/chat-adapter.contract.js";
import { slackDriver } from "../../support/slack-driver.js";

chatAdapterContract("Slack, HTTP Events API", () => slackDriver("http"), { receivesRequests: true });
chatAdapterContract("Slack, Socket Mode", () => slackDriver("socket"), { receivesRequests: false });
