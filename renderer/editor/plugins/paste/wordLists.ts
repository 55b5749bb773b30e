// Word puts a list on the clipboard as paragraphs styled "mso-list:l0 level2 lfo1", each with
// its bullet or number typed out in a span marked "mso-list:Ignore". Read them back as lists,
// nested by level, so a pasted list is a list and not paragraphs starting with "·".

interface WordListParagraph {
  element: Element;
  level: number;
  ordered: boolean;
}

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;

function asListParagraph(node: Node | null): WordListParagraph | null {
  if (!node || node.nodeType !== 1) return null;
  const element = node as Element;
  const match = LIST_STYLE.exec(element.getAttribute("style") ?? "");
  if (!match || element.tagName !== "P") return null;
  const marker = Array.from(element.querySelectorAll("span")).find((s) =>
    /mso-list:\s*Ignore/i.test(s.getAttribute("style") ?? ""),
  );
  const ordered = /^\s*[\dA-Za-z]{1,4}[.)]/.test(marker?.textContent ?? "");
  marker?.remove();
  return { element, level: Number(match[1]), ordered };
}

function nextElement(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && (next.textContent ?? "").trim() === "") next = next.nextSibling;
  return next;
}

/** One run of consecutive list paragraphs, built into nested <ul>/<ol>. */
function buildList(doc: Document, run: WordListParagraph[]): Element {
  const top = run[0];
  const root = doc.createElement(top.ordered ? "ol" : "ul");
  const stack: { list: Element; level: number }[] = [{ list: root, level: top.level }];
  for (const item of run) {
    while (stack.length > 1 && item.level < stack[stack.length - 1].level) stack.pop();
    let current = stack[stack.length - 1];
    if (item.level > current.level) {
      const sub = doc.createElement(item.ordered ? "ol" : "ul");
      const parentItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement("li"));
      parentItem.appendChild(sub);
      current = { list: sub, level: item.level };
      stack.push(current);
    }
    const li = doc.createElement("li");
    li.append(...Array.from(item.element.childNodes));
    current.list.appendChild(li);
  }
  return root;
}

export function readWordLists(doc: Document): void {
  const seen = new Set<Element>();
  for (const p of Array.from(doc.body.querySelectorAll("p"))) {
    if (seen.has(p)) continue;
    const first = asListParagraph(p);
    if (!first) continue;
    const run = [first];
    for (
      let next = asListParagraph(nextElement(p));
      next;
      next = asListParagraph(nextElement(next.element))
    ) {
      run.push(next);
    }
    run.forEach((r) => seen.add(r.element));
    const list = buildList(doc, run);
    p.replaceWith(list);
    run.slice(1).forEach((r) => r.element.remove());
  }
}
