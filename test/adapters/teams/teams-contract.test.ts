import { chatAdapterContract } from "../../contracts/chat-adapter.contract.js";
import { teamsDriver } from "../../support/teams-driver.js";

chatAdapterContract("Teams, Bot Framework activities", () => teamsDriver(), { receivesRequests: true });
