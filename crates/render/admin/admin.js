// The admin's progressive parts: the editor's live preview, the type-ahead over its long
// checkbox lists and its featured-image picker and upload. Every page works without this file; it only saves a round trip.
//
// (Embedded beside the templates and loaded as one by AdminViews, so it must not contain the
// template language's opening braces.)
(function () {
  "use strict";

  // Live preview: the body goes to the server, which renders and sanitises it exactly as a save
  // would, and the pane shows the answer. Debounced so typing does not send a request per key.
  var body = document.getElementById("body");
  var pane = document.getElementById("preview-pane");
  var form = body && body.form;
  if (body && pane && form) {
    var format = form.querySelector("[name=body_format]");
    var csrf = form.querySelector("[name=csrf]");
    var timer = null;
    var sent = 0;
    var refresh = function () {
      var ticket = ++sent;
      var data = new URLSearchParams();
      data.set("csrf", csrf.value);
      data.set("body", body.value);
      data.set("body_format", format ? format.value : "markdown");
      pane.setAttribute("aria-busy", "true");
      fetch("/admin/articles/preview", {
        method: "POST",
        body: data,
        credentials: "same-origin",
      })
        .then(function (res) {
          return res.ok ? res.text() : Promise.reject(res.status);
        })
        .then(function (html) {
          // An older answer arriving late must not replace a newer one.
          if (ticket === sent) {
            pane.innerHTML = html;
            pane.removeAttribute("aria-busy");
          }
        })
        .catch(function () {
          pane.removeAttribute("aria-busy");
        });
    };
    var later = function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    };
    body.addEventListener("input", later);
    if (format) format.addEventListener("change", refresh);
  }

  // Type-ahead over the taxonomy lists: a filter box narrows the choices to those whose name
  // contains what is typed (the chosen ones stay, at the top where the server put them), says
  // how many are shown, and Enter takes the only match left. The chosen ones are also shown as
  // chips above the box, each with a button to remove it.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    if (!list) return;
    var shown = document.getElementById(input.getAttribute("aria-describedby"));
    var none = list.querySelector(".none-match");
    var labels = Array.prototype.slice.call(list.querySelectorAll("label"));
    var nameOf = function (label) {
      return label.textContent.replace(/\s+/g, " ").trim();
    };
    var visibleUnchosen = function () {
      return labels.filter(function (label) {
        var box = label.querySelector("input");
        return !label.hidden && box && !box.checked;
      });
    };
    var narrow = function () {
      var q = input.value.trim().toLowerCase();
      var count = 0;
      labels.forEach(function (label) {
        var box = label.querySelector("input");
        var match = !q || nameOf(label).toLowerCase().indexOf(q) >= 0;
        label.hidden = !(match || (box && box.checked));
        if (match) count++;
      });
      if (none) none.hidden = !q || count > 0;
      if (shown) shown.textContent = q ? count + " of " + labels.length + " match" : "";
    };
    input.hidden = false;
    input.addEventListener("input", narrow);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        // Enter in the box would submit the whole form; here it takes the only match.
        event.preventDefault();
        var left = visibleUnchosen();
        if (input.value.trim() && left.length === 1) {
          var box = left[0].querySelector("input");
          box.checked = true;
          box.dispatchEvent(new Event("change", { bubbles: true }));
        }
      } else if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        narrow();
      }
    });
    // Once a choice is made from a narrowed list, the box is ready for the next one.
    list.addEventListener("change", function () {
      if (!input.value) return;
      input.value = "";
      narrow();
      input.focus();
    });
  });

  document.querySelectorAll("[data-chips]").forEach(function (chips) {
    var list = document.getElementById(chips.getAttribute("data-chips"));
    if (!list) return;
    var render = function () {
      chips.textContent = "";
      list.querySelectorAll("input:checked").forEach(function (box) {
        var name = box.parentNode.textContent.replace(/\s+/g, " ").trim();
        var chip = document.createElement("li");
        chip.appendChild(document.createTextNode(name));
        var remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "×";
        remove.setAttribute("aria-label", "Remove " + name);
        remove.addEventListener("click", function () {
          box.checked = false;
          box.dispatchEvent(new Event("change", { bubbles: true }));
          var filter = document.querySelector("[data-filter='" + list.id + "']");
          if (filter) filter.focus();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
      chips.hidden = !chips.firstChild;
    };
    list.addEventListener("change", render);
    render();
  });

  // The featured image: choosing one of the library's latest uploads fills the fields in place
  // (without this script the same buttons post the form back with the image in it), and a file
  // chosen here is uploaded to the media library, which answers with the address to use.
  var imageSrc = document.getElementById("image_src");
  var imageAlt = document.getElementById("image_alt");
  var thumb = document.getElementById("image-thumb");
  var placeholder = document.getElementById("image-placeholder");
  var thumbCaption = document.getElementById("image-thumb-caption");
  var picks = document.getElementById("image-picks");
  var picker = document.getElementById("image-picker");
  var fileInput = document.getElementById("image_file");
  var status = document.getElementById("image-upload-status");
  if (imageSrc && thumb && placeholder) {
    var isOwn = function (url) {
      return url.charAt(0) === "/" && url.charAt(1) !== "/";
    };
    var showImage = function (url, small) {
      if (url && isOwn(url)) {
        thumb.removeAttribute("srcset");
        thumb.src = small || url;
        thumb.hidden = false;
        placeholder.hidden = true;
        thumbCaption.textContent = "Shown at the top of the article";
      } else {
        thumb.hidden = true;
        thumb.removeAttribute("src");
        placeholder.hidden = false;
        placeholder.textContent = url
          ? "An image from another site; the admin does not load it."
          : "No image yet";
        thumbCaption.textContent = url || "Upload one or choose from the library";
      }
    };
    var markChosen = function () {
      if (!picks) return;
      picks.querySelectorAll("button").forEach(function (b) {
        b.setAttribute("aria-pressed", b.value === imageSrc.value ? "true" : "false");
      });
    };
    var say = function (text, kind) {
      if (!status) return;
      status.textContent = text;
      status.className = "upload-status" + (kind ? " " + kind : "");
      if (kind === "error") status.setAttribute("role", "alert");
      else status.removeAttribute("role");
    };
    var use = function (src, small, alt) {
      imageSrc.value = src;
      if (!imageAlt.value.trim() && alt) imageAlt.value = alt;
      imageAlt.removeAttribute("aria-invalid");
      showImage(src, small);
      markChosen();
    };
    imageSrc.addEventListener("change", function () {
      showImage(imageSrc.value.trim());
      markChosen();
    });
    if (picks) {
      picks.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) return;
        event.preventDefault();
        use(button.value, button.getAttribute("data-thumb"), button.getAttribute("data-alt"));
        say("Image chosen; press Save to keep it.", "done");
      });
    }
    var addPick = function (answer) {
      if (!picks) return;
      var known = Array.prototype.some.call(picks.querySelectorAll("button"), function (b) {
        return b.value === answer.src;
      });
      if (known) return;
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "submit";
      button.name = "pick_image";
      button.value = answer.src;
      button.title = answer.alt;
      button.setAttribute("data-thumb", answer.thumb);
      button.setAttribute("data-alt", answer.alt);
      var img = document.createElement("img");
      img.src = answer.thumb;
      img.alt = "";
      var name = document.createElement("span");
      name.className = "pick-name";
      name.textContent = answer.alt;
      button.appendChild(img);
      button.appendChild(name);
      item.appendChild(button);
      picks.insertBefore(item, picks.firstChild);
      if (picker) picker.hidden = false;
      var count = document.getElementById("image-picker-count");
      if (count && !answer.deduplicated) {
        var total = (parseInt(count.getAttribute("data-total"), 10) || 0) + 1;
        count.setAttribute("data-total", String(total));
        count.textContent = total + (total === 1 ? " image" : " images");
      }
    };

    var pending = null;
    var upload = function (file) {
      var csrf = imageSrc.form.querySelector("[name=csrf]");
      var data = new FormData();
      data.append("csrf", csrf ? csrf.value : "");
      data.append("alt", imageAlt.value);
      data.append("file", file, file.name);
      pending = null;
      say("Uploading " + file.name + "…", "busy");
      fetch("/admin/media/upload", {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (res) {
          return res.json().then(
            function (answer) {
              return { ok: res.ok, answer: answer };
            },
            function () {
              return { ok: false, answer: { error: "the server answered " + res.status } };
            }
          );
        })
        .then(function (got) {
          var answer = got.answer;
          if (got.ok && answer.src) {
            use(answer.src, answer.thumb, answer.alt);
            addPick(answer);
            markChosen();
            say(
              (answer.deduplicated ? "This image was in the library already; " : "Uploaded; ") +
                "it is in the form. Press Save to keep it.",
              "done"
            );
          } else if (answer.field === "alt") {
            // The library keeps a description with every image: ask for it, then carry on.
            pending = file;
            imageAlt.setAttribute("aria-invalid", "true");
            imageAlt.focus();
            say("Describe the image first: " + answer.error + ". The upload continues once you have.", "error");
          } else {
            say("Not uploaded: " + (answer.error || "the upload failed") + ".", "error");
          }
        })
        .catch(function () {
          say("Not uploaded: the server could not be reached.", "error");
        })
        .then(function () {
          fileInput.value = "";
        });
    };
    if (fileInput && status) {
      document.getElementById("image-upload").hidden = false;
      var libraryLink = document.getElementById("image-library-link");
      if (libraryLink) libraryLink.textContent = "Open the media library";
      fileInput.addEventListener("change", function () {
        if (fileInput.files && fileInput.files[0]) upload(fileInput.files[0]);
      });
      imageAlt.addEventListener("change", function () {
        if (pending && imageAlt.value.trim()) upload(pending);
      });
    }
  }

  // The chosen-count beside each list's heading.
  document.querySelectorAll("[data-count]").forEach(function (out) {
    var list = document.getElementById(out.getAttribute("data-count"));
    if (!list) return;
    var update = function () {
      var n = list.querySelectorAll("input:checked").length;
      out.textContent = n ? n + " chosen" : "";
    };
    list.addEventListener("change", update);
    update();
  });

  // Buttons that cannot be undone ask first.
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
  // Ctrl+S (Cmd+S on a Mac) saves the page's form, as the Save button does, instead of
  // offering to save the page as a file.
  var save = document.getElementById("save");
  if (save && save.form) {
    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save.form.requestSubmit(save);
      }
    });
  }
})();
