// The search page: Pagefind's JavaScript API behind markup that `digest build` writes in the
// site's language (digest/search_page.py), drawn with Material's own styles. The index lives
// in <site>/pagefind/ (written by `digest site`); a query loads only the fragments it needs.
// The query can come from the address, cerca/?q=Haftar, and is kept there as one types, so
// the back button returns to the same results.
//
// Everything from the index is put on the page as text (textContent, text nodes, <mark>
// elements we create): article text is hostile input, and nothing of it is parsed as HTML.
// Pagefind's highlighting is kept: its match positions (`locations`, word indices into the
// content) choose the passage and say which words to mark.
(() => {
  "use strict";
  const form = document.getElementById("digest-search");
  if (!form) return;
  const labels = JSON.parse(form.dataset.labels);
  const input = form.elements.q;
  const clear = form.querySelector(".digest-search__clear");
  const types = form.querySelector(".digest-search__types");
  const status = document.getElementById("digest-search-status");
  const list = document.getElementById("digest-search-results");
  const hint = document.getElementById("digest-search-hint");
  const more = document.getElementById("digest-search-more");
  const bundle = new URL(form.dataset.bundle, document.baseURI);
  const site = new URL("../", bundle);

  const PAGE = 10; // results shown at once, then "more"
  const PASSAGE = 30; // words of an article's passage, Pagefind's own excerpt length
  const CONTEXT = 6; // words kept before the first match, so a passage starts in context
  const DEBOUNCE = 250; // ms after the last key before searching
  // Pagefind's own word boundaries (its build_excerpt): `locations` index these words.
  const WORDS = /[\r\n\s]+/g;

  let pagefind = null;
  let searchId = 0;
  let pending = [];
  let timer = 0;

  form.hidden = false;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));
  }

  // The index holds text escaped as HTML (digest/search.py): "&lt;" back to "<" here, and
  // the words then go on the page as text, never as markup.
  function unescape(word) {
    return word.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function words(text) {
    const out = text.split(WORDS).map(unescape);
    return out.length && out[0] === "" ? out.slice(1) : out;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Words joined by spaces; those whose index is in `marked` highlighted, without the
  // punctuation Pagefind's words carry along ("Haftar," marks "Haftar").
  function appendWords(parent, wordList, marked) {
    let run = "";
    wordList.forEach((word, index) => {
      if (index > 0) run += " ";
      const parts = marked.has(index) && /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(word);
      if (parts && parts[2]) {
        parent.append(run + parts[1], element("mark", "", parts[2]));
        run = parts[3];
      } else {
        run += word;
      }
    });
    if (run) parent.append(run);
  }

  // How many of the content's first words are the title's: the content starts with them
  // (digest/search.py), and they are shown as the heading, not again in the passage.
  // An inferred title drops the sentence's closing punctuation and may end in "…".
  function titleLength(title, content) {
    const head = words(title.replace(/…$/, ""));
    const last = head.length - 1;
    const match = head.every((word, i) =>
      i < last ? content[i] === word : (content[i] || "").startsWith(word),
    );
    return match ? head.length : 0;
  }

  // After a title made from the lead's first sentence (most of its words are there), where
  // that sentence ends; otherwise `skip` itself.
  function leadEnd(title, content, skip) {
    let end = skip;
    while (end < content.length && !endsSentence(content[end])) end++;
    end = Math.min(content.length, end + 1);
    const bare = (word) => word.toLowerCase().replace(/^\p{P}+|\p{P}+$/gu, "");
    const sentence = new Set(content.slice(skip, end).map(bare));
    const head = words(title.replace(/…$/, "")).map(bare);
    const shared = head.filter((word) => sentence.has(word)).length;
    return head.length && shared >= 0.8 * head.length ? end : skip;
  }

  function endsSentence(word) {
    return /[.!?…]["”»’)]*$/.test(word);
  }

  // The article's passage: PASSAGE words after the title. It simply continues the title
  // when that shows the first match with some words after it; otherwise it is the window
  // with the most matches, starting a little before them (at a sentence start when one is
  // close). With no match in the text (the title, date or place matched), the text that
  // follows the title.
  //
  // `lead`: where the text after the title's own sentence starts. A title made from the
  // lead (its main clause, without the apposition) says most of that sentence already: the
  // passage comes from the text after it, unless only that sentence holds a match.
  function passage(content, locations, skip, lead) {
    const sorted = locations.slice().sort((a, b) => a - b);
    let base = lead;
    let after = sorted.filter((l) => l >= lead);
    if (!after.length && sorted.some((l) => l >= skip && l < lead)) {
      base = skip;
      after = sorted.filter((l) => l >= skip);
    }
    const last = Math.max(base, content.length - PASSAGE);
    const inWindow = (from) => after.filter((l) => l >= from && l < from + PASSAGE).length;
    let start = base;
    if (after.length && after[0] >= base + PASSAGE - CONTEXT) {
      let best = -1;
      for (const location of after) {
        const from = Math.min(Math.max(base, location - CONTEXT), last);
        const count = inWindow(from);
        if (count > best) [best, start] = [count, from];
      }
      const first = after.find((l) => l >= start);
      for (let i = first - 1; i > start; i--) {
        if (endsSentence(content[i - 1])) {
          start = i;
          break;
        }
      }
    }
    // End at a sentence's end when one is close, past the last match shown.
    let end = Math.min(content.length, start + PASSAGE);
    const lastMatch = Math.max(start, ...after.filter((l) => l < end));
    for (let i = end - 1; i >= Math.max(lastMatch, end - CONTEXT); i--) {
      if (endsSentence(content[i])) {
        end = i + 1;
        break;
      }
    }
    return { start, end };
  }

  // `cut`: the title is the text's opening words, cut short ("…"), so a passage starting
  // right after it continues a sentence; after any other title it starts a paragraph.
  function appendPassage(parent, content, locations, skip, cut, lead) {
    const { start, end } = passage(content, locations, skip, lead);
    if (start >= end) return;
    const paragraph = element("p", "digest-search__passage");
    const midSentence = start > 0 && !endsSentence(content[start - 1]);
    if (midSentence && (start > skip || cut)) paragraph.append("… ");
    const marked = new Set(locations.filter((l) => l >= start && l < end).map((l) => l - start));
    appendWords(paragraph, content.slice(start, end), marked);
    if (end < content.length && !endsSentence(content[end - 1])) paragraph.append(" …");
    parent.append(paragraph);
  }

  function metaLine(parts) {
    const line = element("p", "digest-search__meta");
    line.textContent = parts.filter(Boolean).join(" · ");
    return line;
  }

  function first(values) {
    return Array.isArray(values) && values.length ? String(values[0]) : "";
  }

  function articleCount(n) {
    return n === 1 ? labels.article_one : format(labels.article_many, { n });
  }

  function render(data) {
    const meta = data.meta || {};
    const filters = data.filters || {};
    const content = words(data.content || "");
    const locations = data.locations || [];
    const title = meta.title || data.url;
    const skip = titleLength(title, content);

    const item = element("li", "digest-search__result");
    const heading = element("h2", "digest-search__title");
    const link = element("a");
    link.href = data.url;
    appendWords(link, words(title), new Set(locations.filter((l) => l < skip)));
    heading.append(link);
    item.append(heading);

    if (first(filters.type) === "actor") {
      const kind = labels[`kind_${first(filters.kind)}`];
      const count = Number.parseInt(first(filters.articles), 10);
      item.append(metaLine([kind, Number.isNaN(count) ? "" : articleCount(count)]));
      if (meta.description) {
        // The description follows the name in the content: its matches are marked there.
        const description = words(meta.description);
        const marked = new Set(
          locations
            .filter((l) => l >= skip && l < skip + description.length)
            .map((l) => l - skip),
        );
        const paragraph = element("p", "digest-search__passage");
        appendWords(paragraph, description, marked);
        item.append(paragraph);
      }
    } else {
      item.append(metaLine([meta.date, meta.place]));
      appendPassage(item, content, locations, skip, title.endsWith("…"), leadEnd(title, content, skip));
    }
    return item;
  }

  function sameSite(url) {
    try {
      return new URL(url, document.baseURI).origin === window.location.origin;
    } catch {
      return false;
    }
  }

  async function showMore(id, focusFirst) {
    const batch = pending.splice(0, PAGE);
    const found = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return;
    const items = found.filter((data) => sameSite(data.url)).map(render);
    list.append(...items);
    more.hidden = pending.length === 0;
    // After "more", move on to the first new result rather than leave focus on a button
    // that may have just disappeared.
    if (focusFirst && items.length) items[0].querySelector("a").focus();
  }

  function setCounts(search) {
    const totals = (search.totalFilters && search.totalFilters.type) || {};
    for (const count of types.querySelectorAll(".digest-search__count")) {
      const value = count.dataset.type;
      count.textContent = value ? totals[value] || 0 : search.unfilteredResultCount;
    }
  }

  function keepInAddress(query) {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }

  async function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(async (api) => {
        await api.options({ basePath: bundle.pathname, baseUrl: site.pathname });
        await api.init();
        // Loads the filters, so each search can count its results by type.
        await api.filters();
        return api;
      });
    }
    return pagefind;
  }

  function unavailable() {
    status.textContent = labels.search_unavailable;
    input.disabled = true;
  }

  async function search() {
    const id = ++searchId;
    const query = input.value.trim();
    clear.hidden = input.value === "";
    keepInAddress(query);
    if (!query) {
      pending = [];
      list.replaceChildren();
      status.textContent = "";
      types.hidden = hint.hidden = more.hidden = true;
      return;
    }
    const type = form.elements.type.value;
    let api;
    try {
      api = await load();
    } catch {
      unavailable();
      return;
    }
    list.setAttribute("aria-busy", "true");
    let found;
    try {
      found = await api.search(query, { filters: type ? { type: [type] } : {} });
    } catch {
      unavailable();
      return;
    } finally {
      if (id === searchId) list.removeAttribute("aria-busy");
    }
    if (id !== searchId || !found) return;
    pending = found.results.slice();
    list.replaceChildren();
    const n = found.results.length;
    status.textContent = format(
      n === 0
        ? labels.search_no_results
        : n === 1
          ? labels.search_results_one
          : labels.search_results_many,
      { n, query },
    );
    types.hidden = found.unfilteredResultCount === 0;
    setCounts(found);
    hint.hidden = n > 0;
    more.hidden = true;
    await showMore(id, false);
  }

  function later() {
    clear.hidden = input.value === "";
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE);
  }

  input.addEventListener("input", later);
  form.addEventListener("change", (event) => {
    if (event.target.name === "type") search();
  });
  // Enter searches at once; the form never leaves the page.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  form.addEventListener("reset", () => {
    // After the browser has emptied the box and checked "all" again.
    setTimeout(() => {
      search();
      input.focus();
    });
  });
  more.addEventListener("click", () => showMore(searchId, true));

  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    search();
  } else {
    // Fetch the index's entry and stemmer while the reader types the first word.
    load().catch(unavailable);
  }
})();
