// Organisations end to end against the database: invitations (link and CSV), consent and leaving, the
// manager's report and its downloads, hand-over, and deletion leaving no trace.
import { and, eq, getTableName, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";
import { emailOutbox, organisationInvitations, organisationMembers, organisations, statsDaily } from "@/db/schema";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import {
  answerInvitation,
  createInvitationLink,
  findEmailedInvitations,
  findInvitation,
  inviteByCsv,
  revokeInvitation,
} from "@/lib/organisations/invitations";
import {
  createOrganisation,
  deleteOrganisation,
  leaveOrganisation,
  removeMember,
  transferOrganisation,
} from "@/lib/organisations/organisations";
import { getTeamReport } from "@/lib/organisations/report";
import { getTeamReportResponse } from "@/lib/organisations/report-response";
import { INVITATION_TTL_MS } from "@/lib/organisations/rules";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { exportUserData } from "@/lib/privacy/export-data";
import { answersFor, createLearner, submit, validateTrack } from "../support/factories";
import { openSession, presentSession, resetRequest } from "../support/next-request-mock";
import { lastEmailTo, tokenFrom } from "../support/outbox";
import { extractPdfText } from "../support/pdf-text";

const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => v instanceof PgTable);

async function teamWithManager(name = "Festival des Lumières") {
  const manager = await createLearner({ track: "professional", firstName: "Odile", lastName: "Organisatrice" });
  const org = await createOrganisation(manager, { name, kind: "event" });
  if (!org) throw new Error("organisation not created");
  return { manager, org };
}

async function joinByLink(managerOrg: Awaited<ReturnType<typeof teamWithManager>>, firstName: string) {
  const member = await createLearner({ firstName, lastName: "Membre" });
  const token = await createInvitationLink(managerOrg.manager, managerOrg.org.id);
  expect((await answerInvitation(member, token!, "join")).state).toBe("usable");
  return member;
}

describe("creating an organisation", () => {
  it("is for the professional track only, and makes its creator the manager", async () => {
    const learner = await createLearner({ track: "public" });
    expect(await createOrganisation(learner, { name: "Mairie", kind: "commune" })).toBeNull();
    const { manager, org } = await teamWithManager();
    const [row] = await db.select().from(organisationMembers).where(eq(organisationMembers.organisationId, org.id));
    expect(row).toMatchObject({ userId: manager.id, role: "manager" });
  });
});

describe("invitation links", () => {
  it("store only a hash, serve many people, and say clearly why they cannot be used", async () => {
    const team = await teamWithManager();
    const token = (await createInvitationLink(team.manager, team.org.id))!;
    const dump = JSON.stringify(await db.select().from(organisationInvitations));
    expect(dump).not.toContain(token);
    const a = await createLearner();
    const b = await createLearner();
    expect((await answerInvitation(a, token, "join")).state).toBe("usable");
    expect((await answerInvitation(b, token, "join")).state).toBe("usable");
    expect((await answerInvitation(a, token, "join")).state).toBe("alreadyMember");
    expect((await findInvitation(token, a))?.state).toBe("alreadyMember");
    const c = await createLearner();
    const later = new Date(Date.now() + INVITATION_TTL_MS + 1000);
    expect((await answerInvitation(c, token, "join", later)).state).toBe("expired");
    const [inv] = await db
      .select()
      .from(organisationInvitations)
      .where(eq(organisationInvitations.organisationId, team.org.id));
    expect(await revokeInvitation(c, team.org.id, inv!.id)).toBe(false); // not a manager
    expect(await revokeInvitation(team.manager, team.org.id, inv!.id)).toBe(true);
    expect((await answerInvitation(c, token, "join")).state).toBe("revoked");
    expect((await answerInvitation(c, "x".repeat(43), "join")).state).toBe("unknown");
    expect(await createInvitationLink(a, team.org.id)).toBeNull(); // a member cannot invite
  });
});

describe("CSV invitations", () => {
  it("invite the good lines, list the bad ones, and never send twice", async () => {
    const team = await teamWithManager();
    const csv = "email\nanne@example.org\nnot-an-email\nBOB@example.org\nanne@example.org\ncarole@example.org\n";
    const first = await inviteByCsv(team.manager, team.org.id, csv, "fr");
    expect(first).toEqual({
      ok: true,
      invited: ["anne@example.org", "bob@example.org", "carole@example.org"],
      alreadyInvited: [],
      rejected: [
        { line: 3, value: "not-an-email", reason: "invalidEmail" },
        { line: 5, value: "anne@example.org", reason: "duplicate" },
      ],
    });
    const second = await inviteByCsv(team.manager, team.org.id, "anne@example.org\ndavid@example.org", "fr");
    expect(second).toMatchObject({ ok: true, invited: ["david@example.org"], alreadyInvited: ["anne@example.org"] });
    const sent = await db
      .select({ to: emailOutbox.toAddress, invitationId: emailOutbox.invitationId, template: emailOutbox.template })
      .from(emailOutbox)
      .where(eq(emailOutbox.template, "organisationInvitation"));
    const mine = sent.filter((e) => /^(anne|bob|carole|david)@example\.org$/.test(e.to));
    expect(mine.map((e) => e.to).sort()).toEqual([
      "anne@example.org",
      "bob@example.org",
      "carole@example.org",
      "david@example.org",
    ]);
    expect(mine.every((e) => e.invitationId !== null)).toBe(true);
  });

  it("are refused to anyone but a manager, and throttled per organisation", async () => {
    const team = await teamWithManager();
    const member = await joinByLink(team, "Marc");
    expect(await inviteByCsv(member, team.org.id, "x@example.org", "fr")).toEqual({ ok: false, error: "forbidden" });
    for (let i = 0; i < 3; i++)
      expect((await inviteByCsv(team.manager, team.org.id, `p${i}@example.org`, "fr")).ok).toBe(true);
    expect(await inviteByCsv(team.manager, team.org.id, "p9@example.org", "fr")).toEqual({
      ok: false,
      error: "rateLimited",
    });
  });

  it("an emailed invitation is answered once: declined, it cannot then be used to join", async () => {
    const team = await teamWithManager();
    await inviteByCsv(team.manager, team.org.id, "eve@example.org", "en");
    const mail = await lastEmailTo("eve@example.org");
    expect(mail?.subject).toBe("Invitation to join Festival des Lumières on Vigie");
    const token = tokenFrom(mail?.links.find((l) => l.includes("/organisations/join/")));
    const eve = await createLearner();
    expect((await answerInvitation(eve, token!, "decline")).state).toBe("usable");
    expect((await answerInvitation(eve, token!, "join")).state).toBe("answered");
    expect((await getTeamReport(team.manager, team.org.id))?.rows.map((r) => r.userId)).toEqual([team.manager.id]);
  });

  it("tell the manager where each emailed invitation stands, a refusal included, and nothing more", async () => {
    const team = await teamWithManager();
    const csv = "jo@example.org\nlea@example.org\nmax@example.org\nned@example.org\nola@example.org";
    await inviteByCsv(team.manager, team.org.id, csv, "fr");
    await createInvitationLink(team.manager, team.org.id); // a link is not listed: it has no address
    const answer = async (address: string, how: "join" | "decline") => {
      const token = tokenFrom((await lastEmailTo(address))?.links.find((l) => l.includes("/organisations/join/")));
      const learner = await createLearner({ email: address, firstName: "Secret", lastName: "Person" });
      expect((await answerInvitation(learner, token!, how)).state).toBe("usable");
      return learner;
    };
    const jo = await answer("jo@example.org", "join");
    await answer("lea@example.org", "decline");
    const [max] = await db
      .select()
      .from(organisationInvitations)
      .where(eq(organisationInvitations.email, "max@example.org"));
    expect(await revokeInvitation(team.manager, team.org.id, max!.id)).toBe(true);
    await db
      .update(organisationInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(organisationInvitations.email, "ned@example.org"));
    const statuses = await findEmailedInvitations(team.org.id);
    expect(statuses.map(({ email, status }) => ({ email, status }))).toEqual([
      { email: "jo@example.org", status: "joined" },
      { email: "lea@example.org", status: "declined" },
      { email: "max@example.org", status: "revoked" },
      { email: "ned@example.org", status: "expired" },
      { email: "ola@example.org", status: "pending" },
    ]);
    expect(JSON.stringify(statuses)).not.toContain("Secret");
    const [declined] = await db
      .select()
      .from(organisationInvitations)
      .where(eq(organisationInvitations.email, "lea@example.org"));
    expect(declined?.declinedAt).toBeInstanceOf(Date);
    expect(declined?.answeredAt).toEqual(declined?.declinedAt);
    // Invited again after declining: pending again, with a fresh email.
    expect(await inviteByCsv(team.manager, team.org.id, "lea@example.org", "fr")).toMatchObject({
      invited: ["lea@example.org"],
    });
    expect((await findEmailedInvitations(team.org.id)).find((i) => i.email === "lea@example.org")?.status).toBe(
      "pending",
    );
    // Once a member leaves, the manager no longer learns that they had joined.
    expect(await leaveOrganisation(jo.id, team.org.id)).toBe("left");
    expect((await findEmailedInvitations(team.org.id)).map((i) => i.email)).not.toContain("jo@example.org");
  });

  it("an invitation accepted from another address is forgotten when that member leaves, and is in their export", async () => {
    const team = await teamWithManager();
    await inviteByCsv(team.manager, team.org.id, "work.address@example.org", "fr");
    const token = tokenFrom((await lastEmailTo("work.address@example.org"))?.links.find((l) => l.includes("/join/")));
    const sam = await createLearner({ email: "sam.home@example.org" });
    expect((await answerInvitation(sam, token!, "join")).state).toBe("usable");
    expect((await findEmailedInvitations(team.org.id)).map(({ email, status }) => ({ email, status }))).toEqual([
      { email: "work.address@example.org", status: "joined" },
    ]);
    expect((await exportUserData(sam.id))?.organisationInvitations.map((i) => i.email)).toEqual([
      "work.address@example.org",
    ]);
    expect(await leaveOrganisation(sam.id, team.org.id)).toBe("left");
    expect(await findEmailedInvitations(team.org.id)).toEqual([]);
  });

  it("a declined invitation goes when the person who declined deletes their account", async () => {
    const team = await teamWithManager();
    await inviteByCsv(team.manager, team.org.id, "Zoe.Gone@example.org", "fr");
    const token = tokenFrom((await lastEmailTo("zoe.gone@example.org"))?.links.find((l) => l.includes("/join/")));
    const zoe = await createLearner({ email: "Zoe.Gone@example.org" });
    await answerInvitation(zoe, token!, "decline");
    expect((await findEmailedInvitations(team.org.id)).map((i) => i.status)).toEqual(["declined"]);
    expect(await deleteAccount(zoe, "self")).toBe(true);
    expect(await findEmailedInvitations(team.org.id)).toEqual([]);
  });
});

describe("the manager's report", () => {
  it("shows consenting members' name, track, units and certificate date, and nothing to anyone else", async () => {
    const team = await teamWithManager();
    const zoe = await joinByLink(team, "Zoë");
    await validateTrack(zoe);
    await submit(zoe.id, "m1-u1", answersFor("m1-u1", false)); // a failed attempt: never shown
    expect((await issueCertificate(zoe.id, printedName(zoe))).ok).toBe(true);
    const report = await getTeamReport(team.manager, team.org.id);
    const row = report?.rows.find((r) => r.userId === zoe.id);
    expect(Object.keys(row ?? {}).sort()).toEqual(["certificateIssuedAt", "name", "track", "userId", "validatedUnits"]);
    expect(row?.validatedUnits).toEqual(["m1-u1", "m1-u2", "m1-u3", "m1-u4", "m2-u1", "m2-u2", "m2-u3", "m2-u4"]);
    expect(row?.certificateIssuedAt).toBeInstanceOf(Date);
    expect((await getTeamReport(team.manager, team.org.id, { certified: "no" }))?.rows.map((r) => r.userId)).toEqual([
      team.manager.id,
    ]);
    expect(await getTeamReport(zoe, team.org.id)).toBeNull();
    const other = await teamWithManager("Autre");
    expect(await getTeamReport(other.manager, team.org.id)).toBeNull();
  });

  it("downloads as CSV and one-page PDF for a manager only, without a member once they have left", async () => {
    const team = await teamWithManager();
    const zoe = await joinByLink(team, "Zoë");
    const leo = await joinByLink(team, "Léo");
    const url = (format: string) =>
      `http://localhost:3000/api/organisations/${team.org.id}/report?format=${format}&locale=fr`;
    resetRequest();
    presentSession(await openSession(team.manager));
    const csv = await (await getTeamReportResponse(new Request(url("csv")), team.org.id)).text();
    expect(csv).toContain("Zoë Membre");
    expect(csv).toContain("Léo Membre");
    expect(await leaveOrganisation(leo.id, team.org.id)).toBe("left");
    const after = await (await getTeamReportResponse(new Request(url("csv")), team.org.id)).text();
    expect(after).toContain("Zoë Membre");
    expect(after).not.toContain("Léo");
    const pdfResponse = await getTeamReportResponse(new Request(url("pdf")), team.org.id);
    expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
    const text = await extractPdfText(new Uint8Array(await pdfResponse.arrayBuffer()));
    expect(text).toContain("Zoë Membre");
    expect(text).toContain("Festival des Lumières");
    expect(text).not.toContain("Léo");
    presentSession(await openSession(zoe));
    expect((await getTeamReportResponse(new Request(url("csv")), team.org.id)).status).toBe(404);
    presentSession(null);
    expect((await getTeamReportResponse(new Request(url("pdf")), team.org.id)).status).toBe(404);
  });

  it("never includes a member whose leaving has committed, however the two interleave", async () => {
    const team = await teamWithManager();
    // One after another: accounts created in parallel could read each other's half-written outbox files.
    const members = [];
    for (const n of ["A", "B", "C", "D"]) members.push(await joinByLink(team, n));
    for (const member of members) {
      let committed = false;
      const leaving = leaveOrganisation(member.id, team.org.id).then((r) => {
        committed = true;
        return r;
      });
      const reports: Promise<void>[] = [];
      for (let i = 0; i < 5; i++) {
        const startedAfterCommit = committed;
        reports.push(
          getTeamReport(team.manager, team.org.id).then((report) => {
            if (startedAfterCommit) expect(report?.rows.some((r) => r.userId === member.id)).toBe(false);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(await leaving).toBe("left");
      await Promise.all(reports);
      const final = await getTeamReport(team.manager, team.org.id);
      expect(final?.rows.some((r) => r.userId === member.id)).toBe(false);
    }
  });
});

describe("managing members", () => {
  it("a manager removes a member and hands the organisation over; a manager cannot just leave", async () => {
    const team = await teamWithManager();
    const a = await joinByLink(team, "Alice");
    const b = await joinByLink(team, "Bruno");
    expect(await removeMember(a, team.org.id, b.id)).toBe("forbidden");
    expect(await removeMember(team.manager, team.org.id, b.id)).toBe("removed");
    expect(await removeMember(team.manager, team.org.id, b.id)).toBe("notMember");
    expect(await leaveOrganisation(team.manager.id, team.org.id)).toBe("managerMustHandOver");
    expect(await transferOrganisation(a, team.org.id, team.manager.id)).toBe("forbidden");
    expect(await transferOrganisation(team.manager, team.org.id, b.id)).toBe("notMember");
    expect(await transferOrganisation(team.manager, team.org.id, a.id)).toBe("transferred");
    expect(await getTeamReport(team.manager, team.org.id)).toBeNull();
    expect((await getTeamReport(a, team.org.id))?.rows.map((r) => r.userId).sort()).toEqual(
      [a.id, team.manager.id].sort(),
    );
    expect(await leaveOrganisation(team.manager.id, team.org.id)).toBe("left");
  });
});

async function dumpAll(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables)
    out[getTableName(table)] = JSON.stringify(rowsOf(await db.execute(sql`select * from ${table}`)));
  return out;
}

describe("deleting an organisation", () => {
  it("removes every trace of it: memberships, invitations, their emails", async () => {
    const team = await teamWithManager("Marché de Noël d'Ys");
    const member = await joinByLink(team, "Yann");
    await inviteByCsv(team.manager, team.org.id, "ys-invite@example.org", "fr");
    const hashes = (
      await db.select().from(organisationInvitations).where(eq(organisationInvitations.organisationId, team.org.id))
    ).map((i) => i.tokenHash);
    expect(await deleteOrganisation(member, team.org.id)).toBe(false);
    expect(await deleteOrganisation(team.manager, team.org.id)).toBe(true);
    for (const [table, dump] of Object.entries(await dumpAll())) {
      expect(dump.includes(team.org.id), `${table} still holds the organisation id`).toBe(false);
      expect(dump.includes("Marché de Noël"), `${table} still holds its name`).toBe(false);
      expect(dump.includes("ys-invite@example.org"), `${table} still holds an invited address`).toBe(false);
      for (const h of hashes) expect(dump.includes(h), `${table} still holds an invitation`).toBe(false);
    }
  });

  it("emails every other member, in their language, in the deletion's transaction", async () => {
    const team = await teamWithManager("Brocante de Paimpol");
    const fr = await joinByLink(team, "Gwen");
    const en = await createLearner({ locale: "en", firstName: "Rory", email: "rory+refuse-notice@example.org" });
    await answerInvitation(en, (await createInvitationLink(team.manager, team.org.id))!, "join");
    // A member whose notice cannot be recorded (a full disk, a lost connection): nothing is deleted.
    await db.execute(sql`
      create function test_refuse_deleted_notice() returns trigger language plpgsql as $$
      begin
        if new.template = 'organisationDeleted' and new.to_address like '%refuse-notice%' then
          raise exception 'outbox unavailable';
        end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger test_refuse_deleted_notice before insert on email_outbox
      for each row execute function test_refuse_deleted_notice()`);
    try {
      await expect(deleteOrganisation(team.manager, team.org.id)).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger test_refuse_deleted_notice on email_outbox`);
      await db.execute(sql`drop function test_refuse_deleted_notice()`);
    }
    expect(await db.select().from(organisations).where(eq(organisations.id, team.org.id))).toHaveLength(1);
    expect(await noticesTo(fr.email)).toEqual([]);

    expect(await deleteOrganisation(team.manager, team.org.id)).toBe(true);
    const frMail = await lastEmailTo(fr.email);
    expect(frMail?.subject).toBe("Une organisation dont vous étiez membre a été supprimée");
    expect(frMail?.text).toContain("« Brocante de Paimpol »");
    expect(frMail?.text).toContain("Plus rien de votre parcours n'est partagé");
    const enMail = await lastEmailTo(en.email);
    expect(enMail?.subject).toBe("An organisation you belonged to was deleted");
    expect(enMail?.text).toContain("“Brocante de Paimpol”");
    expect(await noticesTo(team.manager.email)).toEqual([]);
    // Recorded for each member (theirs, in their export); the name not kept once delivered.
    expect((await noticesTo(fr.email)).map((n) => n.userId)).toEqual([fr.id]);
    expect(JSON.stringify(await noticesTo(fr.email))).not.toContain("Paimpol");
  });
});

const noticesTo = (address: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.template, "organisationDeleted"), eq(emailOutbox.toAddress, address)));

describe("account deletion and organisations", () => {
  it("a member's deletion removes their membership; a sole manager's deletes the organisation", async () => {
    const team = await teamWithManager("Salle des fêtes de Plouha");
    const member = await joinByLink(team, "Maël");
    expect(await deleteAccount(member, "self")).toBe(true);
    expect(await db.select().from(organisationMembers).where(eq(organisationMembers.userId, member.id))).toEqual([]);
    expect(await db.select().from(organisations).where(eq(organisations.id, team.org.id))).toHaveLength(1);
    const stays = await joinByLink(team, "Soazig");
    expect(await deleteAccount(team.manager, "retention")).toBe(true);
    for (const [table, dump] of Object.entries(await dumpAll()))
      expect(dump.includes(team.org.id), `${table} still holds the organisation`).toBe(false);
    // The remaining member is told, the notice recorded with the deletion.
    expect((await lastEmailTo(stays.email))?.text).toContain("« Salle des fêtes de Plouha »");
    expect((await noticesTo(stays.email)).map((n) => n.userId)).toEqual([stays.id]);
    const stats = await db
      .select()
      .from(statsDaily)
      .where(eq(statsDaily.metric, "organisations_deleted_with_their_manager"));
    expect(stats[0]?.value).toBeGreaterThanOrEqual(1);
  });

  it("an organisation with another manager stays when one manager's account goes", async () => {
    const team = await teamWithManager();
    const other = await createLearner({ track: "professional" });
    const token = await createInvitationLink(team.manager, team.org.id);
    await answerInvitation(other, token!, "join");
    await db
      .update(organisationMembers)
      .set({ role: "manager" })
      .where(and(eq(organisationMembers.organisationId, team.org.id), eq(organisationMembers.userId, other.id)));
    expect(await deleteAccount(team.manager, "self")).toBe(true);
    expect(await db.select().from(organisations).where(eq(organisations.id, team.org.id))).toHaveLength(1);
  });
});
