// datareach report: sorting, filtering and the matrix metric. No network, no
// eval, no innerHTML: everything shown is already in the page as text.
(function () {
  "use strict";

  function cellValue(td) {
    var v = td.getAttribute("data-v");
    if (v !== null && v !== "" && !isNaN(Number(v))) return { n: Number(v) };
    return { s: (td.textContent || "").trim().toLowerCase() };
  }

  function sortTable(th) {
    var table = th.closest("table");
    var body = table.tBodies[0];
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a.cells[idx]), y = cellValue(b.cells[idx]);
      var r;
      if (x.n !== undefined && y.n !== undefined) r = x.n - y.n;
      else r = String(x.s !== undefined ? x.s : x.n).localeCompare(String(y.s !== undefined ? y.s : y.n));
      return asc ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  document.querySelectorAll("th.sortable").forEach(function (th) {
    th.addEventListener("click", function () { sortTable(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortTable(th); } });
  });

  var filter = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var items = document.querySelectorAll("[data-filterable]");
  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (el) {
      var hit = q === "" || (el.textContent || "").toLowerCase().indexOf(q) !== -1;
      el.hidden = !hit;
      if (hit) shown++;
    });
    count.textContent = q === "" ? "" : shown + " of " + items.length + " shown";
  }
  if (filter) filter.addEventListener("input", applyFilter);

  var metric = document.getElementById("metric");
  function colour(td, v, max) {
    if (!v) { td.style.background = ""; td.style.color = ""; return; }
    var a = 0.15 + 0.75 * Math.log(1 + v) / Math.log(1 + Math.max(max, 1));
    td.style.background = "rgba(192,57,43," + a.toFixed(3) + ")";
    td.style.color = a > 0.55 ? "#fff" : "";
  }
  function applyMetric() {
    var m = metric.value;
    var cells = document.querySelectorAll("#matrix-table td.cell");
    var max = 0;
    cells.forEach(function (td) { max = Math.max(max, Number(td.getAttribute("data-" + m)) || 0); });
    cells.forEach(function (td) {
      var v = Number(td.getAttribute("data-" + m)) || 0;
      td.textContent = v ? String(v) : "";
      td.setAttribute("data-v", String(v));
      colour(td, v, max);
    });
  }
  if (metric) metric.addEventListener("change", applyMetric);
})();
