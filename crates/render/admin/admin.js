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

  // An image file to the media library, as the upload form would send it; resolves to
  // `{ ok, answer }` with the library's JSON answer (the image's addresses, or the refusal and
  // the field it names).
  var postImage = function (file, alt) {
    var csrf = document.querySelector("input[name=csrf]");
    var data = new FormData();
    data.append("csrf", csrf ? csrf.value : "");
    data.append("alt", alt);
    data.append("file", file, file.name);
    return fetch("/admin/media/upload", {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (res) {
      return res.json().then(
        function (answer) {
          return { ok: res.ok, answer: answer };
        },
        function () {
          return { ok: false, answer: { error: "the server answered " + res.status } };
        }
      );
    });
  };

  // Images in the text: a dialog over the editor offers the latest uploads and an upload of
  // its own, and puts the chosen one at the cursor as Markdown, its caption (and a credit
  // after a |) as the image's title, which the page shows as a figure.
  var mediaDialog = document.getElementById("media-dialog");
  var bodyTools = document.getElementById("body-tools");
  if (body && mediaDialog && bodyTools && typeof mediaDialog.showModal === "function") {
    bodyTools.hidden = false;
    var captionInput = document.getElementById("body-image-caption");
    var bodyAlt = document.getElementById("body-image-alt");
    var bodyFile = document.getElementById("body-image-file");
    var bodyStatus = document.getElementById("body-image-status");
    var insertImage = function (src, alt) {
      var clean = function (text) {
        return String(text || "").replace(/[\[\]\n]/g, " ").trim();
      };
      var caption = clean(captionInput.value).replace(/"/g, "\u201d");
      var markdown = "![" + clean(alt) + "](" + src + (caption ? ' "' + caption + '"' : "") + ")";
      var start = body.selectionStart;
      var before = body.value.slice(0, start);
      var after = body.value.slice(body.selectionEnd);
      // On a line of its own, so it becomes a figure.
      var gap = !before || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
      var block = gap + markdown + "\n\n";
      body.value = before + block + after.replace(/^\n+/, "");
      body.selectionStart = body.selectionEnd = (before + block).length;
      body.dispatchEvent(new Event("input", { bubbles: true }));
      mediaDialog.close();
      captionInput.value = "";
      body.focus();
    };
    document.getElementById("insert-image").addEventListener("click", function () {
      bodyStatus.textContent = "";
      mediaDialog.showModal();
    });
    document.getElementById("media-dialog-close").addEventListener("click", function () {
      mediaDialog.close();
    });
    document.getElementById("body-picks").addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button) insertImage(button.getAttribute("data-src"), button.getAttribute("data-alt"));
    });
    bodyFile.addEventListener("change", function () {
      var file = bodyFile.files && bodyFile.files[0];
      if (!file) return;
      bodyStatus.textContent = "Uploading " + file.name + "…";
      postImage(file, bodyAlt.value)
        .then(function (got) {
          if (got.ok && got.answer.src) insertImage(got.answer.src, got.answer.alt);
          else bodyStatus.textContent = "Not uploaded. " + (got.answer.error || "The upload failed.");
          if (!got.ok && got.answer.field === "alt") bodyAlt.focus();
        })
        .catch(function () {
          bodyStatus.textContent = "Not uploaded: the server could not be reached.";
        })
        .then(function () {
          bodyFile.value = "";
        });
    });
  }

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
      pending = null;
      say("Uploading " + file.name + "…", "busy");
      postImage(file, imageAlt.value)
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
            // The server's refusals are whole sentences, from the admin's catalogue.
            say(answer.error + " The upload continues once you have.", "error");
          } else {
            say("Not uploaded. " + (answer.error || "The upload failed."), "error");
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
  // Nothing typed is lost. A few seconds after a change the editor keeps the form on the server
  // as the article's pending changes (a new article becomes a draft once it has a title); the
  // next Save or Update carries them, and reopening the editor brings them back. Leaving with
  // changes not yet kept asks first. The media library link and "Preview changes" keep the
  // form before they go, so the editor comes back as it was left.
  var editorForm = document.getElementById("editor");
  if (editorForm && editorForm.getAttribute("data-autosave") !== null) {
    var autoStatus = document.getElementById("autosave-status");
    var dirty = false;
    var submitting = false;
    var edits = 0;
    var inFlight = null;
    var autoTimer = null;
    var isNew = function () {
      return /\/new$/.test(editorForm.getAttribute("action"));
    };
    var hidden = function (name, value) {
      var input = editorForm.querySelector("input[name=" + name + "]");
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        editorForm.insertBefore(input, editorForm.firstChild);
      }
      input.value = value;
    };
    var tell = function (text, bad) {
      if (!autoStatus) return;
      autoStatus.textContent = text;
      autoStatus.className = "autosave-status hint" + (bad ? " bad" : "");
    };
    var autosave = function () {
      if (inFlight) return inFlight;
      clearTimeout(autoTimer);
      autoTimer = null;
      var sentAt = edits;
      var data = new URLSearchParams(new FormData(editorForm));
      data.delete("action");
      data.delete("pick_image");
      var url = editorForm.getAttribute("action");
      if (isNew()) data.set("action", "autosave");
      else url += "/autosave";
      inFlight = fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (res) {
          return res.json().then(function (answer) {
            return { ok: res.ok, answer: answer };
          });
        })
        .then(function (got) {
          var a = got.answer;
          if (!got.ok) {
            tell("Not kept yet. " + (a.error || "The server refused it."), true);
            return false;
          }
          if (a.edit_url) {
            // The new article is a draft now: carry on editing it there.
            editorForm.setAttribute("action", a.edit_url);
            hidden("base_revision", String(a.revision));
            window.history.replaceState(null, "", a.edit_url);
            var lib = document.getElementById("image-library-link");
            if (lib) lib.href = lib.href.replace(/for=new/, "for=" + a.edit_url.split("/").pop());
          }
          if (!a.edit_url) hidden("pending_seen", a.pending_seen == null ? "" : String(a.pending_seen));
          if (edits === sentAt) dirty = false;
          if (a.time) tell("Kept at " + a.time + "; " + (a.edit_url ? "saved as a draft." : "not yet saved."));
          else if (!a.edit_url && a.pending_seen == null && !isNew()) tell("");
          return true;
        })
        .catch(function () {
          tell("Not kept yet: the server could not be reached.", true);
          return false;
        })
        .then(function (kept) {
          inFlight = null;
          // Typing went on while this one was under way: keep that too.
          if (dirty && edits !== sentAt) later();
          return kept;
        });
      return inFlight;
    };
    var later = function () {
      if (autoTimer === null) autoTimer = setTimeout(autosave, 3000);
    };
    var changed = function (event) {
      if (event.target && event.target.type === "file") return;
      dirty = true;
      edits++;
      later();
    };
    editorForm.addEventListener("input", changed);
    editorForm.addEventListener("change", changed);
    editorForm.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (button && button.getAttribute("formtarget") === "_blank") return;
      clearTimeout(autoTimer);
      autoTimer = null;
      if (inFlight && isNew()) {
        // The autosave is making this article a draft: the save goes to that draft, not to a
        // second new one.
        event.preventDefault();
        inFlight.then(function () {
          editorForm.requestSubmit(button || undefined);
        });
        return;
      }
      submitting = true;
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty && !submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
    // Enter in a one-line field would submit the whole form; in the editor it does nothing.
    editorForm.addEventListener("keydown", function (event) {
      var t = event.target;
      if (event.key === "Enter" && t.tagName === "INPUT" && /^(text|url|date|datetime-local)$/.test(t.type)) {
        event.preventDefault();
      }
    });
    var keepThenGo = function (link) {
      link.addEventListener("click", function (event) {
        if (!dirty) return;
        event.preventDefault();
        autosave().then(function (kept) {
          if (kept && !dirty) window.location.href = link.href;
        });
      });
    };
    var libraryLink = document.getElementById("image-library-link");
    if (libraryLink) keepThenGo(libraryLink);
    var previewChanges = document.getElementById("preview-changes");
    if (previewChanges) {
      previewChanges.addEventListener("click", function (event) {
        // The preview shows the kept changes: keep the form first, then open it beside.
        event.preventDefault();
        var tab = window.open("about:blank", "_blank");
        var open = function () {
          var url = editorForm.getAttribute("action") + "/preview";
          if (tab) tab.location.href = url;
          else window.location.href = url;
        };
        if (dirty) autosave().then(open);
        else open();
      });
    }
  }

  // A report's (or a newsletter edition's) articles in order: the form's text field (one slug
  // per line, what is saved and what works without this script) is shown as a list to drag, or
  // to reorder with each row's arrow buttons from the keyboard; articles are added by title or
  // slug from the datalist.
  var order = document.querySelector("[data-order-for]");
  var orderText = order && document.getElementById(order.getAttribute("data-order-for"));
  if (order && orderText) {
    var noun = order.getAttribute("data-order-noun") || "report";
    var orderList = document.getElementById("order-list");
    var orderChoices = document.getElementById("order-choices");
    var orderStatus = document.getElementById("order-status");
    var orderAdd = document.getElementById("order-add");
    var options = Array.prototype.slice.call(orderChoices ? orderChoices.options : []);
    var titleOf = function (slug) {
      var found = options.filter(function (o) {
        return o.value === slug;
      })[0];
      return found ? found.textContent : slug;
    };
    var slugs = function () {
      return orderText.value
        .split(/\r?\n/)
        .map(function (s) {
          return s.trim();
        })
        .filter(Boolean);
    };
    var announce = function (text) {
      orderStatus.textContent = text;
    };
    var write = function (items) {
      orderText.value = items.join("\n");
    };
    var button = function (label, text, onClick) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = text;
      b.setAttribute("aria-label", label);
      b.addEventListener("click", onClick);
      return b;
    };
    var dragged = null;
    var renderOrder = function (focus) {
      orderList.textContent = "";
      var items = slugs();
      items.forEach(function (slug, i) {
        var title = titleOf(slug);
        var li = document.createElement("li");
        li.draggable = true;
        li.setAttribute("data-slug", slug);
        var name = document.createElement("span");
        name.className = "order-title";
        name.textContent = title;
        var small = document.createElement("small");
        small.textContent = slug;
        name.appendChild(small);
        li.appendChild(name);
        var up = button("Move \u201c" + title + "\u201d up", "\u2191", function () {
          move(i, i - 1, "up");
        });
        var down = button("Move \u201c" + title + "\u201d down", "\u2193", function () {
          move(i, i + 1, "down");
        });
        var remove = button("Remove \u201c" + title + "\u201d from the " + noun, "\u00d7", function () {
          var rest = slugs();
          rest.splice(i, 1);
          write(rest);
          renderOrder(null);
          announce("\u201c" + title + "\u201d removed; it stays published.");
          orderAdd.focus();
        });
        up.disabled = i === 0;
        down.disabled = i === items.length - 1;
        up.setAttribute("data-move", "up");
        down.setAttribute("data-move", "down");
        li.appendChild(up);
        li.appendChild(down);
        li.appendChild(remove);
        li.addEventListener("dragstart", function (event) {
          dragged = i;
          li.classList.add("dragging");
          event.dataTransfer.effectAllowed = "move";
          event.dataTransfer.setData("text/plain", slug);
        });
        li.addEventListener("dragend", function () {
          li.classList.remove("dragging");
        });
        li.addEventListener("dragover", function (event) {
          event.preventDefault();
        });
        li.addEventListener("drop", function (event) {
          event.preventDefault();
          if (dragged !== null && dragged !== i) move(dragged, i, null);
          dragged = null;
        });
        orderList.appendChild(li);
        if (focus && focus.slug === slug) {
          var target = li.querySelector("[data-move=" + focus.which + "]");
          (target && !target.disabled ? target : li.querySelector("button")).focus();
        }
      });
    };
    var move = function (from, to, which) {
      var items = slugs();
      if (to < 0 || to >= items.length) return;
      var slug = items.splice(from, 1)[0];
      items.splice(to, 0, slug);
      write(items);
      renderOrder(which ? { slug: slug, which: which } : null);
      announce("\u201c" + titleOf(slug) + "\u201d is now number " + (to + 1) + " of " + items.length + ".");
    };
    var add = function () {
      var typed = orderAdd.value.trim();
      if (!typed) return;
      var lower = typed.toLowerCase();
      var found = options.filter(function (o) {
        return o.value === typed;
      })[0] || options.filter(function (o) {
        return o.textContent.toLowerCase() === lower;
      })[0];
      var slug = found ? found.value : typed;
      var items = slugs();
      if (items.indexOf(slug) >= 0) {
        announce("\u201c" + titleOf(slug) + "\u201d is in the " + noun + " already.");
        return;
      }
      items.push(slug);
      write(items);
      renderOrder(null);
      orderAdd.value = "";
      announce(
        found
          ? "\u201c" + titleOf(slug) + "\u201d added at the end."
          : "\u201c" + slug + "\u201d added; it is not among the latest articles, so saving checks that it exists."
      );
    };
    document.getElementById("order-add-button").addEventListener("click", add);
    orderAdd.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        add();
      }
    });
    var textField = orderText.closest(".field");
    if (textField) {
      // A refusal shown beside the text field moves to the list that stands in for it.
      var refusal = textField.querySelector(".error");
      if (refusal) order.insertBefore(refusal, orderStatus);
      textField.hidden = true;
    }
    order.hidden = false;
    renderOrder(null);
  }

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

  // The articles list: one box ticks the page, the region or theme list shows only for the
  // action that needs it, and Delete asks first.
  var bulk = document.getElementById("bulk");
  if (bulk) {
    var pickAll = document.getElementById("pick-all");
    var boxes = bulk.querySelectorAll("input[name=ids]");
    if (pickAll) {
      pickAll.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = pickAll.checked; });
      });
    }
    var bulkAction = document.getElementById("bulk-action");
    var bulkRegion = document.getElementById("bulk-region");
    var bulkTheme = document.getElementById("bulk-theme");
    var showTarget = function () {
      if (bulkRegion) bulkRegion.hidden = bulkAction.value !== "region";
      if (bulkTheme) bulkTheme.hidden = bulkAction.value !== "theme";
    };
    if (bulkAction) {
      bulkAction.addEventListener("change", showTarget);
      showTarget();
    }
    bulk.addEventListener("submit", function (event) {
      if (!bulkAction || bulkAction.value !== "delete") return;
      var n = bulk.querySelectorAll("input[name=ids]:checked").length;
      if (!window.confirm("Delete " + n + " article" + (n === 1 ? "" : "s") + "? Their addresses will answer 410 Gone.")) {
        event.preventDefault();
      }
    });
  }
})();
