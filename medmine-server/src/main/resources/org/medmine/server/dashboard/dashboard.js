// medmine dashboard: reads the API with the token the user gives; holds no data of its own, uses no network
// beyond this server. Text is inserted as textContent only, never parsed as markup, so no value from the data runs.
"use strict";

const TOKEN_KEY = "medmine.token";
const SECTIONS = ["stats", "quality", "surveillance", "forecast", "spc", "rules", "segments", "fraud"];

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

async function api(path) {
  const response = await fetch("/api/v1/" + path, {
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

function showStats(stats) {
  const rows = Object.fromEntries(stats.tables.map(t => [t.table, t.rows]));
  const kpis = document.getElementById("kpis");
  kpis.replaceChildren(
    tile("patients", stats.population.patients),
    tile("living", stats.population.living),
    tile("encounters", rows.encounter ?? 0),
    tile("conditions", rows.condition ?? 0),
    tile("observations", rows.observation ?? 0),
    tile("quarantined rows", stats.quarantine ? stats.quarantine.records : "-"));
  const run = stats.run;
  document.getElementById("provenance").textContent = "Warehouse " + stats.warehouse + ", as of "
    + stats.population.asOf + "; patients excluded by consent: " + run.excludedByConsent + "; role " + run.role
    + "; medmine " + run.medmineVersion + ", run at " + run.ranAt + ".";
}

function showAlarms(surveillance) {
  const body = document.querySelector("#alarms tbody");
  const alarms = surveillance.evaluations.filter(r => r.current && r.alarm);
  body.replaceChildren();
  if (alarms.length === 0) {
    const tr = el("tr");
    const td = el("td", "No current alarms.");
    td.colSpan = 6;
    tr.append(td);
    body.append(tr);
  }
  for (const r of alarms) {
    const tr = el("tr");
    for (const v of [r.region, r.period, r.method, r.observed, r.expected, r.threshold]) tr.append(el("td", v));
    body.append(tr);
  }
}

function showLinks() {
  const links = document.getElementById("links");
  links.replaceChildren();
  for (const s of SECTIONS) {
    const li = el("li");
    const a = el("a", "/api/v1/" + s);
    a.href = "#" + s;
    a.addEventListener("click", async ev => {
      ev.preventDefault();
      setStatus("Running " + s + "...");
      try {
        const doc = await api(s);
        const pre = el("pre", JSON.stringify(doc, null, 2));
        li.replaceChildren(a, pre);
        setStatus("");
      } catch (e) {
        setStatus(e.message);
      }
    });
    li.append(a);
    links.append(li);
  }
}

function setStatus(text) {
  document.getElementById("status").textContent = text;
}

async function load() {
  setStatus("Loading...");
  try {
    showStats(await api("stats"));
    showLinks();
    showAlarms(await api("surveillance"));
    setStatus("");
  } catch (e) {
    setStatus(e.message);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("login").addEventListener("submit", ev => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById("token").value);
    load();
  });
  if (sessionStorage.getItem(TOKEN_KEY)) load();
});
