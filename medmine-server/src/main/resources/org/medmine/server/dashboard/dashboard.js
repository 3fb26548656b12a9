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
    linkAlarmedRegions(map, await api("surveillance?region=zip3"));
  } catch (e) {
    note.textContent = e.message;
  }
}

// An SVG element in the namespace of the map the server drew (no address written here: the page names none).
function svgEl(tag, attrs) {
  const e = document.createElementNS(document.querySelector("#scan-map svg").namespaceURI, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

// The map's places (a <title> "REGION: cases") whose ZIP3 series has an alarm become links to that series.
function linkAlarmedRegions(map, regional) {
  const alarmed = new Set(regional.evaluations.filter(r => r.alarm).map(r => r.region));
  for (const place of map.querySelectorAll("circle.place")) {
    const title = place.querySelector("title");
    const region = title ? title.textContent.split(":")[0] : "";
    if (!alarmed.has(region)) continue;
    place.classList.add("alarmed");
    place.setAttribute("data-region", region);
    place.addEventListener("click", () => showSeries(region, regional.evaluations));
  }
}

// One region's weekly counts as bars (alarmed weeks marked) under the threshold line of the first detector
// that alarmed there.
function showSeries(region, evaluations) {
  const all = evaluations.filter(r => r.region === region);
  const method = all.find(r => r.alarm).method;
  const rows = all.filter(r => r.method === method);
  const width = 720, height = 200, pad = 30;
  const top = Math.max(1, ...rows.map(r => Math.max(r.observed, r.threshold ?? 0)));
  const step = (width - 2 * pad) / Math.max(rows.length, 1);
  const y = v => height - pad - (height - 2 * pad) * v / top;
  const chart = svgEl("svg", { "class": "series", viewBox: "0 0 " + width + " " + height, role: "img" });
  chart.append(svgEl("title", {}));
  chart.firstChild.textContent = region + ": " + rows[0].method + ", weekly counts and threshold";
  const line = [];
  rows.forEach((r, i) => {
    const bar = svgEl("rect", { "class": r.alarm ? "bar alarm" : "bar", x: pad + i * step, y: y(r.observed),
      width: Math.max(step - 1, 1), height: y(0) - y(r.observed) });
    bar.append(svgEl("title", {}));
    bar.firstChild.textContent = r.period + ": " + r.observed + (r.alarm ? " (alarm)" : "");
    chart.append(bar);
    if (r.threshold !== null) line.push((pad + (i + 0.5) * step) + "," + y(r.threshold));
  });
  chart.append(svgEl("polyline", { "class": "threshold", points: line.join(" ") }));
  const alarms = rows.filter(r => r.alarm).length;
  document.getElementById("series-title").textContent = "ZIP3 " + region + ": " + rows.length + " weeks ("
    + rows[0].method + "), " + alarms + " alarm(s)";
  document.getElementById("series-chart").replaceChildren(chart);
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

// The answer to a question: how it was understood, the SQL run and the rows; or the clarification asked for.
function showAnswer(answer) {
  const box = document.getElementById("ask-answer");
  if (answer.status !== "answered") {
    const list = el("ul");
    for (const c of answer.clarification.candidates) list.append(el("li", c));
    box.replaceChildren(el("p", "Not answered: " + answer.clarification.reason, "clarification"), list);
    return;
  }
  const understood = el("dl", null, "interpretation");
  for (const [k, v] of Object.entries(answer.interpretation)) {
    understood.append(el("dt", k), el("dd", typeof v === "object" ? JSON.stringify(v) : v));
  }
  const table = el("table", null, "answer");
  const head = el("tr");
  for (const c of answer.columns) head.append(el("th", c));
  const body = el("tbody");
  for (const r of answer.rows) {
    const tr = el("tr");
    for (const v of r) tr.append(el("td", v));
    body.append(tr);
  }
  const thead = el("thead");
  thead.append(head);
  table.append(thead, body);
  box.replaceChildren(understood, el("pre", answer.sql, "sql"), table);
}

async function ask(question) {
  const box = document.getElementById("ask-answer");
  box.replaceChildren(el("p", "Asking..."));
  try {
    showAnswer(await api("ask?q=" + encodeURIComponent(question)));
  } catch (e) {
    box.replaceChildren(el("p", e.message));
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
  document.getElementById("ask-form").addEventListener("submit", ev => {
    ev.preventDefault();
    ask(document.getElementById("question").value);
  });
  if (sessionStorage.getItem(TOKEN_KEY)) load();
});
