import { describe, expect, it } from "vitest";
import { leads } from "./access";

const lotte = { id: "lotte", leadsTeamIds: ["werk"], organisationId: "org" };

describe("who leads whom", () => {
  it("lets a leidinggevende act for members of the teams they lead", () => {
    expect(leads(lotte, { id: "anna", teamId: "werk", organisationId: "org" })).toBe(true);
  });
  it("refuses other teams, people without a team, other organisations and themselves", () => {
    expect(leads(lotte, { id: "chris", teamId: "inkomen", organisationId: "org" })).toBe(false);
    expect(leads(lotte, { id: "rik", teamId: null, organisationId: "org" })).toBe(false);
    expect(leads(lotte, { id: "x", teamId: "werk", organisationId: "andere-gemeente" })).toBe(false);
    expect(leads(lotte, { id: "lotte", teamId: "werk", organisationId: "org" })).toBe(false);
    expect(leads({ ...lotte, leadsTeamIds: [] }, { id: "anna", teamId: "werk", organisationId: "org" })).toBe(false);
  });
});
