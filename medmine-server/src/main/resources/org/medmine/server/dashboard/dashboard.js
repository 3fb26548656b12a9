// medmine dashboard: reads the API with the token the user gives; holds no data of its own, uses no network
// beyond this server. Text is inserted as textContent only, never parsed as markup, so no value from the data runs;
// the one exception is the scan's map, an SVG image the server draws (its text escaped), parsed as XML, stripped
// of any script and imported as SVG nodes (the page's Content-Security-Policy forbids inline scripts besides).
"use strict";

const TOKEN_KEY = "medmine.token";
const SECTIONS = ["stats", "quality", "surveillance", "scan", "forecast", "census", "spc", "rules", "segments", "fraud"];

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function request(path) {
  return fetch("/api/v1/" + path, {
    headers: { "Authorization": "Bearer " + sessionStorage.getItem(TOKEN_KEY) }
  });
}

async function api(path) {
  const response = await request(path);
  const body = await response.json();
  if (!response.ok) throw new Error(response.status + ": " + (body.error || "request failed"));
  return body;
}

// An SVG image of the API as a node of this page.
async function apiSvg(path) {
  const response = await request(path);
  if (!response.ok) {
    const body = await response.json();
    throw new Error(response.status + ": " + (body.error || "request failed"));
  }
  const image = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement;
  if (image.nodeName !== "svg") throw new Error("The map is not an SVG image.");
  for (const s of image.querySelectorAll("script, foreignObject")) s.remove();
  return document.importNode(image, true);
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

function showClusters(scan) {
  const body = document.querySelector("#clusters tbody");
  body.replaceChildren();
  if (scan.clusters.length === 0) {
    const tr = el("tr");
    const td = el("td", "No significant cluster.");
    td.colSpan = 8;
    tr.append(td);
    body.append(tr);
  }
  for (const c of scan.clusters) {
    const tr = el("tr");
    for (const v of [c.rank, c.centre, c.firstWeek + ".." + c.lastWeek, c.observed, c.expected, c.relativeRisk,
      c.pValue, c.regions.join(" ")]) tr.append(el("td", v));
    body.append(tr);
  }
}

async function loadScan() {
  const note = document.getElementById("scan-status");
  note.textContent = "Scanning...";
  try {
    const [scan, map] = await Promise.all([api("scan"), apiSvg("scan/map")]);
    document.getElementById("scan-map").replaceChildren(map);
    showClusters(scan);
    note.textContent = scan.method + " of " + scan.regions.length + " regions, " + scan.firstWeek + " to "
      + scan.lastWeek + ": " + scan.clusters.length + " significant cluster(s).";
  } catch (e) {
    note.textContent = e.message;
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
    loadScan();
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
