// medmine bed board: polls /api/v1/census with the token the user gives (the dashboard's, kept in the tab's session
// storage) and draws each unit's beds. Holds no data of its own and uses no network beyond this server; text is
// inserted as textContent only, never parsed as markup.
"use strict";

const TOKEN_KEY = "medmine.token";
const POLL_MS = 5000;
let timer = null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

async function census() {
  const response = await fetch("/api/v1/census", {
    headers: { "Authorization": "Bearer " + sessionStorage.getItem(TOKEN_KEY) }
  });
  const body = await response.json();
  if (!response.ok) throw new Error(response.status + ": " + (body.error || "request failed"));
  return body;
}

function tile(label, value) {
  const t = el("div", null, "tile");
  t.append(el("div", value, "value"), el("div", label, "label"));
  return t;
}

function percent(x) {
  return x === null || x === undefined ? "-" : Math.round(100 * x) + "%";
}

function bed(p) {
  const b = el("div", null, "bed occupied");
  b.append(el("div", [p.room, p.bed].filter(x => x).join("-") || "(no bed)", "place"));
  b.append(el("div", p.name ? p.name : p.patient, "who"));
  b.append(el("div", p.lengthOfStayHours + " h", "los"));
  return b;
}

function showUnits(doc) {
  const units = document.getElementById("units");
  units.replaceChildren();
  for (const u of doc.units) {
    const card = el("div", null, "unit");
    card.append(el("h3", u.unit + (u.facility ? " (" + u.facility + ")" : "")));
    card.append(el("p", u.patients + " patient(s); beds " + u.occupiedBeds + " of " + u.bedsSeen + " seen, "
      + percent(u.occupancy), "note"));
    const beds = el("div", null, "beds");
    for (const p of doc.patients.filter(p => p.unit === u.unit && p.facility === u.facility)) beds.append(bed(p));
    card.append(beds);
    units.append(card);
  }
}

function showBoarding(doc) {
  const body = document.querySelector("#boarding tbody");
  body.replaceChildren();
  const now = doc.boarding.episodes.filter(e => e.ongoing);
  if (now.length === 0) {
    const tr = el("tr");
    const td = el("td", "Nobody is boarding.");
    td.colSpan = 5;
    tr.append(td);
    body.append(tr);
  }
  for (const e of now) {
    const tr = el("tr");
    for (const v of [e.patient, e.encounter, e.edUnit, e.decision + " (" + e.decisionEvent + ")", e.hours]) {
      tr.append(el("td", v));
    }
    body.append(tr);
  }
}

function show(doc) {
  document.getElementById("summary").replaceChildren(
    tile("in beds", doc.inHouse),
    tile("arrivals, last 24 h", doc.flow.arrivalsLast24h),
    tile("departures, last 24 h", doc.flow.departuresLast24h),
    tile("boarding now", doc.boarding.boardingNow),
    tile("median boarding (h)", doc.boarding.median ?? "-"));
  document.getElementById("as-of").textContent = "Census at " + doc.asOf + " (" + doc.asOfFrom + "); role "
    + doc.run.role + "; read at " + new Date().toISOString() + ".";
  showUnits(doc);
  showBoarding(doc);
}

async function poll() {
  try {
    show(await census());
    document.getElementById("status").textContent = "";
  } catch (e) {
    document.getElementById("status").textContent = e.message;
  }
  timer = setTimeout(poll, POLL_MS);
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("login").addEventListener("submit", ev => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById("token").value);
    if (timer) clearTimeout(timer);
    poll();
  });
  if (sessionStorage.getItem(TOKEN_KEY)) poll();
});
