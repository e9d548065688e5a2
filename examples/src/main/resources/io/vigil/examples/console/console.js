// The console's own script (no inline script anywhere: the CSP forbids it).
// A filter applies as soon as one of its choices changes; its button stays for keyboards and no-script.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (select.tagName === "SELECT" && select.form && select.form.classList.contains("filters")) {
    select.form.requestSubmit();
  }
});
