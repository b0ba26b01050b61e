// Pagefind's search UI on the search page. The index lives in <site>/pagefind/, written by
// `digest site` (or `digest build --search`); each page of results loads only the index
// fragments it needs. The query can come from the address: cerca/?q=Haftar.
(function () {
  var element = document.getElementById("digest-search");
  if (!element) return;
  var bundle = new URL(element.dataset.bundle, document.baseURI);
  var site = new URL("../", bundle);
  function missing() {
    element.textContent =
      "L'indice di ricerca non c'è: il sito è stato costruito senza `digest site`.";
  }
  var script = document.createElement("script");
  script.src = new URL("pagefind-ui.js", bundle).href;
  script.onerror = missing;
  script.onload = function () {
    var ui = new PagefindUI({
      element: "#digest-search",
      bundlePath: bundle.pathname,
      baseUrl: site.pathname,
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      autofocus: true,
    });
    // Pagefind's box has only a placeholder: tie it to the page's visible label.
    var input = element.querySelector("input");
    if (input) input.id = "digest-search-input";
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  };
  document.head.appendChild(script);
})();
