// Shows or hides the findings of each status in "Findings by article". The page is complete without it (printed,
// or opened with scripts off): the filter stays hidden and every finding is shown. It reads only the page itself.
(function () {
  "use strict";
  const filter = document.getElementById("status-filter");
  if (filter) {
    const articles = document.getElementById("articles");
    const apply = function () {
      const shown = new Set();
      filter.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        if (box.checked) {
          shown.add(box.value);
        }
      });
      articles.querySelectorAll(".rule").forEach(function (rule) {
        let visible = 0;
        rule.querySelectorAll("tr[data-status]").forEach(function (row) {
          row.hidden = !shown.has(row.dataset.status);
          visible += row.hidden ? 0 : 1;
        });
        rule.hidden = visible === 0;
      });
      articles.querySelectorAll(".article").forEach(function (article) {
        article.hidden = article.querySelector(".rule:not([hidden])") === null;
      });
    };
    filter.addEventListener("change", apply);
    filter.hidden = false;
  }
  document.documentElement.dataset.script = "ready";
})();
